package org.visitplanner.logic.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.io.AtomicFiles;

/**
 * Lets a second start of Visit Planner on the same data bring the running window forward instead of failing.
 *
 * <p>The running app listens on a loopback port and writes the port and a random token to {@value #FILE_NAME} in
 * the data folder (owner-only, like the folder). A second start that finds the data already open reads the file,
 * connects, and sends {@code show <token>}; only a process that can read the owner's data folder knows the token,
 * and "show" is the only thing the listener does.
 */
public final class RunningInstance implements AutoCloseable {

    public static final String FILE_NAME = "running-instance";
    private static final Pattern FILE_CONTENT = Pattern.compile("(\\d{1,5}) ([0-9a-f]{64})\\s*");
    private static final int TIMEOUT_MILLIS = 2000;
    private static final int MAX_LINE = 200;

    private final ServerSocket server;
    private final Path file;
    private final String token;

    private RunningInstance(ServerSocket server, Path file, String token) {
        this.server = server;
        this.file = file;
        this.token = token;
    }

    /**
     * Starts listening for later starts on {@code dataDirectory}; {@code onShow} runs (on a listener thread) for each.
     */
    public static RunningInstance listen(Path dataDirectory, Runnable onShow) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            AtomicFiles.write(file, out -> out.write(
                    (server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        RunningInstance instance = new RunningInstance(server, file, token);
        Thread listener = new Thread(() -> instance.serve(onShow), "visit-planner-running-instance");
        listener.setDaemon(true);
        listener.start();
        return instance;
    }

    /**
     * Asks the Visit Planner running on {@code dataDirectory} to bring its window forward. Returns true when it
     * answered; false when none listens (it is a headless command, or it ended without cleaning up).
     */
    public static boolean askToShow(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_LINE) {
                return false;
            }
            Matcher content = FILE_CONTENT.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            if (!content.matches()) {
                return false;
            }
            int port = Integer.parseInt(content.group(1));
            if (port < 1 || port > 65_535) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write(("show " + content.group(2) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return "ok".equals(readLine(socket.getInputStream()));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void serve(Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                if (("show " + token).equals(readLine(client.getInputStream()))) {
                    onShow.run();
                    client.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException | RuntimeException e) {
                // A client that went away, spoke nonsense or too slowly: wait for the next one.
            }
        }
    }

    /** Reads one short ASCII line; null when the other side sends more than a line's worth or nothing. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            if (line.length() >= MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** Stops listening and removes the file (unless a newer instance replaced it). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.US_ASCII).contains(token)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // a stale file is harmless: nobody answers on its port
        }
    }
}
