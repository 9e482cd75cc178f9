package org.visitplanner.logic.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    @TempDir
    Path temp;

    @Test
    void excelGetsABomAHeaderAndQuotedCells() throws IOException {
        Path file = temp.resolve("out.csv");
        CsvFiles.write(file, List.of("name", "notes"), sink -> {
            sink.row(List.of("École des Ponts", "line one\nline \"two\", with a comma"));
            sink.row(List.of("巴黎路桥学院", ""));
        });
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFname,notes\r\n"
                + "École des Ponts,\"line one\nline \"\"two\"\", with a comma\"\r\n"
                + "巴黎路桥学院,\r\n");
    }

    @Test
    void formulasAreNeutralisedAndRestored() throws IOException {
        for (String formula : List.of("=1+1", "+33 1 99 00 01 01", "-2", "@SUM(A1)", "\tx", "\rx")) {
            String safe = SpreadsheetCells.neutralise(formula);
            assertThat(safe).startsWith("'");
            assertThat(SpreadsheetCells.restore(safe)).isEqualTo(formula);
        }
        assertThat(SpreadsheetCells.neutralise("plain")).isEqualTo("plain");
        assertThat(SpreadsheetCells.restore("'quoted on purpose")).isEqualTo("'quoted on purpose");

        Path file = temp.resolve("out.csv");
        CsvFiles.write(file, List.of("cell"), sink -> sink.row(List.of("=HYPERLINK(\"http://x\")")));
        assertThat(Files.readString(file)).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = temp.resolve("out.csv");
        Files.writeString(file, "old");
        try {
            AtomicFiles.write(file, out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(temp)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }
}
