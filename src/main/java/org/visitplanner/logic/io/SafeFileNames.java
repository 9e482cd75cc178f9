package org.visitplanner.logic.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names that are safe to create in the data folder whatever name a file came with (an attachment, an export):
 * no folders or path traversal ({@code ../../x}), no device names ({@code con.txt}, {@code NUL}), no control or
 * bidirectional-override characters (which can disguise {@code exe.txt} as {@code txt.exe}), nothing Windows
 * refuses ({@code <>:"/\|?*}, a trailing dot or space), and at most 255 bytes in UTF-8 — keeping the extension.
 */
public final class SafeFileNames {

    /** The most a file name may take on common file systems. */
    public static final int MAX_BYTES = 255;
    private static final String FALLBACK = "file";
    private static final Pattern UNSAFE = Pattern.compile(
            "[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}<>:\"/\\\\|?*\\x{FFFD}]");
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private SafeFileNames() {
    }

    /**
     * A safe name for {@code original}: only its last path element is kept, unsafe characters become {@code _},
     * a device name gets a leading {@code _}, and an empty result becomes {@code file}.
     */
    public static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        // Leading dots hide a file (and "." and ".." are folders); trailing dots and spaces vanish on Windows.
        name = name.replaceAll("^\\.+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            name = FALLBACK + extensionOf(name);
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICE_NAMES.contains(base.strip().toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /**
     * The file named {@code original} (sanitised) inside {@code folder}; never outside it, whatever the name.
     */
    public static Path resolveInside(Path folder, String original) {
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(sanitise(original)).normalize();
        if (!resolved.getParent().equals(base)) {
            throw new IllegalArgumentException("a name that leaves its folder: " + original);
        }
        return resolved;
    }

    /** Cuts the name to {@link #MAX_BYTES} bytes of UTF-8, keeping a short extension and whole characters. */
    private static String shorten(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String extension = extensionOf(name);
        if (extension.getBytes(StandardCharsets.UTF_8).length > 16) {
            extension = "";
        }
        String stem = name.substring(0, name.length() - extension.length());
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return kept + extension;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot) : "";
    }
}
