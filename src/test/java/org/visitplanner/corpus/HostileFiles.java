package org.visitplanner.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.visitplanner.logic.bundle.BundleFile;
import org.visitplanner.support.HostileDatabases;

/**
 * Hostile files made on demand: broken and forged backups, password files, pipes, and the large import files that
 * would bloat the repository (100 000 events, a 10 MB line). Named by {@code {gen:NAME}} in the cases.
 */
final class HostileFiles {

    private HostileFiles() {
    }

    static Path make(String name, Path folder, Corpus corpus) throws Exception {
        Path file = folder.resolve(name);
        switch (name) {
            case "empty.zip", "password-empty.txt", "bundle-empty.vptrip" -> Corpus.write(file, new byte[0]);
            case "bundle-not-a-zip.vptrip" -> Corpus.write(file, "visit-planner-trip 1\nend\n"
                    .getBytes(StandardCharsets.UTF_8));
            case "bundle-traversal.vptrip" -> bundle(file, 1, TRIP_RECORDS, null, Map.of("../../evil.txt", "x",
                    "/tmp/visit-planner-corpus-evil.txt", "x"));
            case "bundle-newer-format.vptrip" -> bundle(file, BundleFile.FORMAT + 1, TRIP_RECORDS, null, Map.of());
            case "bundle-digest-forged.vptrip" -> bundle(file, 1, TRIP_RECORDS.replace("Bundle trip", "Forged trip"),
                    TRIP_RECORDS, Map.of());
            case "bundle-cut-in-half.vptrip" -> {
                Path whole = folder.resolve("whole.vptrip");
                bundle(whole, 1, TRIP_RECORDS, null, Map.of());
                byte[] bytes = Files.readAllBytes(whole);
                Corpus.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
            case "bundle-records-cut-short.vptrip" -> bundle(file, 1, TRIP_RECORDS.replace("end\n", ""), null,
                    Map.of());
            case "bundle-zero-bomb.vptrip" -> {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
                    out.putNextEntry(new ZipEntry("manifest.properties"));
                    out.write("format=1\nrecords.count=1\nfiles.count=0\nrecords.sha256=0\n"
                            .getBytes(StandardCharsets.UTF_8));
                    out.putNextEntry(new ZipEntry("records.txt"));
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 96; i++) {
                        out.write(zeros);
                    }
                }
            }
            case "bundle-too-many-files.vptrip" -> {
                Map<String, String> files = new LinkedHashMap<>();
                for (int i = 0; i < 10_001; i++) {
                    files.put("files/" + String.format("%064x", i), "x");
                }
                bundle(file, 1, TRIP_RECORDS, null, files);
            }
            case "bundle-attachment-not-its-digest.vptrip" -> bundle(file, 1, TRIP_RECORDS, null,
                    Map.of("files/" + "ab".repeat(32), "not the content of that digest"));
            case "bundle-unknown-kind.vptrip" -> bundle(file, 1, "visit-planner-trip 1\nrecord\tinvoice\t"
                    + "0b7c2f3e-1d4a-4f7e-9c55-2f1a7e0d9b31\nfield\tamount\t12\t12\nend\n", null, Map.of());
            case "bundle-reference-to-nothing.vptrip" -> bundle(file, 1, TRIP_RECORDS.replace("end\n", "")
                    + "record\tday_note\t9f4c1a2b-0000-4000-8000-000000000000/2025-12-08\n"
                    + "field\ttrip_id\t9f4c1a2b-0000-4000-8000-000000000000\t9f4c1a2b-0000-4000-8000-000000000000\n"
                    + "field\tnote_day\t2025-12-08\t2025-12-08\nfield\tnotes\tx\tx\n"
                    + "field\tcreated_at\t2025-12-01T10:00Z\t2025-12-01T10:00Z\n"
                    + "field\tupdated_at\t2025-12-01T10:00Z\t2025-12-01T10:00Z\nend\n", null, Map.of());
            case "text-in-a.zip" -> zip(file, new String[] {"notes.txt"}, "bonjour".getBytes(StandardCharsets.UTF_8));
            case "plain-text.zip" -> Corpus.write(file, "this is not a zip".getBytes(StandardCharsets.UTF_8));
            case "random.bin" -> Corpus.write(file, Corpus.random(10_000, 11));
            case "zip-without-database.zip" -> zip(file, new String[] {"backup.properties"},
                    "format=1\ncreated=2025-12-08T10:00:00Z\nkind=manual\n".getBytes(StandardCharsets.UTF_8));
            case "zip-traversal.zip" -> zip(file, new String[] {"backup.properties", "../../visit-planner.mv.db",
                "/tmp/visit-planner-corpus-evil.mv.db", "..\\..\\evil.txt"},
                    "format=1\ncreated=2025-12-08T10:00:00Z\nkind=manual\n".getBytes(StandardCharsets.UTF_8));
            case "zip-database-is-garbage.zip" -> {
                Path garbage = folder.resolve("garbage.mv.db");
                Corpus.write(garbage, Corpus.random(40_000, 12));
                Corpus.rewriteBackup(corpus.templateBackup(), file, m -> m, garbage);
            }
            case "zip-database-is-a-zero-bomb.zip" -> {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
                    out.putNextEntry(new ZipEntry("backup.properties"));
                    out.write("format=1\ncreated=2025-12-08T10:00:00Z\nkind=manual\nrows.TRIP=1\n"
                            .getBytes(StandardCharsets.UTF_8));
                    out.putNextEntry(new ZipEntry("visit-planner.mv.db"));
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 48; i++) {
                        out.write(zeros);
                    }
                }
            }
            case "metadata-too-large.zip" -> Corpus.rewriteBackup(corpus.templateBackup(), file,
                    m -> m + "#" + "x".repeat(70_000) + "\n", null);
            case "metadata-format-2.zip" -> Corpus.rewriteBackup(corpus.templateBackup(), file,
                    m -> m.replace("format=1", "format=2"), null);
            case "metadata-bad-date.zip" -> Corpus.rewriteBackup(corpus.templateBackup(), file,
                    m -> m.replaceAll("created=[^\\n]*", "created=yesterday at noon"), null);
            case "metadata-rows-not-a-number.zip" -> Corpus.rewriteBackup(corpus.templateBackup(), file,
                    m -> m.replace("rows.TRIP=1", "rows.TRIP=many"), null);
            case "metadata-rows-forged.zip" -> Corpus.rewriteBackup(corpus.templateBackup(), file,
                    m -> m.replace("rows.EVENT=18", "rows.EVENT=19"), null);
            case "metadata-digest-forged.zip" -> Corpus.rewriteBackup(corpus.templateBackup(), file,
                    m -> m.replaceAll("digest=sha256\\\\:[0-9a-f]+", "digest=sha256\\\\:" + "0".repeat(64)), null);
            case "backup-from-a-newer-version.zip" -> Files.copy(corpus.newerBackup(), file);
            case "encrypted-backup.zip" -> Files.copy(corpus.encryptedBackup(), file);
            case "backup-cut-in-half.zip" -> {
                byte[] whole = Files.readAllBytes(corpus.templateBackup());
                Corpus.write(file, Arrays.copyOf(whole, whole.length / 2));
            }
            case "zip-of-a-backup.zip" -> zip(file, new String[] {"template-backup.zip"},
                    Files.readAllBytes(corpus.templateBackup()));
            case "backup-with-extra-entries.zip" -> {
                Path valid = corpus.templateBackup();
                try (var zip = new java.util.zip.ZipFile(valid.toFile());
                     ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
                    for (String entry : new String[] {"backup.properties", "visit-planner.mv.db"}) {
                        out.putNextEntry(new ZipEntry(entry));
                        zip.getInputStream(zip.getEntry(entry)).transferTo(out);
                    }
                    for (String evil : new String[] {"../../evil.txt", "/tmp/visit-planner-corpus-evil.txt",
                        "backups/../../evil.sh"}) {
                        out.putNextEntry(new ZipEntry(evil));
                        out.write("#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            case "bare-file-h2-header-then-garbage.mv.db" -> {
                byte[] start = Arrays.copyOf(Files.readAllBytes(corpus.template().resolve("visit-planner.mv.db")),
                        300);
                Corpus.write(file, concat(start, Corpus.random(50_000, 13)));
            }
            case "bare-copy-of-the-data.mv.db" -> Files.copy(corpus.template().resolve("visit-planner.mv.db"), file);
            case "database-with-a-source-trigger.mv.db", "database-with-a-java-function.mv.db",
                 "database-with-a-default-that-writes-files.mv.db", "database-with-an-extra-user.mv.db",
                 "database-with-a-source-function.mv.db", "database-with-a-view.mv.db",
                 "database-with-an-extra-setting.mv.db", "database-with-a-dropped-index.mv.db" -> {
                Path marker = marker(file);
                HostileDatabases.craft(corpus.template().resolve("visit-planner.mv.db"), file, attack(name), marker);
                HostileDatabases.arm(marker);
            }
            case "backup-with-a-source-trigger.zip", "backup-with-a-source-function.zip", "backup-with-a-view.zip",
                 "backup-with-an-extra-setting.zip", "backup-with-a-dropped-index.zip" -> HostileDatabases.repackBackup(
                    corpus.templateBackup(), corpus.generated(name.replace("backup-", "database-")
                            .replace(".zip", ".mv.db")), file);
            case "backup-with-one-bit-flipped.zip" -> HostileDatabases.flipOneBit(corpus.templateBackup(), 8 * 9000 + 3,
                    file);
            case "database-with-a-damaged-index.mv.db" -> {
                Files.copy(corpus.template().resolve("visit-planner.mv.db"), file);
                HostileDatabases.loseOneIndexEntry(file, "CONTACT_INSTITUTION_IDX");
            }
            case "named-pipe.zip" -> {
                Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                    throw new IOException("mkfifo failed");
                }
            }
            case "a-file" -> Corpus.write(file, "a file, not a folder".getBytes(StandardCharsets.UTF_8));
            case "password-right.txt" -> Corpus.write(file, (Corpus.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
            case "password-with-byte-order-mark.txt" -> Corpus.write(file, ("\uFEFF" + Corpus.PASSWORD + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            case "password-readable-by-others.txt" -> {
                Corpus.write(file, (Corpus.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
                java.nio.file.Files.setPosixFilePermissions(file,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                return file.toAbsolutePath();
            }
            case "password-wrong.txt" -> Corpus.write(file, "not the password\n".getBytes(StandardCharsets.UTF_8));
            case "password-huge.txt" -> Corpus.write(file, "p".repeat(5000).getBytes(StandardCharsets.UTF_8));
            case "password-latin1.txt" -> Corpus.write(file, "mot de passe \u00e9t\u00e9".getBytes(
                    StandardCharsets.ISO_8859_1));
            case "password-blank-first-line.txt" -> Corpus.write(file, ("\n" + Corpus.PASSWORD + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("unknown generated file " + name);
        }
        if (name.startsWith("password-") && Files.isRegularFile(file)) {
            // A password file is kept private, as the README asks: only its content is hostile here.
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        return file.toAbsolutePath();
    }

    /** The file that code crafted into {@code file} writes when it runs (it must never exist). */
    static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + ".ran");
    }

    private static HostileDatabases.Attack attack(String name) {
        String kind = name.replace("database-with-", "").replace(".mv.db", "").replaceFirst("^(a|an)-", "")
                .replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        return HostileDatabases.Attack.valueOf(kind);
    }

    /** Long texts for the value cases. */
    static String text(String kind, int chars) {
        String unit = switch (kind) {
            case "mixed-scripts" -> "Réunion à l’École des Ponts — 与巴黎路桥学院会谈 — اجتماع — פגישה — 🎓🇫🇷🇨🇳 ";
            case "emoji" -> "😀🎓👩🏽‍🏫🇫🇷🇨🇳";
            case "right-to-left" -> "اجتماع مع مدرسة الجسور والطرق \u202Bמוסד\u202C ";
            case "controls" -> "a\u0000b\u0001c\u0007d\u001Be\u007Ff\u0085g\u2028h\u2029i\uFEFFj\u200Bk\u202El ";
            default -> throw new IllegalArgumentException("unknown text " + kind);
        };
        StringBuilder text = new StringBuilder(chars + unit.length());
        while (text.length() < chars) {
            text.append(unit);
        }
        // Never cut a surrogate pair in two: the text must stay valid.
        int end = chars;
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, Math.min(end, text.length()));
    }

    /** The large import files, made as the manifest says instead of being kept in the repository. */
    static Path importFile(String name, JsonNode spec, Path folder) throws IOException {
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        int count = spec.path("count").asInt();
        switch (spec.path("kind").asText()) {
            case "ics-events" -> {
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Corpus//EN\r\n");
                    LocalDateTime start = LocalDateTime.of(2025, 12, 8, 8, 0);
                    DateTimeFormatter ics = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
                    for (int i = 0; i < count; i++) {
                        LocalDateTime at = start.plusMinutes(i);
                        out.write("BEGIN:VEVENT\r\nUID:corpus-" + i + "@example.org\r\nDTSTAMP:20251201T000000Z\r\n"
                                + "DTSTART;TZID=Europe/Paris:" + ics.format(at) + "\r\nDTEND;TZID=Europe/Paris:"
                                + ics.format(at.plusMinutes(30)) + "\r\nSUMMARY:Event " + i + "\r\nEND:VEVENT\r\n");
                    }
                    out.write("END:VCALENDAR\r\n");
                }
            }
            case "ics-long-line" -> {
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Corpus//EN\r\nBEGIN:VEVENT\r\n"
                            + "UID:long@example.org\r\nDTSTART:20251208T090000Z\r\nDTEND:20251208T100000Z\r\n"
                            + "SUMMARY:");
                    char[] chunk = new char[8192];
                    Arrays.fill(chunk, 'x');
                    for (long written = 0; written < count; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
                }
            }
            case "csv-rows" -> {
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("\uFEFFofficial_name,city,country\r\n");
                    for (int i = 0; i < count; i++) {
                        out.write("Institution " + i + ",Paris,France\r\n");
                    }
                }
            }
            case "csv-huge-cell" -> {
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("\uFEFFofficial_name,city,notes\r\nÉcole des Ponts,Champs-sur-Marne,\"");
                    char[] chunk = new char[8192];
                    Arrays.fill(chunk, 'n');
                    for (long written = 0; written < count; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("\"\r\n");
                }
            }
            case "csv-line-without-end" -> {
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("\uFEFFofficial_name,city,country\r\n");
                    char[] chunk = new char[8192];
                    Arrays.fill(chunk, ',');
                    for (long written = 0; written < count; written += chunk.length) {
                        out.write(chunk);
                    }
                }
            }
            case "binary" -> Corpus.write(file, Corpus.random(count, 21));
            default -> throw new IllegalArgumentException("unknown import file kind " + spec);
        }
        return file;
    }

    /** A trip bundle with one trip record that is valid on its own. */
    private static final String TRIP_RECORDS = "visit-planner-trip 1\n"
            + "record\ttrip\t5a0f3c7e-8b1d-4e2a-9f60-3c4d5e6f7a8b\n"
            + field("name", "Bundle trip") + field("first_day", "2025-12-08") + field("last_day", "2025-12-12")
            + field("venue_zone", "Europe/Paris") + field("home_zone", "Asia/Shanghai") + field("is_sample", "false")
            + field("notes", null) + field("created_at", "2025-12-01T10:00Z") + field("updated_at", "2025-12-01T10:00Z")
            + field("home_city_en", null) + field("home_city_fr", null) + field("home_city_zh", null) + "end\n";

    private static String field(String name, String value) {
        String text = value == null ? "\\N" : value;
        return "field\t" + name + "\t" + text + "\t" + text + "\n";
    }

    /**
     * A trip file as the app writes it (manifest with the records' digest, records, extra entries), of format
     * {@code format}; the digest is of {@code digestOf} when given (a forged file), else of the records.
     */
    private static void bundle(Path file, int format, String records, String digestOf, Map<String, String> extra)
            throws IOException {
        byte[] text = records.getBytes(StandardCharsets.UTF_8);
        byte[] digested = digestOf == null ? text : digestOf.getBytes(StandardCharsets.UTF_8);
        String sha;
        try {
            sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(digested));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int count = (int) records.lines().filter(line -> line.startsWith("record\t")).count();
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("manifest.properties"));
            out.write(("format=" + format + "\nrecords.sha256=" + sha + "\nrecords.count=" + count
                    + "\nfiles.count=" + extra.size() + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("records.txt"));
            out.write(text);
            for (Map.Entry<String, String> entry : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void zip(Path file, String[] entries, byte[] content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content);
            }
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
