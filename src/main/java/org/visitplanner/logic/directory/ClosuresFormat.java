package org.visitplanner.logic.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.model.Closure;

/**
 * Closures as text, one per line, for CSV files: {@code 2025-12-22/2026-01-04 Winter break} or a single day
 * {@code 2025-12-25 Christmas} (ISO dates, the ISO 8601 way of writing a range).
 */
public final class ClosuresFormat {

    private static final Pattern LINE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\s*/\\s*(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+(.*))?");

    private ClosuresFormat() {
    }

    public static String format(List<Closure> closures) {
        List<String> lines = new ArrayList<>();
        for (Closure c : closures) {
            String days = c.firstDay().equals(c.lastDay()) ? c.firstDay().toString() : c.firstDay() + "/" + c.lastDay();
            String reason = c.reason() == null ? "" : c.reason().replaceAll("\\s+", " ").strip();
            lines.add(reason.isEmpty() ? days : days + " " + reason);
        }
        return String.join("\n", lines);
    }

    public static List<Closure> parse(long institutionId, String text) throws FieldProblemException {
        List<Closure> closures = new ArrayList<>();
        if (FieldChecks.isBlank(text)) {
            return closures;
        }
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(trimmed);
            if (!m.matches()) {
                throw new FieldProblemException(FieldProblem.error("directory.check.closure", trimmed));
            }
            try {
                LocalDate first = LocalDate.parse(m.group(1));
                LocalDate last = m.group(2) == null ? first : LocalDate.parse(m.group(2));
                if (last.isBefore(first)) {
                    throw new FieldProblemException(FieldProblem.error("directory.check.closureOrder", trimmed));
                }
                closures.add(new Closure(0, institutionId, first, last, FieldChecks.clean(m.group(3))));
            } catch (DateTimeParseException e) {
                throw new FieldProblemException(FieldProblem.error("directory.check.closure", trimmed));
            }
        }
        return closures;
    }
}
