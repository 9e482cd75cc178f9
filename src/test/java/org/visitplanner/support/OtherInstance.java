package org.visitplanner.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.visitplanner.db.Database;

/**
 * Another running Visit Planner, in a process of its own (H2 lets one process open a file many times, so only a
 * second process meets the lock). It holds the database open until closed.
 */
public final class OtherInstance implements AutoCloseable {

    private final Process process;

    private OtherInstance(Process process) {
        this.process = process;
    }

    /** Starts a JVM that opens the data in {@code dataDirectory} and waits until it is. */
    public static OtherInstance holding(Path dataDirectory) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                OtherInstance.class.getName(), dataDirectory.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"open".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the other instance did not open the data: " + line);
        }
        return new OtherInstance(process);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close(); // end of input tells it to close the data and exit
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database open until the parent closes our input
            }
        }
    }
}
