package org.visitplanner.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import org.visitplanner.app.Services;

/**
 * Makes a 10-year archive in a data folder, for the start-up benchmark (bench/startup.sh): the sample trip, then 200
 * trips of 5 days from 2016 on, 20,000 events (the last trip, the newest, has 2,000; the others about 90), each event
 * with a short note and a meeting record with about 2 KB of notes in English, French and Chinese, plus outcomes and
 * day notes: 50,000 notes in all. 300 institutions with 3 contacts each, 40 members.
 *
 * <pre>java -cp … org.visitplanner.bench.ArchiveGenerator DATA_FOLDER</pre>
 */
public final class ArchiveGenerator {

    static final int TRIPS = 200;
    static final int EVENTS = 20_000;
    static final int LARGE_TRIP_EVENTS = 2_000;
    static final int INSTITUTIONS = 300;
    static final int MEMBERS = 40;
    /** Meeting notes and event notes (one each per event), then outcomes and day notes up to 50,000. */
    static final int NOTES = 50_000;

    private ArchiveGenerator() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long started = System.nanoTime();
        try (Services services = Services.open(folder)) {
            services.sampleTrip().loadIfDatabaseEmpty();
            generate(services);
        }
        System.out.printf("archive in %s: %d trips, %d events, %d notes, in %.0f s%n", folder, TRIPS + 1, EVENTS,
                NOTES, (System.nanoTime() - started) / 1e9);
    }

    private static void generate(Services services) {
        services.database().withConnection(connection -> {
            connection.setAutoCommit(false);
            Random random = new Random(2026);
            long firstInstitution = nextId(connection, "institution");
            try (PreparedStatement institution = connection.prepareStatement("INSERT INTO institution (official_name,"
                    + " english_name, chinese_name, short_name, kind, relation, address, city, country, latitude,"
                    + " longitude) VALUES (?, ?, ?, ?, 'UNIVERSITY', 'PARTNER', ?, 'Paris', 'France', ?, ?)");
                 PreparedStatement contact = connection.prepareStatement(
                         "INSERT INTO contact (institution_id, name_latin, title, email) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < INSTITUTIONS; i++) {
                    institution.setString(1, "Établissement " + i + " " + Words.french(random, 2));
                    institution.setString(2, "Institution " + i);
                    institution.setString(3, "学校" + i);
                    institution.setString(4, "E" + i);
                    institution.setString(5, (i + 1) + " rue " + Words.french(random, 1));
                    institution.setDouble(6, 48.80 + random.nextDouble() * 0.12);
                    institution.setDouble(7, 2.25 + random.nextDouble() * 0.2);
                    institution.addBatch();
                }
                institution.executeBatch();
                for (int i = 0; i < INSTITUTIONS; i++) {
                    for (int c = 0; c < 3; c++) {
                        contact.setLong(1, firstInstitution + i);
                        contact.setString(2, "Contact " + i + "-" + c);
                        contact.setString(3, "Directeur des relations internationales");
                        contact.setString(4, "contact" + i + "-" + c + "@example.org");
                        contact.addBatch();
                    }
                }
                contact.executeBatch();
            }
            long firstMember = nextId(connection, "member");
            try (PreparedStatement member = connection.prepareStatement(
                    "INSERT INTO member (name_latin, name_chinese, role) VALUES (?, ?, 'MEMBER')")) {
                for (int i = 0; i < MEMBERS; i++) {
                    member.setString(1, "Member " + i);
                    member.setString(2, "成员" + i);
                    member.addBatch();
                }
                member.executeBatch();
            }
            connection.commit();

            long firstTrip = nextId(connection, "trip");
            LocalDate start = LocalDate.of(2016, 1, 11);
            try (PreparedStatement trip = connection.prepareStatement("INSERT INTO trip (name, first_day, last_day,"
                    + " venue_zone, home_zone) VALUES (?, ?, ?, 'Europe/Paris', 'Asia/Shanghai')");
                 PreparedStatement tripMember = connection.prepareStatement(
                         "INSERT INTO trip_member (trip_id, member_id, position) VALUES (?, ?, ?)")) {
                for (int t = 0; t < TRIPS; t++) {
                    LocalDate first = start.plusWeeks(t * 52L / 20);
                    trip.setString(1, "Delegation " + (t + 1) + " to France, " + first);
                    trip.setObject(2, first);
                    trip.setObject(3, first.plusDays(4));
                    trip.addBatch();
                    for (int m = 0; m < 6; m++) {
                        tripMember.setLong(1, firstTrip + t);
                        tripMember.setLong(2, firstMember + (t + m * 7) % MEMBERS);
                        tripMember.setInt(3, m);
                        tripMember.addBatch();
                    }
                }
                trip.executeBatch();
                tripMember.executeBatch();
            }
            connection.commit();

            long firstEvent = nextId(connection, "event");
            long firstRecord = nextId(connection, "meeting_record");
            int notes = 0;
            try (PreparedStatement event = connection.prepareStatement(
                         "INSERT INTO event (trip_id, uid, kind, title, starts_at, ends_at, zone, institution_id, "
                         + "notes) VALUES (?, ?, ?, ?, ?, ?, 'Europe/Paris', ?, ?)");
                 PreparedStatement participant = connection.prepareStatement(
                         "INSERT INTO event_participant (event_id, member_id) VALUES (?, ?)");
                 PreparedStatement record = connection.prepareStatement(
                         "INSERT INTO meeting_record (event_id, agenda, notes) VALUES (?, ?, ?)")) {
                int made = 0;
                for (int t = 0; t < TRIPS; t++) {
                    int count = t == TRIPS - 1 ? LARGE_TRIP_EVENTS
                            : (EVENTS - LARGE_TRIP_EVENTS) / (TRIPS - 1)
                                    + (t < (EVENTS - LARGE_TRIP_EVENTS) % (TRIPS - 1) ? 1 : 0);
                    LocalDate first = start.plusWeeks(t * 52L / 20);
                    for (int e = 0; e < count; e++) {
                        long id = firstEvent + made;
                        // Spread over the 5 days and 8:00–20:00 in 1-hour slots; large trips overlap (parallel visits).
                        LocalDateTime at = first.plusDays(e % 5).atTime(8 + (e / 5) % 12, (e / 60) % 4 * 15);
                        event.setLong(1, firstTrip + t);
                        event.setString(2, "archive-" + id + "@visitplanner");
                        event.setString(3, e % 6 == 5 ? "MEAL" : "MEETING");
                        event.setString(4, "Meeting " + (e + 1) + " — " + Words.english(random, 3));
                        event.setTimestamp(5, Timestamp.valueOf(at));
                        event.setTimestamp(6, Timestamp.valueOf(at.plusMinutes(50)));
                        event.setLong(7, firstInstitution + random.nextInt(INSTITUTIONS));
                        event.setString(8, Words.english(random, 40));
                        event.addBatch();
                        for (int p = 0; p < 3; p++) {
                            participant.setLong(1, id);
                            participant.setLong(2, firstMember + (t + p * 7) % MEMBERS);
                            participant.addBatch();
                        }
                        record.setLong(1, id);
                        record.setString(2, "1. " + Words.english(random, 6) + "\n2. " + Words.french(random, 6));
                        record.setString(3, Words.note(random));
                        record.addBatch();
                        notes += 2;
                        made++;
                        if (made % 500 == 0) {
                            event.executeBatch();
                            participant.executeBatch();
                            record.executeBatch();
                            connection.commit();
                        }
                    }
                }
                event.executeBatch();
                participant.executeBatch();
                record.executeBatch();
                connection.commit();
            }
            try (PreparedStatement dayNote = connection.prepareStatement(
                    "INSERT INTO day_note (trip_id, note_day, notes) VALUES (?, ?, ?)")) {
                for (int t = 0; t < TRIPS; t++) {
                    for (int d = 0; d < 5; d++) {
                        dayNote.setLong(1, firstTrip + t);
                        dayNote.setObject(2, start.plusWeeks(t * 52L / 20).plusDays(d));
                        dayNote.setString(3, Words.french(random, 30));
                        dayNote.addBatch();
                        notes++;
                    }
                }
                dayNote.executeBatch();
            }
            try (PreparedStatement outcome = connection.prepareStatement(
                    "INSERT INTO outcome (meeting_id, type, text, position) VALUES (?, ?, ?, ?)")) {
                String[] types = {"AGREEMENT", "CONSENSUS", "DECISION", "FOLLOW_UP", "INFORMATION"};
                for (int o = 0; notes < NOTES; o++, notes++) {
                    outcome.setLong(1, firstRecord + o % EVENTS);
                    outcome.setString(2, types[o % types.length]);
                    outcome.setString(3, Words.english(random, 25));
                    outcome.setInt(4, o / EVENTS);
                    outcome.addBatch();
                    if (o % 1000 == 999) {
                        outcome.executeBatch();
                    }
                }
                outcome.executeBatch();
            }
            connection.commit();
            // The search queue the triggers filled describes an index that was never built; a real archive's index
            // is up to date, so the queue is emptied and the index built by the first search.
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM search_pending");
            }
            connection.commit();
            return null;
        });
    }

    private static long nextId(java.sql.Connection connection, String table) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Words in three languages for generated text. */
    private static final class Words {
        private static final String[] FRENCH = ("accord partenariat étudiants échange double diplôme programme "
                + "calendrier sélection laboratoire recherche stage entreprise hébergement bourse mobilité séjour "
                + "immersion classe préparatoire lycée école ingénieur comité pilotage").split(" ");
        private static final String[] ENGLISH = ("agreement partnership students exchange dual degree programme "
                + "schedule selection laboratory research internship company housing scholarship mobility stay "
                + "immersion preparatory class school engineering steering committee follow-up").split(" ");
        private static final String[] CHINESE = "合作 协议 学生 交换 双学位 项目 选拔 时间表 会议 代表团 学校 大学".split(" ");

        static String french(Random random, int count) {
            return pick(random, FRENCH, count, " ");
        }

        static String english(Random random, int count) {
            return pick(random, ENGLISH, count, " ");
        }

        /** About 2 KB in three languages. */
        static String note(Random random) {
            StringBuilder note = new StringBuilder(2200);
            while (note.length() < 1700) {
                switch (random.nextInt(3)) {
                    case 0 -> note.append("- ").append(english(random, 14)).append(".\n");
                    case 1 -> note.append("- ").append(french(random, 12)).append(".\n");
                    default -> note.append("- ").append(pick(random, CHINESE, 10, "")).append("。\n");
                }
            }
            return note.toString();
        }

        private static String pick(Random random, String[] words, int count, String separator) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(i == 0 ? "" : separator).append(words[random.nextInt(words.length)]);
            }
            return text.toString();
        }
    }
}
