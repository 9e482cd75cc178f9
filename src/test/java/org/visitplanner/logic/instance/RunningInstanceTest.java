package org.visitplanner.logic.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningInstanceTest {

    @TempDir
    Path data;

    @Test
    void aSecondStartBringsTheRunningWindowForward() throws Exception {
        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance running = RunningInstance.listen(data, shown::incrementAndGet)) {
            assertThat(RunningInstance.askToShow(data)).isTrue();
            assertThat(RunningInstance.askToShow(data)).isTrue();
        }
        assertThat(shown).hasValue(2);
        assertThat(data.resolve(RunningInstance.FILE_NAME)).doesNotExist();
    }

    @Test
    void withoutTheTokenNothingHappens() throws Exception {
        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance running = RunningInstance.listen(data, shown::incrementAndGet)) {
            int port = Integer.parseInt(Files.readString(data.resolve(RunningInstance.FILE_NAME)).split(" ")[0]);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("show " + "0".repeat(64) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write("x".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(RunningInstance.askToShow(data)).isTrue();
        }
        assertThat(shown).hasValue(1);
    }

    @Test
    void aLeftoverOrDamagedFileMeansNobodyIsListening() throws Exception {
        Path file = data.resolve(RunningInstance.FILE_NAME);
        assertThat(RunningInstance.askToShow(data)).isFalse();
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Files.writeString(file, closedPort + " " + "a".repeat(64) + "\n");
        assertThat(RunningInstance.askToShow(data)).isFalse();
        Files.writeString(file, "99999 " + "a".repeat(64));
        assertThat(RunningInstance.askToShow(data)).isFalse();
        Files.writeString(file, "not a port at all");
        assertThat(RunningInstance.askToShow(data)).isFalse();
        Files.write(file, new byte[1_000_000]);
        assertThat(RunningInstance.askToShow(data)).isFalse();
    }
}
