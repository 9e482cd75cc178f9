package org.visitplanner.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.visitplanner.support.FileSystems;

/** Data folders that are not what the app expects, named by the {@code setup} of a case (see the README). */
final class HostileFolders {

    /** The data folder a case must use, and what undoes its setup. */
    record Made(Path data, AutoCloseable undo) {
    }

    private HostileFolders() {
    }

    static Made make(String setup, Path folder, Corpus corpus) throws Exception {
        Path data = folder.resolve("data");
        Path file = data.resolve("visit-planner.mv.db");
        byte[] template = Files.readAllBytes(corpus.template().resolve("visit-planner.mv.db"));
        AutoCloseable nothing = () -> { };
        switch (setup) {
            case "data-is-a-file" -> Corpus.write(data, "I am a file, not a folder".getBytes(StandardCharsets.UTF_8));
            case "data-inside-a-file" -> {
                Path blocker = folder.resolve("blocker");
                Corpus.write(blocker, "a file where a folder should be".getBytes(StandardCharsets.UTF_8));
                data = blocker.resolve("data");
            }
            case "data-name-in-many-scripts" -> data = folder.resolve("données 数据 📁 بيانات נתונים");
            case "data-name-too-long" -> data = folder.resolve("x".repeat(300));
            case "database-is-a-folder" -> Files.createDirectories(file.resolve("inside"));
            case "database-random-bytes" -> Corpus.write(file, Corpus.random(64 * 1024, 1));
            case "database-all-zeros" -> Corpus.write(file, new byte[64 * 1024]);
            case "database-text" -> Corpus.write(file, "Minutes of the meeting with ENPC\n".repeat(2000)
                    .getBytes(StandardCharsets.UTF_8));
            case "database-zip" -> Corpus.write(file, Files.readAllBytes(corpus.generated("text-in-a.zip")));
            case "database-png" -> Corpus.write(file, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
                '\n'}, Corpus.random(20_000, 2)));
            case "database-pdf" -> Corpus.write(file, ("%PDF-1.4\n%âãÏÓ\n" + "1 0 obj << >> endobj\n".repeat(500))
                    .getBytes(StandardCharsets.ISO_8859_1));
            case "database-h2-header-then-garbage" -> Corpus.write(file, concat(Arrays.copyOf(template, 200),
                    Corpus.random(60_000, 3)));
            case "database-first-4k-only" -> Corpus.write(file, Arrays.copyOf(template, 4096));
            case "database-first-8k-only" -> Corpus.write(file, Arrays.copyOf(template, 8192));
            case "database-chunks-overwritten" -> {
                byte[] damaged = template.clone();
                Arrays.fill(damaged, 8192, damaged.length, (byte) 0x5A); // the two headers survive, no data does
                Corpus.write(file, damaged);
            }
            case "database-empty" -> Corpus.write(file, new byte[0]);
            case "database-link-to-nowhere" -> {
                Files.createDirectories(data);
                Files.createSymbolicLink(file, folder.resolve("nowhere.mv.db"));
            }
            case "database-link-to-dev-null" -> {
                Files.createDirectories(data);
                Files.createSymbolicLink(file, Path.of("/dev/null"));
            }
            case "database-named-pipe" -> {
                Files.createDirectories(data);
                Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                        "needs mkfifo");
            }
            case "settings-binary" -> {
                Corpus.copyData(corpus.template(), data);
                Corpus.write(data.resolve("settings.properties"), Corpus.random(10_000, 4));
            }
            case "settings-huge" -> {
                Corpus.copyData(corpus.template(), data);
                Corpus.write(data.resolve("settings.properties"), ("language=fr\n" + "x=" + "y".repeat(5_000_000))
                        .getBytes(StandardCharsets.UTF_8));
            }
            case "settings-broken-escape" -> {
                Corpus.copyData(corpus.template(), data);
                Corpus.write(data.resolve("settings.properties"), "language=\\u12\ntrip.last=\\uZZZZ\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
            case "settings-unknown-values" -> {
                Corpus.copyData(corpus.template(), data);
                Corpus.write(data.resolve("settings.properties"), ("language=klingon\ntheme.dark=perhaps\n"
                        + "trip.last=99999999999999999999999\n").getBytes(StandardCharsets.UTF_8));
            }
            case "backups-is-a-file" -> {
                Corpus.copyData(corpus.template(), data);
                Corpus.write(data.resolve("backups"), "not a folder".getBytes(StandardCharsets.UTF_8));
            }
            case "staging-left-by-a-crash" -> {
                Corpus.copyData(corpus.template(), data);
                Corpus.write(data.resolve(".staging-1234abcd").resolve("visit-planner.mv.db"), Corpus.random(9000, 5));
            }
            case "damaged-with-damaged-folder-a-file" -> {
                Corpus.write(file, Corpus.random(30_000, 6));
                Corpus.write(data.resolve("damaged"), "a file named like the folder".getBytes(StandardCharsets.UTF_8));
            }
            case "damaged" -> Corpus.write(file, Corpus.random(30_000, 7));
            case "data-with-a-source-trigger", "data-with-a-default-that-writes-files", "data-with-a-java-function",
                 "data-with-a-damaged-index" -> {
                // The user's own data file, replaced on disk by a crafted one.
                Corpus.copyData(corpus.template(), data);
                Files.copy(corpus.generated(setup.replace("data-with-", "database-with-") + ".mv.db"), file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            case "read-only" -> {
                Corpus.copyData(corpus.template(), data);
                AutoCloseable readOnly = FileSystems.readOnly(data);
                Assumptions.assumeTrue(readOnly != null, "needs chmod (or chattr for root) for a read-only folder");
                return new Made(data, readOnly);
            }
            default -> throw new IllegalArgumentException("unknown setup " + setup);
        }
        return new Made(data, nothing);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
