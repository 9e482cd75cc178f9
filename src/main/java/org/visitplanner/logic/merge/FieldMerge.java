package org.visitplanner.logic.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of one record's fields, as texts: the record as the editor read it ({@code base}), the editor's
 * values ({@code mine}) and the record as it is stored now ({@code theirs}, saved meanwhile by someone else). A field
 * only I changed takes mine, a field only they changed keeps theirs, a field both changed to the same value is that
 * value, and a field both changed to different values is a {@link Clash} the user decides. Nothing is overwritten
 * without the user seeing it.
 *
 * <p>A missing value and an empty text are the same value (a form shows both as an empty field).
 *
 * @param <K> the fields' keys (an enum of the record's fields)
 * @param merged  every field's value after the merge; a clashing field holds theirs until the user decides
 * @param clashes the fields both sides changed to different values, in the fields' order
 */
public record FieldMerge<K>(Map<K, String> merged, List<Clash<K>> clashes) {

    /**
     * A field both sides changed, to different values.
     *
     * @param field  the field
     * @param base   its value as the editor read it
     * @param theirs its value stored meanwhile by someone else
     * @param mine   the editor's value
     */
    public record Clash<K>(K field, String base, String theirs, String mine) {
    }

    public FieldMerge {
        merged = Collections.unmodifiableMap(new LinkedHashMap<>(merged));
        clashes = List.copyOf(clashes);
    }

    /**
     * Merges {@code mine} and {@code theirs}, both changed from {@code base}. A field missing from {@code mine} is one
     * the editor did not change.
     */
    public static <K> FieldMerge<K> of(Map<K, String> base, Map<K, String> mine, Map<K, String> theirs) {
        Set<K> fields = new LinkedHashSet<>(base.keySet());
        fields.addAll(theirs.keySet());
        fields.addAll(mine.keySet());
        Map<K, String> merged = new LinkedHashMap<>();
        List<Clash<K>> clashes = new ArrayList<>();
        for (K field : fields) {
            String was = text(base.get(field));
            String their = text(theirs.get(field));
            String my = mine.containsKey(field) ? text(mine.get(field)) : was;
            boolean iChanged = !my.equals(was);
            boolean theyChanged = !their.equals(was);
            if (iChanged && theyChanged && !my.equals(their)) {
                clashes.add(new Clash<>(field, was, their, my));
                merged.put(field, their);
            } else {
                merged.put(field, iChanged ? my : their);
            }
        }
        return new FieldMerge<>(merged, clashes);
    }

    /** Whether the merge needs no decision: every field has one value. */
    public boolean clean() {
        return clashes.isEmpty();
    }

    /**
     * The merge with the user's decisions: for each clashing field the value chosen (theirs, mine, or a text made of
     * both). A clash without a decision keeps theirs.
     */
    public Map<K, String> decided(Map<K, String> decisions) {
        Map<K, String> result = new LinkedHashMap<>(merged);
        for (Clash<K> clash : clashes) {
            if (decisions.containsKey(clash.field())) {
                result.put(clash.field(), text(decisions.get(clash.field())));
            }
        }
        return result;
    }

    /** The fields whose value in {@code values} differs from {@code theirs}: what a save at theirs' version sends. */
    public static <K> Map<K, String> changes(Map<K, String> values, Map<K, String> theirs) {
        Map<K, String> changes = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (!Objects.equals(text(value), text(theirs.get(field)))) {
                changes.put(field, text(value));
            }
        });
        return changes;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
