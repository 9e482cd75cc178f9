package org.visitplanner.logic.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a bundle: its kind (the table, {@code event}), its stable key (a global id, or for a link the keys of
 * the records it links), its fields as text (references to other records as their keys; null for no value) and the
 * same fields as they were when the record last left or arrived here in a bundle: the version the merge compares with.
 */
public record BundleRecord(String kind, String key, Map<String, String> values, Map<String, String> base) {

    public BundleRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        base = Collections.unmodifiableMap(new LinkedHashMap<>(base));
    }

    /** "event 1f0c…": how a record is named in a clash line. */
    public String name() {
        return kind + " " + key;
    }
}
