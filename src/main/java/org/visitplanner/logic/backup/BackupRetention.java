package org.visitplanner.logic.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the last {@value #KEEP_LAST}, and the newest of each of the last
 * {@value #KEEP_DAYS} days (today included, by the user's calendar). Backups of other kinds are never pruned.
 */
public final class BackupRetention {

    public static final int KEEP_LAST = 10;
    public static final int KEEP_DAYS = 7;

    private BackupRetention() {
    }

    /** The automatic backups among {@code backups} that may be deleted at {@code now}. */
    public static List<Backup> toPrune(List<Backup> backups, Instant now, ZoneId zone) {
        List<Backup> automatic = new ArrayList<>(backups.stream().filter(b -> b.kind() == BackupKind.AUTO).toList());
        automatic.sort(Comparator.comparing(Backup::created).reversed());
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate firstKeptDay = today.minusDays(KEEP_DAYS - 1L);
        Set<LocalDate> daysKept = new HashSet<>();
        List<Backup> prune = new ArrayList<>();
        for (int i = 0; i < automatic.size(); i++) {
            Backup backup = automatic.get(i);
            LocalDate day = backup.created().atZone(zone).toLocalDate();
            boolean newestOfItsDay = !day.isBefore(firstKeptDay) && daysKept.add(day);
            if (i >= KEEP_LAST && !newestOfItsDay) {
                prune.add(backup);
            }
        }
        return prune;
    }
}
