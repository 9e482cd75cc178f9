package org.visitplanner.logic.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a bundle: its kind (the table, {@code event}), its stable key (a global id, or for a link the keys of
 * the records it links), its fields as text (references to other records as their keys; null for no value) and the
 * same fields as they were when the record last left or arrived here in a bundle: the version the merge compares with.
 * A deleted record (the file's side deleted it since it last left or arrived) has its base and no values.
 */
public record BundleRecord(String kind, String key, Map<String, String> values, Map<String, String> base,
        boolean deleted) {

    public BundleRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        base = Collections.unmodifiableMap(new LinkedHashMap<>(base));
    }

    public BundleRecord(String kind, String key, Map<String, String> values, Map<String, String> base) {
        this(kind, key, values, base, false);
    }

    /** The record {@code key} was deleted since it last left or arrived, when it held {@code base}. */
    public static BundleRecord deleted(String kind, String key, Map<String, String> base) {
        return new BundleRecord(kind, key, Map.of(), base, true);
    }

    /** "event 1f0c…": how a record is named in a clash line. */
    public String name() {
        return kind + " " + key;
    }
}
