package org.visitplanner.logic.bundle;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.io.PrivateFiles;

/**
 * The {@code .vptrip} file: a ZIP with {@code manifest.properties} (format version, the records' SHA-256, the files),
 * {@code records.txt} (one record after another, every value escaped on its line) and {@code files/<sha256>} (the
 * attachments' content, named by their digest). {@link #read} checks the whole file before anything is written —
 * format version, every digest, sizes and counts, entry names — and refuses a damaged, truncated, newer or hostile
 * file with one sentence ({@code bundle.error.*}).
 */
public final class BundleFile {

    /**
     * The format this build writes and reads (2: records deleted since they last left or arrived are carried too; 1
     * did not carry them). A file of a newer format is refused, never guessed at.
     */
    public static final int FORMAT = 2;
    static final String MANIFEST = "manifest.properties";
    static final String RECORDS = "records.txt";
    static final String FILES = "files/";
    private static final Pattern FILE_ENTRY = Pattern.compile("files/[0-9a-f]{64}");
    private static final Pattern KIND = Pattern.compile("[a-z_]{1,64}");
    private static final Pattern FIELD = Pattern.compile("[a-z_0-9]{1,64}");
    private static final String NULL = "\\N";

    /** The limits a bundle must keep to (a file past them is refused before it can fill the memory or the disk). */
    public record Limits(long fileBytes, long recordsBytes, long attachmentBytes, long totalBytes, int entries,
                         int records, int ratio) {
        public static final Limits DEFAULT = new Limits(4L << 30, 64L << 20, 1L << 30, 4L << 30, 10_000, 200_000,
                200);
    }

    /** A bundle read and checked: its records, and its attachments' content in a private temporary folder. */
    public record Bundle(List<BundleRecord> records, Map<String, Path> files, Path folder) implements AutoCloseable {
        @Override
        public void close() {
            deleteQuietly(folder);
        }
    }

    private BundleFile() {
    }

