package org.visitplanner.logic.documents;

/** What can be exported from a trip; {@link #cliName()} is the {@code --format} value of the {@code export} command. */
public enum ExportFormat {
    PDF_WEEK("pdf-week", "pdf"),
    PDF_DAYS("pdf-days", "pdf"),
    PDF_MEMBER("pdf-member", "pdf"),
    PDF_BRIEFS("pdf-briefs", "pdf"),
    PDF_REPORT("pdf-report", "pdf"),
    ICS("ics", "ics"),
    CSV("csv", "csv");

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    public String cliName() {
        return cliName;
    }

    /** The file extension of the output, without the dot. */
    public String extension() {
        return extension;
    }

    public boolean isPdf() {
        return "pdf".equals(extension);
    }

    /**
     * Whether the document can be made for one member (only that member's events); the outcomes report is about the
     * institutions and covers the whole delegation.
     */
    public boolean takesMember() {
        return this != PDF_REPORT;
    }

    /** The format named {@code name} on the command line, or null. */
    public static ExportFormat fromCliName(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName.equals(name)) {
                return format;
            }
        }
        return null;
    }
}
