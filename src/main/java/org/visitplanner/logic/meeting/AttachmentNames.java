package org.visitplanner.logic.meeting;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the name of a file the user attaches into a name that is safe to create in the attachments folder on every
 * system: no folders ({@code ../../x} becomes {@code x}), no characters Windows refuses, no device names such as
 * {@code con.txt}, no leading dot (hidden file) or trailing dot or space, and not too long for any file system.
 */
public final class AttachmentNames {

    /** Used when nothing usable is left of the name. */
    public static final String FALLBACK = "attachment";

    static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION = 16;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private AttachmentNames() {
    }

    public static String sanitise(String original) {
        String name = original == null ? "" : original;
        int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(lastSeparator + 1), Normalizer.Form.NFC);

        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean control = c < 0x20 || c == 0x7F || Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT;
            safe.appendCodePoint(control || FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
        });
        name = trimDotsAndSpaces(safe.toString());
        if (name.isEmpty()) {
            return FALLBACK;
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        if (DEVICES.contains(stem)) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /** "report.pdf" → "report (2).pdf": the {@code n}-th candidate when the name is taken. */
    public static String numbered(String name, int n) {
        if (n <= 1) {
            return name;
        }
        int dot = extensionDot(name);
        return dot < 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = extensionDot(name);
        String extension = dot < 0 || name.length() - dot > MAX_EXTENSION ? "" : name.substring(dot);
        String stem = name.substring(0, MAX_LENGTH - extension.length());
        if (Character.isHighSurrogate(stem.charAt(stem.length() - 1))) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return trimDotsAndSpaces(stem) + extension;
    }

    private static int extensionDot(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? -1 : dot;
    }
}
