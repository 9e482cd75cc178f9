package org.visitplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.visitplanner.app.Services;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;

/**
 * How long the directory's CSV import and export take at the largest size a file may have (10 000 rows), on a real
 * H2 file: not a test, run by hand and reported in the README.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.visitplanner.bench.DirectoryCsvBenchmark</pre>
 */
public final class DirectoryCsvBenchmark {

    private DirectoryCsvBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Path work = Files.createTempDirectory("directory-bench");
        Path file = work.resolve("institutions.csv");
        StringBuilder csv = new StringBuilder("official_name,english_name,chinese_name,city,country,latitude,longitude,"
                + "website,opening_hours,notes\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("École numéro ").append(i).append(",School ").append(i).append(",学校").append(i)
                    .append(",Paris,France,48.").append(i % 1000).append(",2.").append(i % 1000)
                    .append(",https://school").append(i).append(".example.org,Mon–Fri 08:30–18:00,")
                    .append("\"Notes, with a comma and a \"\"quote\"\"\nand a second line\"\n");
        }
        Files.writeString(file, csv);
        try (Services services = Services.open(work.resolve("data"))) {
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
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "rows %d (%.1f MB)%n", preview.added().size(), Files.size(file) / 1e6);
            System.out.printf(Locale.ROOT, "preview %d ms, import (one transaction) %d ms, export %d ms, "
                            + "preview of the export %d ms (unchanged %d, added %d, updated %d)%n",
                    ms(start, previewed), ms(previewed, applied), ms(applied, exported), ms(exported, roundTrip),
                    again.unchanged(), again.added().size(), again.updated().size());
            System.out.printf(Locale.ROOT, "heap in use after %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
