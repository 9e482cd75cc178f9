package org.visitplanner.logic.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes the app accepts for what people type: required texts, lengths, coordinates, web addresses,
 * e-mail addresses and phone numbers. Blank optional values are always fine. Used by the forms and by CSV import, so
 * both accept and refuse the same things.
 */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile(
            "\\+?[\\d\\s().\\-/]+((ext\\.?|x|poste)\\s*\\d{1,6})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile(
            "(?i)([a-z0-9\\p{L}]([a-z0-9\\p{L}\\-]*[a-z0-9\\p{L}])?\\.)+[a-z\\p{L}]{2,}|localhost");

    private FieldChecks() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Trimmed text, or null when blank (how optional texts are stored). */
    public static String clean(String text) {
        return isBlank(text) ? null : text.strip();
    }

    public static Optional<FieldProblem> required(String text) {
        return isBlank(text) ? Optional.of(FieldProblem.error("directory.check.required")) : Optional.empty();
    }

    public static Optional<FieldProblem> length(String text, int max) {
        return text != null && text.strip().length() > max
                ? Optional.of(FieldProblem.error("directory.check.tooLong", max)) : Optional.empty();
    }

    public static Optional<FieldProblem> latitude(String text) {
        return degrees(text, 90, "directory.check.latitudeRange");
    }

    public static Optional<FieldProblem> longitude(String text) {
        return degrees(text, 180, "directory.check.longitudeRange");
    }

    private static Optional<FieldProblem> degrees(String text, double limit, String rangeKey) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Optional<Double> value = decimal(text);
        if (value.isEmpty()) {
            return Optional.of(FieldProblem.error("directory.check.notANumber", text.strip()));
        }
        double degrees = value.get();
        return degrees < -limit || degrees > limit ? Optional.of(FieldProblem.error(rangeKey)) : Optional.empty();
    }

    /** A decimal number written with a point or a decimal comma ("48,8463"), possibly followed by "°". */
    public static Optional<Double> decimal(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip().replace('−', '-').replace("°", "").strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    public static Optional<FieldProblem> url(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        String withScheme = t.matches("(?i)[a-z][a-z0-9+.\\-]*://.*") ? t : "https://" + t;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && HOST.matcher(uri.getHost()).matches()) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // falls through to the message
        }
        return Optional.of(FieldProblem.error("directory.check.url"));
    }

    public static Optional<FieldProblem> email(String text) {
        return isBlank(text) || EMAIL.matcher(text.strip()).matches() ? Optional.empty()
                : Optional.of(FieldProblem.error("directory.check.email"));
    }

    public static Optional<FieldProblem> phone(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        long digits = t.chars().filter(Character::isDigit).count();
        return PHONE.matcher(t).matches() && digits >= 6 && digits <= 20 ? Optional.empty()
                : Optional.of(FieldProblem.error("directory.check.phone"));
    }

    /** The first problem of several checks, errors before warnings. */
    @SafeVarargs
    public static Optional<FieldProblem> first(Optional<FieldProblem>... checks) {
        Optional<FieldProblem> warning = Optional.empty();
        for (Optional<FieldProblem> check : checks) {
            if (check.isPresent()) {
                if (check.get().isError()) {
                    return check;
                }
                if (warning.isEmpty()) {
                    warning = check;
                }
            }
        }
        return warning;
    }
}
