package org.visitplanner.logic.directory;

/**
 * The fields of an institution as people edit them and as CSV files carry them. {@link #column()} is the CSV column
 * name (documented in the README; part of the file format).
 */
public enum InstitutionField {
    OFFICIAL_NAME("official_name", 300),
    ENGLISH_NAME("english_name", 300),
    CHINESE_NAME("chinese_name", 300),
    SHORT_NAME("short_name", 100),
    KIND("kind", 32),
    RELATION("relation", 32),
    ADDRESS("address", 500),
    POSTCODE("postcode", 32),
    CITY("city", 200),
    COUNTRY("country", 100),
    LATITUDE("latitude", 32),
    LONGITUDE("longitude", 32),
    WEBSITE("website", 500),
    PHONE("phone", 64),
    OPENING_HOURS("opening_hours", 2000),
    CLOSURES("closures", 20_000),
    NOTES("notes", 100_000);

    private final String column;
    private final int maxLength;

    InstitutionField(String column, int maxLength) {
        this.column = column;
        this.maxLength = maxLength;
    }

    public String column() {
        return column;
    }

    public int maxLength() {
        return maxLength;
    }
}
