package org.visitplanner.logic.directory;

/** The fields of a contact as people edit them and as CSV files carry them ({@link #column()}: the CSV column). */
public enum ContactField {
    NAME("name", 200),
    CHINESE_NAME("chinese_name", 200),
    TITLE("title", 300),
    EMAIL("email", 320),
    PHONE("phone", 64),
    LANGUAGES("languages", 200),
    NOTES("notes", 100_000);

    private final String column;
    private final int maxLength;

    ContactField(String column, int maxLength) {
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
