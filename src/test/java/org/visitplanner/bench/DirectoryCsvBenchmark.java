package org.visitplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.visitplanner.app.Services;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;

/**
 * How long the directory's CSV import and export take, by default at the largest size a file may have (10 000 rows),
 * on a real H2 file: not a test, run by hand and reported in the README. The first argument sets the row count.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.visitplanner.bench.DirectoryCsvBenchmark [ROWS]</pre>
 */
public final class DirectoryCsvBenchmark {

    private DirectoryCsvBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("directory-bench");
        // A first round, on other data, warms the JVM up as a window open for a while is; the second is reported.
        try (Services services = Services.open(work.resolve("warm-up"))) {
            run(services, work, "warm-up", Math.min(rows, 1_000), false);
        }
        try (Services services = Services.open(work.resolve("data"))) {
            run(services, work, "École numéro", rows, true);
        }
    }

    private static void run(Services services, Path work, String name, int rows, boolean report) throws Exception {
        Path file = work.resolve(name + ".csv");
        StringBuilder csv = new StringBuilder("official_name,english_name,chinese_name,city,country,latitude,longitude,"
                + "website,opening_hours,notes\n");
        for (int i = 0; i < rows; i++) {
            csv.append(name).append(' ').append(i).append(",School ").append(i).append(",学校").append(i)
                    .append(",Paris,France,48.").append(i % 1000).append(",2.").append(i % 1000)
                    .append(",https://school").append(i).append(".example.org,Mon–Fri 08:30–18:00,")
                    .append("\"Notes, with a comma and a \"\"quote\"\"\nand a second line\"\n");
        }
        Files.writeString(file, csv);
        DirectoryCsv directory = services.directoryCsv();
        long start = System.nanoTime();
        DirectoryCsv.Preview preview = directory.preview(file);
        long previewed = System.nanoTime();
        directory.apply(preview);
        long applied = System.nanoTime();
        Path out = work.resolve("export.csv");
        directory.export(DirectoryCsv.What.INSTITUTIONS, out);
        long exported = System.nanoTime();
        DirectoryCsv.Preview again = directory.preview(out);
        long roundTrip = System.nanoTime();
        if (!report) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "rows %d (%.1f MB)%n", preview.added().size(), Files.size(file) / 1e6);
        System.out.printf(Locale.ROOT, "preview %d ms, import (one transaction) %d ms, export of all %d ms, "
                        + "preview of the export %d ms (unchanged %d, added %d, updated %d)%n",
                ms(start, previewed), ms(previewed, applied), ms(applied, exported), ms(exported, roundTrip),
                again.unchanged(), again.added().size(), again.updated().size());
        System.out.printf(Locale.ROOT, "heap in use after %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
