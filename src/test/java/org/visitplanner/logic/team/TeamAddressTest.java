package org.visitplanner.logic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;

class TeamAddressTest {

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void anAddressGivesServerPortDatabaseAndUserAndReadsBackTheSame() {
        TeamAddress address = TeamAddress.parse("postgresql://db.office.example:5433/visits?user=anna");
        assertThat(address).isEqualTo(new TeamAddress("db.office.example", 5433, "visits", "anna"));
        assertThat(TeamAddress.parse(address.toString())).isEqualTo(address);
        assertThat(address.label()).isEqualTo("visits @ db.office.example:5433 (anna)");
    }

    @Test
    void thePortDefaultsToPostgresqlsAndTheUserToTheSystemsAsPsqlDoes() {
        TeamAddress address = TeamAddress.parse("postgres://[::1]/visits");
        assertThat(address.host()).isEqualTo("[::1]");
        assertThat(address.port()).isEqualTo(5432);
        assertThat(address.user()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void namesWithSpacesOrAccentsAreWrittenAndReadEncoded() {
        TeamAddress address = new TeamAddress("db", 5432, "bureau été", "rené");
        assertThat(address.toString()).isEqualTo("postgresql://db:5432/bureau%20%C3%A9t%C3%A9?user=ren%C3%A9");
        assertThat(TeamAddress.parse(address.toString())).isEqualTo(address);
    }

    @Test
    void aPasswordOrAnotherSettingInTheAddressIsRefusedWithItsReason() {
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://db/visits?user=anna&password=secret"))
                .hasMessage(Messages.get("team.address.password", "password"));
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://db/visits?sslfactory=x"))
                .hasMessage(Messages.get("team.address.unknownSetting", "sslfactory"));
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:postgresql://db/visits"))
                .hasMessage(Messages.get("team.address.form", "jdbc:postgresql://db/visits"));
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://db:99999/visits"))
                .hasMessage(Messages.get("team.address.badPort"));
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://db/vis;its")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void theReasonIsInTheWindowsLanguage() {
        Messages.setLocale(Locale.FRENCH);
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://db:0/visits"))
                .hasMessage("Le port de la base d’équipe doit être un nombre de 1 à 65535.");
    }
}
