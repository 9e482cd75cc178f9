package org.visitplanner.logic.documents;

import java.time.LocalDate;

/** Small pieces of text the briefs and the report share. */
final class ReportLines {
    private ReportLines() {
    }

    /** " — Ma Wei, due 31 January 2026", leaving out what is not known. */
    static String ownerAndDue(Labels labels, String owner, LocalDate due) {
        StringBuilder line = new StringBuilder();
        if (owner != null && !owner.isBlank()) {
            line.append(" — ").append(owner);
        }
        if (due != null) {
            line.append(line.length() == 0 ? " — " : ", ").append(labels.get("doc.due", labels.date(due)));
        }
        return line.toString();
    }
}
