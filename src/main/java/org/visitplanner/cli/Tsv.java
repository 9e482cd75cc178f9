package org.visitplanner.cli;

/** Keeps a value on its line and in its column in tab-separated output. */
final class Tsv {
    private Tsv() {
    }

    /** Tabs and line breaks inside a value become spaces. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
