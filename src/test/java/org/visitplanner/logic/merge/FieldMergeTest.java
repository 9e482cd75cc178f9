package org.visitplanner.logic.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldMergeTest {

    private static final Map<String, String> BASE = Map.of("city", "Paris", "phone", "01 44 58 27 00",
            "notes", "Meet at the gate.");

    @Test
    void fieldsChangedOnOneSideEachKeepThatSidesValue() {
        FieldMerge<String> merge = FieldMerge.of(BASE, Map.of("city", "Champs-sur-Marne"),
                Map.of("city", "Paris", "phone", "01 64 15 30 00", "notes", "Meet at the gate."));

        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged()).containsEntry("city", "Champs-sur-Marne").containsEntry("phone", "01 64 15 30 00")
                .containsEntry("notes", "Meet at the gate.");
    }

    @Test
    void theSameFieldChangedToDifferentValuesIsAClashWithBothValues() {
        FieldMerge<String> merge = FieldMerge.of(BASE, Map.of("notes", "Meet at the gate, 9:00."),
                Map.of("city", "Paris", "phone", "01 44 58 27 00", "notes", "Meet in the hall."));

        assertThat(merge.clean()).isFalse();
        assertThat(merge.clashes()).containsExactly(new FieldMerge.Clash<>("notes", "Meet at the gate.",
                "Meet in the hall.", "Meet at the gate, 9:00."));
        assertThat(merge.merged()).containsEntry("notes", "Meet in the hall.");
    }

    @Test
    void bothSidesMakingTheSameChangeIsNoClash() {
        FieldMerge<String> merge = FieldMerge.of(BASE, Map.of("city", "Marne-la-Vallée"),
                Map.of("city", "Marne-la-Vallée", "phone", "01 44 58 27 00", "notes", "Meet at the gate."));

        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged()).containsEntry("city", "Marne-la-Vallée");
    }

    @Test
    void aFieldOnlyTheyEmptiedStaysEmptyAndAMissingValueIsAnEmptyText() {
        Map<String, String> theirs = new HashMap<>(BASE);
        theirs.put("phone", null);
        FieldMerge<String> merge = FieldMerge.of(BASE, Map.of("phone", "01 44 58 27 00"), theirs);

        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged()).containsEntry("phone", "");
    }

    @Test
    void theUsersDecisionsTakeTheirPlaceAndUndecidedClashesKeepTheirs() {
        FieldMerge<String> merge = FieldMerge.of(BASE, Map.of("notes", "Mine.", "city", "Créteil"),
                Map.of("city", "Nanterre", "phone", "01", "notes", "Theirs."));

        Map<String, String> decided = merge.decided(Map.of("notes", "Theirs. Mine."));

        assertThat(decided).containsEntry("notes", "Theirs. Mine.").containsEntry("city", "Nanterre")
                .containsEntry("phone", "01");
    }

    @Test
    void theChangesToSendAreTheFieldsThatDifferFromTheirs() {
        Map<String, String> theirs = Map.of("city", "Paris", "phone", "01 64 15 30 00", "notes", "Meet at the gate.");
        FieldMerge<String> merge = FieldMerge.of(BASE, Map.of("city", "Champs-sur-Marne"), theirs);

        assertThat(FieldMerge.changes(merge.merged(), theirs)).containsExactly(Map.entry("city", "Champs-sur-Marne"));
    }
}
