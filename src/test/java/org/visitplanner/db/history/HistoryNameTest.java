package org.visitplanner.db.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.gui.settings.SettingsViewModel;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.model.FieldChange;
import org.visitplanner.model.Institution;

/** The name a data folder's history records: the one set in File → Settings…, else the computer's user. */
class HistoryNameTest {

    @TempDir
    Path data;

    @AfterEach
    void computersUserAgain() {
        Services.recordChangesAs(null);
    }

    private static String renameFirstInstitutionAndSayWho(Services services, String city) {
        Institution read = services.institutions().findAll().get(0);
        services.institutions().update(new Institution(read.id(), read.officialName(), read.englishName(),
                read.chineseName(), read.shortName(), read.kind(), read.relation(), read.address(), read.postcode(),
                city, read.country(), read.coordinates(), read.website(), read.phone(), read.notes(),
                read.version()));
        return services.history().ofInstitution(read.id()).stream().filter(c -> c.field().equals("city"))
                .map(FieldChange::who).findFirst().orElseThrow();
    }

    @Test
    void theNameSetInTheSettingsIsRecordedFromTheNextStartAndEmptyMeansTheComputersUser() {
        UserSettings.load(data).setHistoryName("Anna Lefèvre");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            assertThat(renameFirstInstitutionAndSayWho(services, "Noisy-le-Grand")).isEqualTo("Anna Lefèvre");
        }

        UserSettings.load(data).setHistoryName("  ");
        try (Services services = Services.open(data)) {
            assertThat(UserSettings.load(data).historyName()).isEmpty();
            Institution second = services.institutions().findAll().get(1);
            services.institutions().update(new Institution(second.id(), second.officialName(), second.englishName(),
                    second.chineseName(), second.shortName(), second.kind(), second.relation(), second.address(),
                    second.postcode(), "Cergy", second.country(), second.coordinates(), second.website(),
                    second.phone(), second.notes(), second.version()));
            assertThat(services.history().ofInstitution(second.id())).extracting(FieldChange::who)
                    .contains(System.getProperty("user.name"));
        }
    }

    @Test
    void theSettingsKeepANameTypedOnlyWhenItChangedAndSayUnderWhichNameChangesAreRecorded() {
        StringBuilder saved = new StringBuilder();
        SettingsViewModel settings = new SettingsViewModel(null, null, null, "data", "Anna",
                name -> saved.append('[').append(name).append(']'));

        settings.saveHistoryName();
        assertThat(saved).isEmpty();

        settings.historyNameProperty().set(" Ben Durand ");
        settings.saveHistoryName();
        settings.saveHistoryName();
        assertThat(saved).hasToString("[Ben Durand]");
        assertThat(settings.outcomeProperty().get()).contains("Ben Durand");

        settings.historyNameProperty().set("");
        settings.saveHistoryName();
        assertThat(saved).hasToString("[Ben Durand][null]");
        assertThat(settings.outcomeProperty().get()).contains(SettingsViewModel.computerUser());
    }
}
