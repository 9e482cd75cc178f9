package org.visitplanner.gui.team;

import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.merge.FieldMerge;

/**
 * A save met someone else's change of the same record: the editor's values merged into theirs field by field, the
 * user asked about the fields both changed. For editors that describe a record by its columns' texts.
 */
public final class LiveMerge {

    /**
     * The values to save at theirs' version.
     *
     * @param values  every field's value to save, by column
     * @param decided whether the user decided clashes (else both sides' changes simply went together)
     */
    public record Outcome(Map<String, String> values, boolean decided) {
    }

    private LiveMerge() {
    }

    /**
     * Merges {@code mine} (edited from {@code base}) into {@code theirs}, all by column ({@code bundle.field.*}), for
     * record {@code title} of {@code kind} ({@code bundle.kind.*}); empty when the user closed the dialog.
     */
    public static Optional<Outcome> merge(ClashResolver resolver, String kind, String title, Map<String, String> base,
                                          Map<String, String> mine, Map<String, String> theirs) {
        FieldMerge<String> merge = FieldMerge.of(base, mine, theirs);
        if (merge.clean()) {
            return Optional.of(new Outcome(merge.merged(), false));
        }
        ClashChoices choices = ClashChoices.live(kind, title, merge, column -> column);
        if (!resolver.decide(title, choices)) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(merge.decided(choices.decisions(merge, column -> column)), true));
    }
}
