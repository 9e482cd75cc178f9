package org.visitplanner.logic.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.model.Coordinates;

/**
 * Reads coordinates the way they are copied from a map: {@code 48.8463, 2.3475} (Google Maps, OpenStreetMap),
 * {@code 48,8463; 2,3475} (decimal commas), {@code 48°50'46.7"N 2°20'51.0"E} (degrees, minutes, seconds), a
 * {@code geo:48.8463,2.3475} link or a map address with {@code @48.8463,2.3475}. Latitude first, as maps write it.
 */
public final class CoordinatesFormat {

    private static final Pattern AT_IN_LINK = Pattern.compile("@(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern DMS = Pattern.compile(
            "([NSEWO])?\\s*(\\d+(?:[.,]\\d+)?)\\s*°\\s*"
                    + "(?:(\\d+(?:[.,]\\d+)?)\\s*'\\s*)?(?:(\\d+(?:[.,]\\d+)?)\\s*\"\\s*)?([NSEWO])?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEMISPHERE = Pattern.compile(
            "^([NSEWO])?\\s*([+-]?[\\d.,]+)\\s*°?\\s*([NSEWO])?$", Pattern.CASE_INSENSITIVE);

    private CoordinatesFormat() {
    }

    /** The coordinates in {@code text}, or a problem saying why they cannot be read. */
    public static Coordinates parse(String text) throws FieldProblemException {
        if (FieldChecks.isBlank(text)) {
            throw unreadable();
        }
        String t = text.strip()
                .replace('′', '\'').replace('’', '\'').replace('″', '"').replace("''", "\"").replace('−', '-')
                .replaceAll("^(?i)geo:", "").replaceAll("[()\\[\\]]", "").strip();
        Matcher link = AT_IN_LINK.matcher(t);
        double[] values;
        if (link.find()) {
            values = new double[] {Double.parseDouble(link.group(1)), Double.parseDouble(link.group(2))};
        } else if (t.indexOf('°') >= 0) {
            values = degreesMinutesSeconds(t);
        } else {
            values = decimalPair(t);
        }
        double latitude = values[0];
        double longitude = values[1];
        if (latitude < -90 || latitude > 90) {
            throw new FieldProblemException(FieldProblem.error("directory.check.latitudeRange"));
        }
        if (longitude < -180 || longitude > 180) {
            throw new FieldProblemException(FieldProblem.error("directory.check.longitudeRange"));
        }
        return new Coordinates(latitude, longitude);
    }

    /** A degree value as stored and exported: "48.8463", never "48.846300000001" or an exponent. */
    public static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    private static double[] degreesMinutesSeconds(String text) throws FieldProblemException {
        Matcher m = DMS.matcher(text);
        List<Double> values = new ArrayList<>();
        while (m.find() && values.size() < 2) {
            double value = number(m.group(2)) + (m.group(3) == null ? 0 : number(m.group(3)) / 60)
                    + (m.group(4) == null ? 0 : number(m.group(4)) / 3600);
            String hemisphere = m.group(5) != null ? m.group(5) : m.group(1);
            values.add(signed(value, hemisphere));
        }
        if (values.size() != 2) {
            throw unreadable();
        }
        return new double[] {values.get(0), values.get(1)};
    }

    private static double[] decimalPair(String text) throws FieldProblemException {
        String[] parts;
        if (text.contains(";")) {
            parts = text.split(";");
        } else if (text.chars().filter(c -> c == ',').count() == 1) {
            parts = text.split(",");
        } else if (text.contains(", ")) {
            parts = text.split(",\\s+");
        } else {
            parts = text.split("\\s+");
        }
        if (parts.length != 2) {
            throw unreadable();
        }
        return new double[] {withHemisphere(parts[0]), withHemisphere(parts[1])};
    }

    private static double withHemisphere(String part) throws FieldProblemException {
        Matcher m = HEMISPHERE.matcher(part.strip());
        if (!m.matches()) {
            throw unreadable();
        }
        Optional<Double> value = FieldChecks.decimal(m.group(2));
        if (value.isEmpty()) {
            throw unreadable();
        }
        return signed(value.get(), m.group(3) != null ? m.group(3) : m.group(1));
    }

    private static double signed(double value, String hemisphere) {
        if (hemisphere == null) {
            return value;
        }
        String h = hemisphere.toUpperCase(Locale.ROOT);
        return h.equals("S") || h.equals("W") || h.equals("O") ? -Math.abs(value) : value;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static FieldProblemException unreadable() {
        return new FieldProblemException(FieldProblem.error("directory.check.coordinates"));
    }
}