    /**
     * Writes {@code records} and the attachments' content ({@code files}: SHA-256 → the readable file) to
     * {@code out}, through a temporary file beside it, so that an existing file is replaced only by a complete one.
     */
    public static void write(Path out, List<BundleRecord> records, Map<String, Path> files) throws IOException {
        byte[] text = recordsText(records).getBytes(StandardCharsets.UTF_8);
        Properties manifest = new Properties();
        manifest.setProperty("format", Integer.toString(FORMAT));
        manifest.setProperty("records.sha256", sha256(text));
        manifest.setProperty("records.count", Integer.toString(records.size()));
        manifest.setProperty("files.count", Integer.toString(files.size()));
        Path folder = out.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".vptrip-", ".part");
        try {
            try (OutputStream file = Files.newOutputStream(temporary);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
                manifest.store(manifestBytes, "Visit Planner trip file");
                zip.write(manifestBytes.toByteArray());
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(RECORDS));
                zip.write(text);
                zip.closeEntry();
                for (Map.Entry<String, Path> attachment : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(FILES + attachment.getKey()));
                    Files.copy(attachment.getValue(), zip);
                    zip.closeEntry();
                }
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads and checks {@code file} whole; throws a {@link DataProblem} with one sentence when it is refused. */
    public static Bundle read(Path file, Limits limits) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw refused("bundle.error.missing", name);
            }
            if (Files.size(file) > limits.fileBytes()) {
                throw refused("bundle.error.tooLarge", name);
            }
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                return read(zip, name, limits);
            }
        } catch (DataProblem problem) {
            throw problem;
        } catch (ZipException | IllegalArgumentException e) {
            throw refused("bundle.error.damaged", name, e);
        } catch (IOException e) {
            throw new DataProblem(DataProblem.Kind.OTHER, name, new DataProblem.Reason("bundle.error.read", name,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static Bundle read(ZipFile zip, String name, Limits limits) throws IOException {
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        int count = 0;
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > limits.entries()) {
                throw refused("bundle.error.tooLarge", name);
            }
            String entryName = entry.getName();
            boolean known = entryName.equals(MANIFEST) || entryName.equals(RECORDS)
                    || FILE_ENTRY.matcher(entryName).matches();
            if (!known) {
                // A path that leads anywhere else ("../", "/etc/…", a folder) is not one this format has.
                throw refused("bundle.error.hostile", name);
            }
            if (!names.add(entryName)) {
                throw refused("bundle.error.hostile", name);
            }
        }
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        ZipEntry recordsEntry = zip.getEntry(RECORDS);
        if (manifestEntry == null || recordsEntry == null) {
            throw refused("bundle.error.damaged", name);
        }
        Properties manifest = new Properties();
        manifest.load(new StringReader(new String(readLimited(zip, manifestEntry, 64 << 10, limits, name),
                StandardCharsets.UTF_8)));
        int format;
        try {
            format = Integer.parseInt(manifest.getProperty("format", "").trim());
        } catch (NumberFormatException e) {
            throw refused("bundle.error.damaged", name, e);
        }
        if (format > FORMAT) {
            throw refused("bundle.error.newer", name);
        }
        if (format < 1) {
            throw refused("bundle.error.damaged", name);
        }
        byte[] text = readLimited(zip, recordsEntry, limits.recordsBytes(), limits, name);
        if (!sha256(text).equals(manifest.getProperty("records.sha256"))) {
            throw refused("bundle.error.digest", name);
        }
        List<BundleRecord> records = parse(new String(text, StandardCharsets.UTF_8), name, limits);
        if (!Integer.toString(records.size()).equals(manifest.getProperty("records.count"))) {
            throw refused("bundle.error.damaged", name);
        }
        Path folder = PrivateFiles.createTempFolder("visit-planner-bundle-");
        boolean done = false;
        try {
            Map<String, Path> files = new LinkedHashMap<>();
            long total = text.length;
            for (String entryName : names) {
                if (!entryName.startsWith(FILES)) {
                    continue;
                }
                String sha = entryName.substring(FILES.length());
                Path copy = folder.resolve(sha);
                total += copyChecked(zip, zip.getEntry(entryName), copy, sha, limits, name);
                if (total > limits.totalBytes()) {
                    throw refused("bundle.error.tooLarge", name);
                }
                files.put(sha, copy);
            }
            if (!Integer.toString(files.size()).equals(manifest.getProperty("files.count"))) {
                throw refused("bundle.error.damaged", name);
            }
            for (BundleRecord record : records) {
                if (record.kind().equals("attachment") && !files.containsKey(record.values().get("sha256"))) {
                    throw refused("bundle.error.damaged", name);
                }
            }
            done = true;
            return new Bundle(records, files, folder);
        } finally {
            if (!done) {
                deleteQuietly(folder);
            }
        }
    }

    /** Reads an entry whole, refusing it past {@code max} bytes actually inflated (declared sizes may lie). */
    private static byte[] readLimited(ZipFile zip, ZipEntry entry, long max, Limits limits, String name)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            copyLimited(in, out, max, entry, limits, name);
        }
        return out.toByteArray();
    }

    private static long copyChecked(ZipFile zip, ZipEntry entry, Path target, String sha, Limits limits, String name)
            throws IOException {
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            size = copyLimited(in, out, limits.attachmentBytes(), entry, limits, name);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
            throw refused("bundle.error.digest", name);
        }
        return size;
    }

    private static long copyLimited(InputStream in, OutputStream out, long max, ZipEntry entry, Limits limits,
                                    String name) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long total = 0;
        long compressed = Math.max(entry.getCompressedSize(), 1);
        for (int read; (read = in.read(buffer)) > 0; ) {
            total += read;
            if (total > max) {
                throw refused("bundle.error.tooLarge", name);
            }
            if (total > (1 << 20) && total / compressed > limits.ratio()) {
                // Inflating far more than any document compresses to: a ZIP bomb.
                throw refused("bundle.error.hostile", name);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    static String recordsText(List<BundleRecord> records) {
        StringBuilder text = new StringBuilder("visit-planner-trip ").append(FORMAT).append('\n');
        for (BundleRecord record : records) {
            text.append(record.deleted() ? "deleted\t" : "record\t").append(record.kind()).append('\t')
                    .append(escape(record.key())).append('\n');
            if (record.deleted()) {
                // What it held when it last left or arrived: the side that kept it may have changed it since.
                record.base().forEach((field, value) -> text.append("base\t").append(field).append('\t')
                        .append(escape(value)).append('\n'));
            }
            for (Map.Entry<String, String> field : record.values().entrySet()) {
                text.append("field\t").append(field.getKey()).append('\t').append(escape(field.getValue()))
                        .append('\t').append(escape(record.base().get(field.getKey()))).append('\n');
            }
        }
        return text.append("end\n").toString();
    }

    private static List<BundleRecord> parse(String text, String name, Limits limits) {
        List<BundleRecord> records = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String header = lines.readLine();
            // Format 1 is format 2 without deleted records.
            if (!("visit-planner-trip " + FORMAT).equals(header) && !"visit-planner-trip 1".equals(header)) {
                throw refused("bundle.error.damaged", name);
            }
            String kind = null;
            String key = null;
            boolean deleted = false;
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> base = new LinkedHashMap<>();
            boolean ended = false;
            for (String line; (line = lines.readLine()) != null; ) {
                if (ended) {
                    throw refused("bundle.error.damaged", name);
                }
                String[] parts = line.split("\t", -1);
                if (parts[0].equals("field") && parts.length == 4 && kind != null && !deleted
                        && FIELD.matcher(parts[1]).matches() && !values.containsKey(parts[1])) {
                    values.put(parts[1], unescape(parts[2], name));
                    base.put(parts[1], unescape(parts[3], name));
                    continue;
                }
                if (parts[0].equals("base") && parts.length == 3 && kind != null && deleted
                        && FIELD.matcher(parts[1]).matches() && !base.containsKey(parts[1])) {
                    base.put(parts[1], unescape(parts[2], name));
                    continue;
                }
                if (kind != null) {
                    records.add(new BundleRecord(kind, key, values, base, deleted));
                    values = new LinkedHashMap<>();
                    base = new LinkedHashMap<>();
                }
                if ((parts[0].equals("record") || parts[0].equals("deleted")) && parts.length == 3
                        && KIND.matcher(parts[1]).matches()) {
                    deleted = parts[0].equals("deleted");
                    kind = parts[1];
                    key = unescape(parts[2], name);
                    if (key == null || key.isEmpty() || key.length() > 400 || !keys.add(kind + " " + key)) {
                        throw refused("bundle.error.damaged", name);
                    }
                    if (records.size() >= limits.records()) {
                        throw refused("bundle.error.tooLarge", name);
                    }
                } else if (line.equals("end")) {
                    kind = null;
                    ended = true;
                } else {
                    throw refused("bundle.error.damaged", name);
                }
            }
            if (!ended) {
                // The last line is missing: the file was cut short.
                throw refused("bundle.error.damaged", name);
            }
        } catch (IOException e) {
            throw refused("bundle.error.damaged", name, e);
        }
        return records;
    }

    static String escape(String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text, String name) {
        if (text.equals(NULL)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == text.length()) {
                throw refused("bundle.error.damaged", name);
            }
            switch (text.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw refused("bundle.error.damaged", name);
            }
        }
        return out.toString();
    }

    /** Removes a temporary folder and what is in it; one left behind is harmless. */
    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static DataProblem refused(String key, String name) {
        return refused(key, name, null);
    }

    static DataProblem refused(String key, String name, Throwable cause) {
        return new DataProblem(DataProblem.Kind.REFUSED, name, new DataProblem.Reason(key, name), cause);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
