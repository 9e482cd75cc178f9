package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.model.Event;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.Trip;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

/**
 * The trip's calendar file goes out and comes back through the real {@code export} and {@code import} commands, as
 * the secretary (or a colleague's calendar program) would do it: nothing changes, however often, and calendars see
 * the changes that matter. An independent reader (Debian's python3-icalendar, and python3-vobject for a second
 * program that saves the file again) checks what the file says.
 */
@Tag("slow")
class CalendarRoundTripTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path temp;

    private Path data;
    private String tripId;

    private Run run(Path dataDir, String... args) {
        return Headless.run(Headless.inEnglish(dataDir, args));
    }

    private Run run(String... args) {
        return run(data, args);
    }

    @BeforeEach
    void loadTheSample() {
        data = temp.resolve("data");
        tripId = run("sample").out().strip();
    }

    private Path export(String name) {
        Path file = temp.resolve(name);
        Run run = run("export", tripId, "--format", "ics", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    private void importInto(Path file, String trip) {
        Run run = run("import", file.toString(), "--trip", trip);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(trip);
    }

    private String dump() {
        try (Services services = Services.open(data)) {
            return DatabaseDump.text(services.database());
        }
    }

    /** The file without its DTSTAMP lines (the moment of export differs by nature). */
    private static String withoutStamps(Path ics) throws IOException {
        return Files.readString(ics).replaceAll("(?m)^DTSTAMP:.*\r\n", "");
    }

    @Test
    void exportImportExportChangesNeitherTheFileNorTheDataHoweverOften() throws IOException {
        Path first = export("first.ics");
        String dataBefore = dump();
        for (int round = 1; round <= 3; round++) {
            importInto(first, tripId);
            assertThat(dump()).as("the data after round " + round).isEqualTo(dataBefore);
            Path again = export("round-" + round + ".ics");
            assertThat(withoutStamps(again)).as("round " + round).isEqualTo(withoutStamps(first));
            first = again;
        }
        String text = Files.readString(first);
        assertThat(text).contains("X-VISITPLANNER-KIND:OTHER", "SUMMARY:Delegation debrief", "SEQUENCE:0",
                "X-VISITPLANNER-HOST;CN=Julien Bernard:", "DESCRIPTION:Hosts: Julien Bernard (+33 1 99 00 01 02)");
        assertThat(text.split("DESCRIPTION:Hosts:", -1)).as("one hosts line per event with hosts").hasSize(17);
    }

    @Test
    void theStampIsTheMomentOfExportAndChangesOfTimePlaceOrTitleRaiseTheSequence() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Path first = export("first.ics");
        Instant after = Instant.now().plusSeconds(1);
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        String stamp = Files.readString(first).lines().filter(l -> l.startsWith("DTSTAMP:")).findFirst().orElseThrow()
                .substring(8);
        Instant stamped = Instant.from(utc.parse(stamp));
        assertThat(stamped).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), after);

        String uid = "sample-2025-speit-02@visitplanner";
        try (Services services = Services.open(data)) {
            Event event = services.events().findByUid(uid).orElseThrow();
            Event notesOnly = services.events().update(new Event(event.id(), event.tripId(), event.uid(), event.kind(),
                    event.title(), event.start(), event.end(), event.zone(), event.institutionId(), event.location(),
                    event.status(), "Bring the signed letter.", event.participantIds(), event.hostIds(),
                    event.version()));
            services.events().update(new Event(event.id(), event.tripId(), event.uid(), event.kind(),
                    event.title(), event.start().plusMinutes(30), event.end().plusMinutes(30), event.zone(),
                    event.institutionId(), event.location(), event.status(), notesOnly.notes(),
                    event.participantIds(), event.hostIds(), notesOnly.version()));
        }
        Path moved = export("moved.ics");
        Map<String, String> read = python("""
                import icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                for e in cal.walk('VEVENT'):
                    print(str(e['UID']), int(e.get('SEQUENCE', 0)), e['DTSTART'].dt.isoformat(),
                          e['LAST-MODIFIED'].dt.isoformat())
                """, moved);
        assertThat(read.get(uid)).startsWith("1 2025-12-08T12:00:00+01:00");
        assertThat(read.get("sample-2025-speit-01@visitplanner")).startsWith("0 2025-12-08T09:30:00+01:00");
        Instant modified = Instant.parse(read.get(uid).split(" ")[2].replace("+00:00", "Z"));
        assertThat(modified).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        // A calendar program that counted more changes is believed; the round trip then keeps its number.
        Path edited = temp.resolve("edited.ics");
        StringBuilder text = new StringBuilder();
        for (String block : Files.readString(moved).split("(?=BEGIN:VEVENT)")) {
            text.append(block.contains("UID:" + uid) ? block.replace("SEQUENCE:1\r\n", "SEQUENCE:4\r\n") : block);
        }
        Files.writeString(edited, text);
        importInto(edited, tripId);
        assertThat(Files.readString(export("after-edit.ics"))).contains("SEQUENCE:4");
    }

    @Test
    void linesAreFoldedAtSeventyFiveOctetsNeverInsideACharacter() throws Exception {
        Path ics = export("trip.ics");
        byte[] bytes = Files.readAllBytes(ics);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
            }
        }
        assertThat(start).as("every line ends with CRLF").isEqualTo(bytes.length);
        int folded = 0;
        for (byte[] line : lines) {
            assertThat(line.length).as(new String(line, StandardCharsets.UTF_8)).isLessThanOrEqualTo(75);
            // Each physical line is whole UTF-8 on its own: no character was cut by the fold.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line));
            folded += line.length > 0 && line[0] == ' ' ? 1 : 0;
        }
        assertThat(folded).as("long lines with accents and Chinese are folded").isGreaterThan(10);
        // The independent reader unfolds them into the very texts of the trip.
        Map<String, String> read = python("""
                import icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                for e in cal.walk('VEVENT'):
                    print(str(e['UID']), str(e.get('LOCATION', '')))
                """, ics);
        assertThat(read.get("sample-2025-speit-03@visitplanner"))
                .isEqualTo("École Nationale Supérieure de Techniques Avancées, 828 boulevard des Maréchaux, "
                        + "91120 Palaiseau");
    }

    @Test
    void aFileSavedAgainByOtherCalendarProgramsImportsWithoutChangingAnything() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "Debian's python3 is installed by .ci/run");
        Path first = export("first.ics");
        String dataBefore = dump();
        String icalendar = """
                import icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                open(sys.argv[2], 'wb').write(cal.to_ical())
                """;
        String vobject = """
                import vobject, sys
                cal = vobject.readOne(open(sys.argv[1], encoding='utf-8').read())
                open(sys.argv[2], 'w', encoding='utf-8', newline='').write(cal.serialize())
                """;
        // As Thunderbird saves an event: its own PRODID and bookkeeping, attendee parameters, another order of the
        // properties, line feeds only.
        String thunderbird = """
                import icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                cal['PRODID'] = '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'
                for e in cal.walk('VEVENT'):
                    e.add('X-MOZ-GENERATION', '2')
                    e.add('CREATED', e['LAST-MODIFIED'].dt)
                    for a in e.get('ATTENDEE', []) if isinstance(e.get('ATTENDEE'), list) else [e.get('ATTENDEE')]:
                        if a is not None:
                            a.params['PARTSTAT'] = 'NEEDS-ACTION'
                            a.params['RSVP'] = 'FALSE'
                            a.params['CUTYPE'] = 'INDIVIDUAL'
                    items = list(e.property_items(recursive=False))
                    for key in list(e.keys()):
                        del e[key]
                    for key, value in reversed(items[1:-1]):
                        e.add(key, value, encode=False)
                open(sys.argv[2], 'wb').write(cal.to_ical().replace(b'\\r\\n', b'\\n'))
                """;
        for (Map.Entry<String, String> program : Map.of("icalendar", icalendar, "vobject", vobject,
                "thunderbird", thunderbird).entrySet()) {
            Path resaved = temp.resolve(program.getKey() + ".ics");
            String output = pythonRun(program.getValue(), first, resaved);
            assumeTrue(!output.contains("No module named"), output);
            assertThat(Files.exists(resaved)).as(program.getKey() + ": " + output).isTrue();
            importInto(resaved, tripId);
            assertThat(dump()).as(program.getKey()).isEqualTo(dataBefore);
            assertThat(withoutStamps(export(program.getKey() + "-again.ics"))).as(program.getKey())
                    .isEqualTo(withoutStamps(first));
        }
    }

    @Test
    void intoDataWithoutTheInstitutionsJourneysKeepTheirTimesFromGeo() throws Exception {
        Path ics = export("trip.ics");
        Map<String, String> legsHere;
        try (Services services = Services.open(data)) {
            legsHere = legs(services.itinerary().load(Long.parseLong(tripId)).orElseThrow());
        }
        Path elsewhere = temp.resolve("elsewhere");
        Run created = run(elsewhere, "import", ics.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        long newTrip = Long.parseLong(created.out().strip());
        try (Services services = Services.open(elsewhere)) {
            Trip trip = services.trips().findById(newTrip).orElseThrow();
            assertThat(trip.venueZone()).isEqualTo(ZoneId.of("Europe/Paris"));
            Itinerary itinerary = services.itinerary().load(newTrip).orElseThrow();
            assertThat(legs(itinerary)).as("the same journeys with the same times").isEqualTo(legsHere)
                    .hasSizeGreaterThan(5);
            // Kinds, statuses and hosts' names come back too (the hosts as text: there are no contacts here).
            Event debrief = services.events().findByUid("sample-2025-speit-18@visitplanner").orElseThrow();
            assertThat(debrief.kind().name()).isEqualTo("OTHER");
            Event ensta = services.events().findByUid("sample-2025-speit-03@visitplanner").orElseThrow();
            assertThat(ensta.notes()).startsWith("Hosts: Julien Bernard");
        }
        // And that data exports the same positions again.
        Path again = temp.resolve("again.ics");
        assertThat(run(elsewhere, "export", Long.toString(newTrip), "--format", "ics", "--out", again.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(again)).contains("GEO:48.7117;2.2196");
    }

    /** The journeys of an itinerary: "from uid → to uid" to "mode minutes". */
    private static Map<String, String> legs(Itinerary itinerary) {
        Map<String, String> legs = new java.util.TreeMap<>();
        for (TravelLeg leg : itinerary.legs()) {
            legs.put(itinerary.event(leg.fromEventId()).orElseThrow().uid() + " → "
                    + itinerary.event(leg.toEventId()).orElseThrow().uid(), leg.mode() + " " + leg.minutes());
        }
        return legs;
    }

    /** Runs a Python script on the file; its lines "UID rest" as a map. Skipped when python3-icalendar is missing. */
    private static Map<String, String> python(String script, Path file) throws Exception {
        String output = pythonRun(script, file, null);
        Map<String, String> byUid = new java.util.HashMap<>();
        output.lines().forEach(line -> {
            int space = line.indexOf(' ');
            byUid.put(line.substring(0, space), line.substring(space + 1));
        });
        return byUid;
    }

    private static String pythonRun(String script, Path file, Path target) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "Debian's python3 with python3-icalendar is installed by .ci/run");
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script, file.toString()));
        if (target != null) {
            command.add(target.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!output.contains("No module named"), "python3-icalendar or python3-vobject is not installed");
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
