package org.visitplanner.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.directory.OpeningHoursFormat;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.SafeFileNames;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.Trip;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;
import org.visitplanner.support.OtherInstance;

/**
 * The bad-input corpus: every case under {@code src/test/resources/bad-input/} (see its README) must give one clear
 * sentence and leave the data exactly as it was, compared with a full dump of every table before and after (or,
 * for data that cannot be opened, the file byte for byte).
 */
@Tag("slow")
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Corpus corpus;

    @BeforeAll
    static void prepare() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        corpus = new Corpus(shared);
    }

    @AfterAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theCorpusHasAtLeastTwoHundredCasesAndEveryFileIsDescribed() throws IOException {
        int cases = 0;
        for (String manifest : List.of("cli.json", "data-folders.json", "values.json", "opening-hours.json",
                "file-names.json", "csv/manifest.json", "ics/manifest.json")) {
            cases += JSON.readTree(CORPUS.resolve(manifest).toFile()).size();
        }
        assertThat(cases).isGreaterThanOrEqualTo(200);
        for (String folder : List.of("csv", "ics")) {
            Set<String> described = new TreeSet<>();
            JSON.readTree(CORPUS.resolve(folder).resolve("manifest.json").toFile())
                    .forEach(c -> described.add(c.path("file").asText()));
            try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
                Set<String> present = new TreeSet<>(files.map(p -> p.getFileName().toString())
                        .filter(name -> !name.equals("manifest.json")).toList());
                described.removeIf(name -> name.startsWith("generated:"));
                assertThat(present).as(folder + " files without a case, or cases without a file")
                        .isEqualTo(described);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> commandLineArguments() throws IOException {
        return cases("cli.json").map(c -> DynamicTest.dynamicTest(c.path("id").asText(), () -> command(c)));
    }

    @TestFactory
    Stream<DynamicTest> hostileDataFolders() throws IOException {
        return cases("data-folders.json").map(c -> DynamicTest.dynamicTest(c.path("id").asText(), () -> command(c)));
    }

    @TestFactory
    Stream<DynamicTest> outOfRangeValues() throws IOException {
        Services services = corpus.values();
        return cases("values.json").map(c -> DynamicTest.dynamicTest(c.path("id").asText(),
                () -> value(services, c)));
    }

    @TestFactory
    Stream<DynamicTest> openingHoursTexts() throws IOException {
        return cases("opening-hours.json").map(c -> DynamicTest.dynamicTest(c.path("id").asText(),
                () -> openingHours(c)));
    }

    @TestFactory
    Stream<DynamicTest> hostileFileNames() throws IOException {
        return cases("file-names.json").map(c -> DynamicTest.dynamicTest(c.path("id").asText(), () -> {
            String name = c.path("name").asText();
            String safe = SafeFileNames.sanitise(name);
            assertThat(safe).isEqualTo(c.path("expected").asText());
            assertThat(safe.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(SafeFileNames.MAX_BYTES);
            Path folder = shared.resolve("attachments");
            assertThat(SafeFileNames.resolveInside(folder, name).getParent())
                    .isEqualTo(folder.toAbsolutePath().normalize());
        }));
    }

    @TestFactory
    Stream<DynamicTest> importedCsvFiles() throws IOException {
        return cases("csv/manifest.json").map(c -> DynamicTest.dynamicTest(c.path("file").asText(),
                () -> imported("csv", c)));
    }

    @TestFactory
    Stream<DynamicTest> importedCalendarFiles() throws IOException {
        return cases("ics/manifest.json").map(c -> DynamicTest.dynamicTest(c.path("file").asText(),
                () -> imported("ics", c)));
    }

    private static Stream<JsonNode> cases(String manifest) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(CORPUS.resolve(manifest).toFile()).forEach(list::add);
        return list.stream();
    }

    // ---------------------------------------------------------------- commands and data folders

    private static void command(JsonNode c) throws Exception {
        try (Corpus.Case setup = corpus.setUp(c.path("setup").asText("sample"), c.path("id").asText())) {
            command(c, setup);
        }
    }

    private static void command(JsonNode c, Corpus.Case setup) throws Exception {
        List<String> args = new ArrayList<>();
        if (c.path("prefix").asBoolean(true)) {
            args.addAll(List.of("--data-dir", setup.data().toString(), "--lang", "en"));
        }
        c.path("args").forEach(a -> args.add(corpus.resolve(a.asText(), setup)));
        Map<String, String> environment = new HashMap<>();
        c.path("env").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));

        Run run;
        try (AutoCloseable held = c.path("locked").asBoolean() ? OtherInstance.holding(setup.data()) : () -> { }) {
            run = run(args, environment);
        }

        int expectedExit = c.path("exit").asInt();
        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isEqualTo(expectedExit);
        if (expectedExit != 0) {
            assertThat(run.out()).as("nothing on stdout").isEmpty();
            assertClearSentence(run.err().strip());
            assertThat(run.err().lines()).as("one line on stderr").hasSize(1);
            assertThat(run.err()).contains(corpus.resolve(c.path("stderr").asText(), setup));
        } else {
            assertThat(run.err()).as("stderr").isEmpty();
            assertThat(run.out()).contains(corpus.resolve(c.path("stdout").asText(""), setup));
        }
        corpus.assertUnchanged(setup, c.path("unchanged").asText("dump"));
        for (JsonNode absent : c.path("absent")) {
            assertThat(Path.of(corpus.resolve(absent.asText(), setup))).as("nothing written there").doesNotExist();
        }
    }

    private static Run run(List<String> args, Map<String, String> environment) {
        Run run = Headless.run(environment, (directory, language) -> fail("a command must never open the window"),
                args.toArray(String[]::new));
        Messages.setLocale(Locale.ENGLISH);
        return run;
    }

    /** One plain sentence: no stack trace, no class or SQL, no placeholder left, not a wall of text. */
    static void assertClearSentence(String message) {
        assertThat(message).as("a message").isNotBlank();
        assertThat(message).doesNotContain("Exception", "\tat ", "org.", "java.", "SQL", "{0}", "{1}");
        assertThat(message.length()).as("length of: " + message).isLessThanOrEqualTo(450);
    }

    // ---------------------------------------------------------------- imported files

    private static void imported(String folder, JsonNode c) throws Exception {
        try (Corpus.Case setup = corpus.setUp("sample", folder + "-" + c.path("file").asText())) {
            imported(folder, c, setup);
        }
    }

    private static void imported(String folder, JsonNode c, Corpus.Case setup) throws Exception {
        Path file = corpus.importFile(folder, c);
        List<String> args = new ArrayList<>(List.of("--data-dir", setup.data().toString(), "--lang", "en"));
        c.path("args").forEach(a -> args.add(a.asText().replace("{file}", file.toString())));
        Run run = run(args, Map.of());
        int expectedExit = c.path("exit").asInt();
        assertThat(run.exitCode()).as("exit code; stderr: " + run.err()).isEqualTo(expectedExit);
        if (expectedExit != 0) {
            assertThat(run.err().lines()).as("one line on stderr").hasSize(1);
            assertClearSentence(run.err().strip());
        }
        if (c.has("stdout")) {
            assertThat(run.out()).contains(c.path("stdout").asText());
        }
        if (c.has("stderr")) {
            assertThat(run.err()).containsIgnoringCase(c.path("stderr").asText());
        }
        if (c.path("unchanged").asBoolean(true)) {
            corpus.assertUnchanged(setup, "dump");
        }
    }

    // ---------------------------------------------------------------- values of the model and repositories

    private static final Map<String, Class<? extends Record>> ENTITIES = Map.of(
            "trip", Trip.class, "member", Member.class, "institution", Institution.class, "contact", Contact.class,
            "partnership", Partnership.class, "event", Event.class, "closure", Closure.class,
            "openingHours", OpeningHours.class);

    private static void value(Services services, JsonNode c) throws Exception {
        String entity = c.path("entity").asText();
        Map<String, Object> fields = new LinkedHashMap<>(corpus.defaults(services, entity));
        Iterator<Map.Entry<String, JsonNode>> set = c.path("set").fields();
        Map<String, Object> wanted = new LinkedHashMap<>();
        while (set.hasNext()) {
            Map.Entry<String, JsonNode> field = set.next();
            Object value = corpus.value(field.getValue(), services);
            fields.put(field.getKey(), value);
            wanted.put(field.getKey(), value);
        }
        String before = DatabaseDump.text(services.database());
        String expect = c.path("expect").asText();
        Record record;
        try {
            record = build(ENTITIES.get(entity), fields);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException refused) {
            assertThat(expect).as("the model refused: " + refused.getMessage()).isEqualTo("invalid");
            assertThat(refused.getMessage()).as("the model says what is wrong").isNotBlank()
                    .containsIgnoringCase(c.path("message").asText(""));
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            return;
        }
        assertThat(expect).as("the model accepted the values").isNotEqualTo("invalid");
        try {
            Record stored = corpus.insert(services, record);
            assertThat(expect).as("stored").isEqualTo("stored");
            Record readBack = corpus.readBack(services, stored);
            for (Map.Entry<String, Object> field : wanted.entrySet()) {
                Object found = component(readBack, field.getKey());
                if (found instanceof Number number && field.getValue() instanceof Number expected) {
                    assertThat(number.doubleValue()).as(field.getKey() + " read back")
                            .isEqualTo(expected.doubleValue());
                } else {
                    assertThat(found).as(field.getKey() + " read back").isEqualTo(field.getValue());
                }
            }
        } catch (DataProblem problem) {
            assertThat(expect).as("refused with: " + problem.userMessage()).isEqualTo("refused");
            assertThat(problem.kind()).isEqualTo(DataProblem.Kind.REFUSED);
            assertClearSentence(problem.userMessage());
            if (c.has("message")) {
                assertThat(problem.userMessage()).isEqualTo(c.path("message").asText());
            }
            assertThat(DatabaseDump.text(services.database())).as("the data is exactly as before").isEqualTo(before);
        }
    }

    static Record build(Class<? extends Record> type, Map<String, Object> fields) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String name = components[i].getName();
            if (name.equals("coordinates")) {
                Object latitude = fields.get("latitude");
                Object longitude = fields.get("longitude");
                args[i] = latitude == null && longitude == null ? null
                        : newCoordinates(latitude, longitude);
            } else {
                args[i] = convert(fields.get(name), types[i]);
            }
        }
        Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static Coordinates newCoordinates(Object latitude, Object longitude) {
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException("latitude " + latitude + " without longitude " + longitude);
        }
        return new Coordinates(((Number) latitude).doubleValue(), ((Number) longitude).doubleValue());
    }

    private static Object convert(Object value, Class<?> type) {
        if (value == null) {
            return type == long.class ? 0L : type == int.class ? 0 : type == boolean.class ? false : null;
        }
        if (type.isInstance(value) || type == long.class || type == int.class || type == boolean.class
                || type == double.class) {
            if (type == long.class) {
                return ((Number) value).longValue();
            }
            if (type == int.class) {
                return ((Number) value).intValue();
            }
            return value;
        }
        String text = value.toString();
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        }
        if (type == ZoneId.class) {
            return ZoneId.of(text);
        }
        if (type == java.time.LocalTime.class) {
            return java.time.LocalTime.parse(text);
        }
        if (type == Long.class) {
            return ((Number) value).longValue();
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("no " + type.getSimpleName() + " " + text);
        }
        return value;
    }

    static Object component(Record record, String name) throws Exception {
        if (name.equals("latitude") || name.equals("longitude")) {
            Coordinates coordinates = (Coordinates) component(record, "coordinates");
            return coordinates == null ? null : name.equals("latitude") ? coordinates.latitude()
                    : coordinates.longitude();
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Object value = component.getAccessor().invoke(record);
                return value instanceof ZoneId || value instanceof LocalDate || value instanceof LocalDateTime
                        || value instanceof Enum<?> ? value.toString() : value;
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + record.getClass().getSimpleName());
    }

    // ---------------------------------------------------------------- opening hours

    private static void openingHours(JsonNode c) throws Exception {
        String text = (String) corpus.value(c.path("text"), null);
        String expect = c.path("expect").asText();
        try {
            List<OpeningHours> hours = OpeningHoursFormat.parse(1, text);
            assertThat(expect).as("parsed into " + hours).isEqualTo("ok");
            assertThat(hours).hasSize(c.path("spans").asInt());
            // What is read back is written back the same way, and read again the same.
            assertThat(OpeningHoursFormat.parse(1, OpeningHoursFormat.format(hours)))
                    .containsExactlyInAnyOrderElementsOf(hours);
        } catch (OpeningHoursFormat.ParseException e) {
            assertThat(e.problem().messageKey()).as("refused: " + e.getMessage()).isEqualTo(expect);
            String sentence = Messages.get(e.problem().messageKey(), e.problem().fragment());
            assertClearSentence(sentence.length() > 450 ? sentence.substring(0, 450) : sentence);
            if (c.has("fragment")) {
                assertThat(e.problem().fragment()).contains(c.path("fragment").asText());
            }
            assertThat(OpeningHoursFormat.check(text)).contains(e.problem());
        }
    }
}
