package org.visitplanner.logic.bundle;

/**
 * A field changed both here and in the bundle since the record left, to different values, or a record deleted on one
 * side and changed on the other (its field is {@link #WHOLE_RECORD}, and the side that deleted it has no value): the
 * user decides.
 *
 * @param kind          the record's kind ({@code event})
 * @param record        the record's key
 * @param title         what the user knows the record by (an event's title, a person's name), for the window
 * @param field         the field ({@code title})
 * @param databaseValue this database's value (null: none)
 * @param bundleValue   the bundle's value (null: none)
 */
public record Clash(String kind, String record, String title, String field, String databaseValue, String bundleValue) {

    /** The field of a clash about a whole record, deleted on one side and changed on the other. */
    public static final String WHOLE_RECORD = "*";

    public boolean wholeRecord() {
        return field.equals(WHOLE_RECORD);
    }

    /** Which field of which record this is (the same in every merge of the same bundle). */
    public String id() {
        return kind + " " + record + " " + field;
    }

    /** The headless line: {@code clash<TAB>kind<TAB>record<TAB>field<TAB>database value<TAB>bundle value}. */
    public String line() {
        return String.join("\t", "clash", kind, record, field, printable(databaseValue), printable(bundleValue));
    }

    /** A value on one line: tabs and line breaks as {@code \t}, {@code \n}; no value as an empty field. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
