package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;

class TeamDatabaseViewModelTest {

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theFieldsStartFromTheTeamDatabaseInUseAndMakeItsAddress() {
        TeamAddress current = new TeamAddress("db.office", 5433, "visits", "anna");
        TeamDatabaseViewModel model = new TeamDatabaseViewModel(current);
        assertThat(model.hostProperty().get()).isEqualTo("db.office");
        assertThat(model.portProperty().get()).isEqualTo("5433");
        assertThat(model.address()).contains(current);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aWrongFieldSaysWhyKeepsTheTextAndTheReasonGoesOnceTheFieldChanges() {
        TeamDatabaseViewModel model = new TeamDatabaseViewModel(null);
        model.hostProperty().set("db.office");
        model.databaseProperty().set("visits");
        model.portProperty().set("54x32");

        assertThat(model.address()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Messages.get("team.address.badPort"));
        assertThat(model.portProperty().get()).isEqualTo("54x32");

        model.portProperty().set("5432");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.address()).contains(new TeamAddress("db.office", 5432, "visits",
                System.getProperty("user.name")));
    }

    @Test
    void aMissingServerIsSaid() {
        TeamDatabaseViewModel model = new TeamDatabaseViewModel(null);
        model.databaseProperty().set("visits");
        assertThat(model.address()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Messages.get("team.address.noHost"));
    }
}
