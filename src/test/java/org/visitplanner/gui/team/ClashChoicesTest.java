package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.merge.FieldMerge;

/** The model of the dialog of a save that met someone else's change: both values, and the text the user keeps. */
class ClashChoicesTest {

    private static final Map<String, String> BASE = Map.of("short_name", "EIVP", "notes", "Meet at the gate.",
            "city", "Paris");

    private final FieldMerge<String> merge = FieldMerge.of(BASE,
            Map.of("short_name", "EIVP Paris", "notes", "Ask for Mr Durand."),
            Map.of("short_name", "EIVP – Ville de Paris", "notes", "Sign in at the desk.", "city", "Paris 19e"));

    @Test
    void eachClashingFieldShowsTheirsAndMineAndStartsWithMine() {
        Messages.setLocale(Locale.ENGLISH);
        ClashChoices choices = ClashChoices.live("institution", "EIVP", merge, field -> field);

        assertThat(choices.rows()).extracting(ClashChoices.Row::field).containsExactlyInAnyOrder("Short name",
                "Notes");
        ClashChoices.Row shortName = row(choices, "Short name");
        assertThat(shortName.storedText()).isEqualTo("EIVP – Ville de Paris");
        assertThat(shortName.myText()).isEqualTo("EIVP Paris");
        assertThat(choices.decisions(merge, field -> field)).containsEntry("short_name", "EIVP Paris")
                .containsEntry("notes", "Ask for Mr Durand.");
    }

    @Test
    void theUserTakesTheirsOrCombinesOrEditsAndTheMergeKeepsTheOtherSidesChange() {
        Messages.setLocale(Locale.ENGLISH);
        ClashChoices choices = ClashChoices.live("institution", "EIVP", merge, field -> field);
        row(choices, "Short name").combine();
        row(choices, "Notes").combine();
        assertThat(row(choices, "Short name").valueProperty().get()).isEqualTo("EIVP – Ville de Paris EIVP Paris");
        assertThat(row(choices, "Notes").valueProperty().get()).isEqualTo("Sign in at the desk.\nAsk for Mr Durand.");

        row(choices, "Short name").useStored();
        row(choices, "Notes").valueProperty().set("Sign in at the desk, then ask for Mr Durand.");

        assertThat(merge.decided(choices.decisions(merge, field -> field))).containsEntry("short_name",
                "EIVP – Ville de Paris").containsEntry("notes", "Sign in at the desk, then ask for Mr Durand.")
                .containsEntry("city", "Paris 19e");
    }

    private static ClashChoices.Row row(ClashChoices choices, String field) {
        return choices.rows().stream().filter(row -> row.field().equals(field)).findFirst().orElseThrow();
    }
}
