package org.visitplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.visitplanner.app.Services;
import org.visitplanner.logic.search.SearchService;

/**
 * Search benchmark (run by hand, not by {@code mvn verify}): an archive of generated meeting notes (50 000 by
 * default, about 2 KB each, mixed French, English and Chinese) in a real data directory; the full-text index against
 * a {@code LIKE} scan of the same notes.
 *
 * <pre>
 *   mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.visitplanner.bench.SearchBenchmark \
 *       [NOTES [DIR]]
 * </pre>
 * With DIR the generated data is kept there and reused by the next run (to measure again without regenerating).
 */
public final class SearchBenchmark {

    private static final String[] FRENCH = ("accord partenariat étudiants échange double diplôme programme "
            + "sélection calendrier réunion délégation école université lycée laboratoire recherche stage entreprise "
            + "enseignants mathématiques physique classe séjour immersion convention signature présentation budget "
            + "candidature dossier logement visite campus doyen directeur relations internationales coopération "
            + "formation ingénieur semestre cours crédits évaluation jury admission réunion suivi compte rendu "
            + "proposition calendrier modalités financement bourse mobilité accueil hébergement").split(" ");
    private static final String[] ENGLISH = ("agreement partnership students exchange dual degree programme "
            + "selection schedule meeting delegation school university laboratory research internship company "
            + "teachers mathematics physics class stay immersion signature presentation budget application housing "
            + "visit campus dean director international relations cooperation training engineering semester courses "
            + "credits assessment admission follow-up minutes proposal funding scholarship mobility welcome "
            + "curriculum alignment timeline deliverables contact steering committee").split(" ");
    private static final String[] CHINESE = ("合作 协议 学生 交换 双学位 项目 选拔 时间表 会议 代表团 学校 大学 "
            + "中学 实验室 研究 实习 企业 教师 数学 物理 班级 访问 校园 院长 主任 国际 关系 培训 工程师 学期 课程 "
            + "学分 评估 录取 跟进 纪要 建议 资金 奖学金 交流 接待 住宿 笛卡尔班 课程对接 选拔流程").split(" ");
    private static final String[] NAMES = {"Polytechnique", "ENSTA", "Télécom Paris", "Mines Paris",
            "Polytech Paris-Saclay", "École des Ponts", "Louis-le-Grand", "Henri-IV", "Albert School", "EIVP",
            "SupBioTech", "Sorbonne", "CentraleSupélec", "INSA Lyon", "Grenoble INP"};

