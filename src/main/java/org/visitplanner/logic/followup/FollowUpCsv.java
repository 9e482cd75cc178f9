package org.visitplanner.logic.followup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvFiles;

/**
 * The follow-up list as a CSV file for a spreadsheet: one row per action item, headers in the user's language, dates
 * in ISO form (spreadsheets sort them), written through {@link CsvFiles} (formula injection neutralised, atomic).
 */
public final class FollowUpCsv {

    private FollowUpCsv() {
    }

    public static void write(Path target, List<FollowUp> items, LocalDate today) throws IOException {
        List<String> header = Arrays.stream(new String[] {"action", "owner", "due", "status", "overdue",
                        "institution", "meeting", "meetingDay", "trip"})
                .map(column -> Messages.get("followups.csv." + column)).toList();
        CsvFiles.write(target, header, sink -> {
            for (FollowUp f : items) {
                sink.row(Arrays.asList(f.item().text(), f.ownerName(), f.item().due(), Messages.of(f.item().status()),
                        f.item().overdueOn(today) ? Messages.get("followups.csv.yes") : "", f.institutionName(),
                        f.eventTitle(), f.eventDay(), f.tripName()));
            }
        });
    }
}
