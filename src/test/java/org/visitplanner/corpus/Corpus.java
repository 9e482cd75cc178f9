package org.visitplanner.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/**
 * What the corpus cases run on: template data (the sample trip; the same encrypted; a file from a newer version),
 * hostile data folders and files made on demand, and the values of the model cases.
 */
final class Corpus {

    static final String PASSWORD = "corpus password 2025";
    private static final String TEMPLATE = "template";

    private final Path root;
    private final Path template;
    private final Path encrypted;
    private final Path newer;
    private final Path generated;
    private final String templateDump;
    private final Map<String, Path> made = new HashMap<>();
    private Services values;

    /**
     * A case's own folders: its data folder and a scratch folder for files it writes, the data file's bytes before
     * the case, and what undoes the setup (a read-only folder made writable again).
     */
    record Case(Path data, Path scratch, byte[] fileBefore, AutoCloseable undo) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            undo.close();
        }
    }

    Corpus(Path root) throws IOException {
        this.root = root;
        this.generated = Files.createDirectories(root.resolve("generated"));
        this.template = root.resolve(TEMPLATE);
        try (Services services = Services.open(template)) {
            services.sampleTrip().ensureLoaded();
            templateDump = DatabaseDump.text(services.database());
        }
        this.encrypted = root.resolve("template-encrypted");
        copyData(template, encrypted);
        try (Services services = Services.open(encrypted)) {
            services.encryption().changePassword(null, PASSWORD.toCharArray());
        }
        deleteBackups(encrypted);
        this.newer = root.resolve("template-newer");
        copyData(template, newer);
        try (Services services = Services.open(newer)) {
            services.database().dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", "
                    + "\"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                    + "\"execution_time\", \"success\") VALUES (99, '999', 'from the future', 'SQL', "
                    + "'V999__future.sql', 0, 'sa', 0, TRUE)");
        }
        deleteBackups(template);
    }

    /** The data folder a case starts from (see README: setups). */
    Case setUp(String setup, String id) throws Exception {
        String name = id.replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = Files.createDirectories(root.resolve("cases").resolve(name));
        Path data = folder.resolve("data");
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        AutoCloseable undo = () -> { };
        switch (setup) {
            case "sample" -> copyData(template, data);
            case "empty" -> {
                // no data folder at all: the command creates it
            }
            case "encrypted" -> copyData(encrypted, data);
            case "newer" -> copyData(newer, data);
            default -> {
                HostileFolders.Made made = HostileFolders.make(setup, folder, this);
                data = made.data();
                undo = made.undo();
            }
        }
        Path file = data.resolve("visit-planner.mv.db");
        byte[] before = Files.isRegularFile(file) && Files.isReadable(file) ? Files.readAllBytes(file) : null;
        return new Case(data, scratch, before, undo);
    }

    /**
     * Checks the data is as it was: {@code dump} opens it (with the corpus password when encrypted) and compares
     * every table with the template; {@code bytes} compares the file byte for byte (data that cannot be opened);
     * {@code none} checks nothing (the case creates data).
     */
    void assertUnchanged(Case c, String how) throws IOException {
        Path file = c.data().resolve("visit-planner.mv.db");
        switch (how) {
            case "dump" -> {
                char[] password = Services.isEncrypted(c.data()) ? PASSWORD.toCharArray() : null;
                try (Services services = Services.open(c.data(), password)) {
                    assertThat(DatabaseDump.text(services.database())).as("the data is exactly as before")
                            .isEqualTo(templateDump);
                }
            }
            case "bytes" -> {
                if (c.fileBefore() == null) {
                    assertThat(Files.isRegularFile(file)).as("no data file appeared").isFalse();
                } else {
                    assertThat(Files.readAllBytes(file)).as("the data file is byte for byte as before")
                            .isEqualTo(c.fileBefore());
                }
            }
            case "none" -> {
                // the case makes new data on purpose
            }
            default -> throw new IllegalArgumentException("unknown check " + how);
        }
    }

    /** Replaces {data}, {scratch}, {corpus} and {gen:NAME} in an argument. */
    String resolve(String text, Case c) {
        String resolved = text.replace("{data}", c.data().toString()).replace("{scratch}", c.scratch().toString())
                .replace("{corpus}", BadInputCorpusTest.CORPUS.toAbsolutePath().toString());
        int start;
        while ((start = resolved.indexOf("{gen:")) >= 0) {
            int end = resolved.indexOf('}', start);
            String name = resolved.substring(start + 5, end);
            resolved = resolved.substring(0, start) + generated(name) + resolved.substring(end + 1);
        }
        return resolved;
    }

    /** A hostile file for the commands, made once (see README: generated files). */
    synchronized Path generated(String name) {
        Path file = made.get(name);
        if (file == null) {
            // Not computeIfAbsent: making one file may need another (a backup made from a crafted database).
            try {
                file = HostileFiles.make(name, generated, this);
            } catch (Exception e) {
                throw new IllegalStateException("cannot make " + name, e);
            }
            made.put(name, file);
        }
        return file;
    }

    /** A valid backup of the template data (for hostile variations of it). */
    Path templateBackup() throws IOException {
        Path copy = root.resolve("template-for-backup");
        if (!Files.exists(copy)) {
            copyData(template, copy);
        }
        try (Services services = Services.open(copy)) {
            return services.backups().backUpTo(generated.resolve("template-backup.zip")).file();
        }
    }

    /** A backup of the encrypted template data (made with {@link #PASSWORD}). */
    Path encryptedBackup() throws IOException {
        Path copy = root.resolve("template-encrypted-for-backup");
        if (!Files.exists(copy)) {
            copyData(encrypted, copy);
        }
        try (Services services = Services.open(copy, PASSWORD.toCharArray())) {
            services.backups().backUp(BackupKind.MANUAL);
            return services.backups().backUpTo(generated.resolve("encrypted-backup.zip")).file();
        }
    }

    /** A backup of data from a newer Visit Planner. */
    Path newerBackup() throws IOException {
        Path target = generated.resolve("newer-backup.zip");
        rewriteBackup(templateBackup(), target, metadata -> metadata, newer.resolve("visit-planner.mv.db"));
        return target;
    }

    /** Copies a backup, changing its metadata and (when given) its database. */
    static void rewriteBackup(Path source, Path target, java.util.function.UnaryOperator<String> metadata,
                              Path database) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            String text = new String(zip.getInputStream(zip.getEntry("backup.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
            if (database != null) {
                // Whoever made the file (a newer Visit Planner, an attacker) made its digest match its database.
                text = text.replaceAll("file\\.sha256=[0-9a-f]+", "file.sha256=" + sha256(database));
            }
            out.putNextEntry(new ZipEntry("backup.properties"));
            out.write(metadata.apply(text).getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("visit-planner.mv.db"));
            if (database != null) {
                Files.copy(database, out);
            } else {
                zip.getInputStream(zip.getEntry("visit-planner.mv.db")).transferTo(out);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path template() {
        return template;
    }

    Path encryptedTemplate() {
        return encrypted;
    }

    Path newerTemplate() {
        return newer;
    }

    /** The file of an import case: in the corpus folder, or generated as its manifest says. */
    Path importFile(String folder, JsonNode c) throws IOException {
        String file = c.path("file").asText();
        if (!file.startsWith("generated:")) {
            return BadInputCorpusTest.CORPUS.resolve(folder).resolve(file).toAbsolutePath();
        }
        return HostileFiles.importFile(file.substring("generated:".length()), c.path("generate"), generated);
    }

    // ---------------------------------------------------------------- values

    /** One in-memory database with the sample for all value cases. */
    synchronized Services values() {
        if (values == null) {
            values = TestServices.withSample();
        }
        return values;
    }

    /** A valid record of {@code entity}, whose fields the case then changes. */
    Map<String, Object> defaults(Services services, String entity) {
        Map<String, Object> fields = new LinkedHashMap<>();
        long trip = services.trips().findSample().orElseThrow().id();
        long institution = services.institutions().findAll().get(0).id();
        long member = services.members().findAll().get(0).id();
        switch (entity) {
            case "trip" -> {
                fields.put("name", "Corpus trip");
                fields.put("firstDay", "2026-03-02");
                fields.put("lastDay", "2026-03-06");
                fields.put("venueZone", "Europe/Paris");
                fields.put("homeZone", "Asia/Shanghai");
            }
            case "member" -> {
                fields.put("nameLatin", "Corpus Member");
                fields.put("role", "MEMBER");
            }
            case "institution" -> {
                fields.put("officialName", "Corpus Institution");
                fields.put("kind", "UNIVERSITY");
                fields.put("relation", "NEW_CONTACT");
            }
            case "contact" -> {
                fields.put("institutionId", institution);
                fields.put("nameLatin", "Corpus Contact");
            }
            case "partnership" -> {
                fields.put("institutionId", institution);
                fields.put("type", "RESEARCH");
                fields.put("status", "PROSPECT");
            }
            case "event" -> {
                fields.put("tripId", trip);
                fields.put("uid", "corpus-" + System.nanoTime());
                fields.put("kind", "MEETING");
                fields.put("title", "Corpus meeting");
                fields.put("start", "2025-12-08T16:00");
                fields.put("end", "2025-12-08T17:00");
                fields.put("zone", "Europe/Paris");
                fields.put("status", "PLANNED");
                fields.put("participantIds", List.of(member));
                fields.put("hostIds", List.of());
            }
            case "closure" -> {
                fields.put("institutionId", institution);
                fields.put("firstDay", "2025-12-24");
                fields.put("lastDay", "2025-12-26");
            }
            case "openingHours" -> {
                fields.put("institutionId", institution);
                fields.put("weekday", "MONDAY");
                fields.put("opensAt", "09:00");
                fields.put("closesAt", "12:00");
            }
            default -> throw new IllegalArgumentException("unknown entity " + entity);
        }
        return fields;
    }

    /**
     * A value of a case: JSON text, number or null; {"repeat": "x", "times": n}; {"file": "values/…"};
     * {"text": "…"} with {"times"}; placeholders {sampleTrip}, {sampleInstitution}, {sampleMember}, {sampleContact},
     * {sampleEventUid}, {missingId}.
     */
    Object value(JsonNode node, Services services) throws IOException {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? (Object) node.asLong() : (Object) node.asDouble();
        }
        if (node.isArray()) {
            java.util.ArrayList<Object> list = new java.util.ArrayList<>();
            for (JsonNode item : node) {
                list.add(value(item, services));
            }
            return list;
        }
        if (node.isObject()) {
            if (node.has("repeat")) {
                return node.path("repeat").asText().repeat(node.path("times").asInt());
            }
            if (node.has("file")) {
                return Files.readString(BadInputCorpusTest.CORPUS.resolve(node.path("file").asText()),
                        StandardCharsets.UTF_8);
            }
            if (node.has("double")) {
                return switch (node.path("double").asText()) {
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(node.path("double").asText());
                };
            }
            if (node.has("generate")) {
                return HostileFiles.text(node.path("generate").asText(), node.path("chars").asInt());
            }
        }
        String text = node.asText();
        if (services != null) {
            switch (text) {
                case "{sampleTrip}" -> {
                    return services.trips().findSample().orElseThrow().id();
                }
                case "{sampleInstitution}" -> {
                    return services.institutions().findAll().get(0).id();
                }
                case "{sampleMember}" -> {
                    return services.members().findAll().get(0).id();
                }
                case "{sampleContact}" -> {
                    return services.contacts().findAll().get(0).id();
                }
                case "{sampleEventUid}" -> {
                    return services.events().findByTrip(services.trips().findSample().orElseThrow().id()).get(0)
                            .uid();
                }
                case "{missingId}" -> {
                    return 987_654_321L;
                }
                default -> {
                    // a plain value
                }
            }
        }
        return text;
    }

    Record insert(Services services, Record record) {
        if (record instanceof Trip trip) {
            return services.trips().insert(trip);
        } else if (record instanceof Member member) {
            return services.members().insert(member);
        } else if (record instanceof Institution institution) {
            return services.institutions().insert(institution);
        } else if (record instanceof Contact contact) {
            return services.contacts().insert(contact);
        } else if (record instanceof Partnership partnership) {
            return services.partnerships().insert(partnership);
        } else if (record instanceof Event event) {
            return services.events().insert(event);
        } else if (record instanceof Closure closure) {
            return services.institutions().insertClosure(closure);
        } else if (record instanceof OpeningHours hours) {
            services.institutions().replaceOpeningHours(hours.institutionId(), List.of(hours));
            return hours;
        }
        throw new IllegalArgumentException("cannot store " + record);
    }

    Record readBack(Services services, Record stored) {
        if (stored instanceof Trip trip) {
            return services.trips().findById(trip.id()).orElseThrow();
        } else if (stored instanceof Member member) {
            return services.members().findAll().stream().filter(m -> m.id() == member.id()).findFirst()
                    .orElseThrow();
        } else if (stored instanceof Institution institution) {
            return services.institutions().findById(institution.id()).orElseThrow();
        } else if (stored instanceof Contact contact) {
            return services.contacts().findAll().stream().filter(c -> c.id() == contact.id()).findFirst()
                    .orElseThrow();
        } else if (stored instanceof Partnership partnership) {
            return services.partnerships().findAll().stream().filter(p -> p.id() == partnership.id()).findFirst()
                    .orElseThrow();
        } else if (stored instanceof Event event) {
            return services.events().findByTrip(event.tripId()).stream().filter(e -> e.id() == event.id())
                    .findFirst().orElseThrow();
        } else if (stored instanceof Closure closure) {
            return services.institutions().closures(closure.institutionId()).stream()
                    .filter(c -> c.id() == closure.id()).findFirst().orElseThrow();
        } else if (stored instanceof OpeningHours hours) {
            return services.institutions().openingHours(hours.institutionId()).get(0);
        }
        throw new IllegalArgumentException("cannot read " + stored);
    }

    static void copyData(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(from.resolve("visit-planner.mv.db"), to.resolve("visit-planner.mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteBackups(Path data) throws IOException {
        Path backups = data.resolve("backups");
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
