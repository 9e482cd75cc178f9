package org.visitplanner.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real file-system conditions for tests: a small disk that fills up, a folder nobody may write to. Each returns
 * false where the machine does not allow it (the test is then skipped with a reason), and undoes itself on close.
 */
public final class FileSystems {

    private FileSystems() {
    }

    /** Whether the file system of {@code folder} has POSIX permissions (not on Windows). */
    public static boolean isPosixHere(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix");
    }

    /** Whether this process runs as root (for whom file permissions do not stop writing). */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A small tmpfs mounted at {@code folder}: a real disk that fills up. Needs root and a Linux kernel. */
    public static AutoCloseable smallDisk(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (!isRoot() || !run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0700", "tmpfs",
                folder.toString())) {
            return null;
        }
        return () -> run("umount", "-l", folder.toString());
    }

    /**
     * Makes {@code folder} and everything in it unwritable: {@code chmod} for a normal user, the immutable attribute
     * ({@code chattr +i}) for root, whom permissions do not stop. Returns null where neither works.
     */
    public static AutoCloseable readOnly(Path folder) throws IOException, InterruptedException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.forEach(paths::add);
        }
        if (!isRoot()) {
            for (Path path : paths) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-x------" : "r--------"));
            }
            return () -> {
                for (Path path : paths) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            Files.isDirectory(path) ? "rwx------" : "rw-------"));
                }
            };
        }
        List<String> command = new ArrayList<>(List.of("chattr", "+i"));
        paths.forEach(p -> command.add(p.toString()));
        if (!run(command.toArray(String[]::new))) {
            return null;
        }
        return () -> {
            List<String> undo = new ArrayList<>(List.of("chattr", "-i"));
            paths.forEach(p -> undo.add(p.toString()));
            run(undo.toArray(String[]::new));
        };
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noSuchCommand) {
            return false;
        }
    }

    /** Deletes a file or a folder with everything in it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
