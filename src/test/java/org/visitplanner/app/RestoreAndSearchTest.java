package org.visitplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.db.DatabaseBackups;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.search.SearchHit;
import org.visitplanner.model.Institution;

/** After a restore, search finds what the restored data holds, not what the replaced data held. */
class RestoreAndSearchTest {

    private static final String PONTS = "École des Ponts et Chaussées";

    @TempDir
    Path data;

    @Test
    void searchFollowsTheRestoredDataInTheOpenWindowAndAfterARestoreOfClosedData() {
        Backup backup;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            assertThat(titles(services, "Ponts")).contains(PONTS);
            backup = services.backups().backUp(BackupKind.MANUAL);

            rename(services, PONTS, "Qwertzuiop Institute");
            assertThat(titles(services, "Qwertzuiop")).containsExactly("Qwertzuiop Institute");

            services.backups().restore(backup.file(), null);
            assertThat(titles(services, "Qwertzuiop")).isEmpty();
            assertThat(titles(services, "Ponts")).contains(PONTS);

            rename(services, PONTS, "Asdfghjkl Institute");
            assertThat(titles(services, "Asdfghjkl")).containsExactly("Asdfghjkl Institute");
        }
        // A restore of the closed data (damaged data at start, or the restore command) forgets the index too.
        DatabaseBackups.restoreClosed(data, backup.file(), null);
        try (Services services = Services.open(data)) {
            assertThat(titles(services, "Asdfghjkl")).isEmpty();
            assertThat(titles(services, "Ponts")).contains(PONTS);
        }
    }

    private static List<String> titles(Services services, String query) {
        return services.search().search(query, 20).stream().map(SearchHit::title).toList();
    }

    private static void rename(Services services, String from, String to) {
        Institution i = services.institutions().findAll().stream().filter(found -> found.officialName().equals(from))
                .findFirst().orElseThrow();
        services.institutions().update(new Institution(i.id(), to, i.englishName(), i.chineseName(), i.shortName(),
                i.kind(), i.relation(), i.address(), i.postcode(), i.city(), i.country(), i.coordinates(),
                i.website(), i.phone(), i.notes(), i.version()));
    }
}