    /** CPU time per query as well as wall-clock time: on a shared machine the second also measures the others. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        // A second argument keeps the generated data in that folder and reuses it on the next run.
        boolean keep = args.length > 1;
        Path directory = keep ? Path.of(args[1]) : Files.createTempDirectory("visit-planner-bench-");
        boolean reuse = keep && Files.exists(directory.resolve("visit-planner.mv.db"));
        try (Services services = Services.open(directory)) {
            long start = System.nanoTime();
            if (!reuse) {
                long bytes = generate(services, notes);
                System.out.printf(Locale.ROOT, "generated %d notes, %.1f MB of text, in %.1f s%n", notes,
                        bytes / 1e6, (System.nanoTime() - start) / 1e9);
            }

            start = System.nanoTime();
            SearchService search = services.search();
            search.catchUp();
            System.out.printf(Locale.ROOT, "built the index in %.1f s (%.1f MB on disk)%n",
                    (System.nanoTime() - start) / 1e9, size(directory.resolve("search-index")) / 1e6);

            List<String> queries = queries();
            for (int i = 0; i < 100; i++) { // warm-up
                search.search(queries.get(i % queries.size()), 20);
            }
            List<Long> indexTimes = new ArrayList<>();
            List<Long> indexCpu = new ArrayList<>();
            int hits = 0;
            for (int round = 0; round < 5; round++) {
                for (String query : queries) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    hits += search.search(query, 20).size();
                    indexTimes.add(System.nanoTime() - t);
                    indexCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
                }
            }
            report("index (top 20 with snippets), wall clock", indexTimes);
            report("index (top 20 with snippets), CPU time", indexCpu);
            System.out.printf(Locale.ROOT, "  %d queries, %.1f hits on average%n", indexTimes.size(),
                    hits / (double) indexTimes.size());

            List<Long> likeCpu = new ArrayList<>();
            List<Long> likeTimes = services.database().withConnection(connection -> like(connection, queries, likeCpu));
            report("LIKE scan of the notes, wall clock", likeTimes);
            report("LIKE scan of the notes, CPU time", likeCpu);
            System.out.printf(Locale.ROOT, "index is %.0fx faster at the median, %.0fx at the 95th percentile "
                    + "(CPU time: %.0fx, %.0fx)%n",
                    percentile(likeTimes, 50) / percentile(indexTimes, 50),
                    percentile(likeTimes, 95) / percentile(indexTimes, 95),
                    percentile(likeCpu, 50) / percentile(indexCpu, 50),
                    percentile(likeCpu, 95) / percentile(indexCpu, 95));
        } finally {
            if (!keep) {
                delete(directory);
            }
        }
    }

    private static void delete(Path directory) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** One trip, one event and one meeting record per note, inserted in batches. */
    private static long generate(Services services, int count) {
        return services.database().withConnection(connection -> {
            connection.setAutoCommit(false);
            long bytes = 0;
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO trip (name, first_day, last_day, venue_zone, home_zone) VALUES "
                        + "('Archive', DATE '2015-01-01', DATE '2025-12-31', 'Europe/Paris', 'Asia/Shanghai')");
            }
            long tripId;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT MAX(id) FROM trip")) {
                result.next();
                tripId = result.getLong(1);
            }
            Random random = new Random(42);
            try (PreparedStatement event = connection.prepareStatement("INSERT INTO event (id, trip_id, uid, kind, "
                    + "title, starts_at, ends_at, zone) VALUES (?, ?, ?, 'MEETING', ?, ?, ?, 'Europe/Paris')");
                 PreparedStatement record = connection.prepareStatement(
                         "INSERT INTO meeting_record (event_id, agenda, notes) VALUES (?, ?, ?)")) {
                LocalDateTime day = LocalDateTime.of(2015, 1, 5, 9, 0);
                for (int i = 1; i <= count; i++) {
                    long id = 1_000_000L + i;
                    LocalDateTime at = day.plusHours(i * 5L);
                    event.setLong(1, id);
                    event.setLong(2, tripId);
                    event.setString(3, "bench-" + i + "@visitplanner");
                    event.setString(4, "Meeting with " + NAMES[random.nextInt(NAMES.length)]);
                    event.setTimestamp(5, Timestamp.valueOf(at));
                    event.setTimestamp(6, Timestamp.valueOf(at.plusHours(1)));
                    event.addBatch();
                    String notes = note(random);
                    bytes += notes.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    record.setLong(1, id);
                    record.setString(2, "1. " + words(random, ENGLISH, 6) + "\n2. " + words(random, FRENCH, 6));
                    record.setString(3, notes);
                    record.addBatch();
                    if (i % 1000 == 0) {
                        event.executeBatch();
                        record.executeBatch();
                        connection.commit();
                    }
                }
                event.executeBatch();
                record.executeBatch();
                connection.commit();
            }
            return bytes;
        });
    }

    /** About 2 KB: paragraphs in English, French and Chinese, with names and a few rare words. */
    private static String note(Random random) {
        StringBuilder note = new StringBuilder(2200);
        while (note.length() < 1700) {
            switch (random.nextInt(3)) {
                case 0 -> note.append("- ").append(words(random, ENGLISH, 12 + random.nextInt(10))).append(".\n");
                case 1 -> note.append("- ").append(words(random, FRENCH, 10 + random.nextInt(10))).append(".\n");
                default -> note.append("- ").append(String.join("", pick(random, CHINESE, 8 + random.nextInt(8))))
                        .append("。\n");
            }
            if (random.nextInt(4) == 0) {
                note.append("Met ").append(NAMES[random.nextInt(NAMES.length)]).append(" team; ref ")
                        .append(Integer.toString(random.nextInt(1_000_000), 36)).append(".\n");
            }
        }
        return note.toString();
    }

    private static String words(Random random, String[] vocabulary, int count) {
        return String.join(" ", pick(random, vocabulary, count));
    }

    private static List<String> pick(Random random, String[] vocabulary, int count) {
        List<String> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return picked;
    }

    /** Common and rare words, two-word queries, accents typed or not, prefixes and Chinese. */
    private static List<String> queries() {
        List<String> queries = new ArrayList<>(Arrays.asList("partenariat", "partnership", "double diplôme",
                "double diplome", "dual degree", "ecole", "séjour immersion", "Louis-le-Grand", "Henri-IV",
                "steering committee", "双学位", "笛卡尔班", "课程对接", "实验室 研究", "sélection calendrier",
                "selection schedule", "scholarship mobility", "bourse", "Polytech Paris-Saclay", "SupBioTech",
                "curric", "admiss", "laboratoire", "internship company", "hébergement", "housing", "deliverables",
                "CentraleSupélec", "INSA", "Grenoble", "院长", "奖学金 交流", "jury", "convention signature",
                "timeline", "campus visit", "minutes", "compte rendu", "mathématiques physique", "teachers"));
        return queries;
    }

    private static List<Long> like(Connection connection, List<String> queries, List<Long> cpuTimes)
            throws java.sql.SQLException {
        List<Long> times = new ArrayList<>();
        try (PreparedStatement scan = connection.prepareStatement(
                "SELECT id FROM meeting_record WHERE LOWER(notes) LIKE ? OR LOWER(agenda) LIKE ? LIMIT 20")) {
            for (String query : queries.subList(0, 20)) {
                String pattern = "%" + query.toLowerCase(Locale.ROOT).split(" ")[0] + "%";
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                scan.setString(1, pattern);
                scan.setString(2, pattern);
                try (ResultSet result = scan.executeQuery()) {
                    while (result.next()) {
                        result.getLong(1);
                    }
                }
                times.add(System.nanoTime() - t);
                cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpu);
            }
            // A LIMIT stops early on common words; a search must rank every match, so scan without it too.
            try (PreparedStatement full = connection.prepareStatement(
                    "SELECT COUNT(*) FROM meeting_record WHERE LOWER(notes) LIKE ? OR LOWER(agenda) LIKE ?")) {
                for (String query : queries.subList(0, 20)) {
                    String pattern = "%" + query.toLowerCase(Locale.ROOT).split(" ")[0] + "%";
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    full.setString(1, pattern);
                    full.setString(2, pattern);
                    try (ResultSet result = full.executeQuery()) {
                        result.next();
                    }
                    times.add(System.nanoTime() - t);
                    cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpu);
                }
            }
        }
        return times;
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n", what,
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6,
                percentile(nanos, 100) / 1e6, nanos.size());
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long size(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
