package org.visitplanner.logic.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportLimitsTest {

    @TempDir
    Path temp;

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeAnythingIsRead() throws Exception {
        Path huge = temp.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ImportLimits.MAX_FILE_BYTES + 1); // sparse: no time spent writing it
        }
        assertThatThrownBy(() -> ImportLimits.open(huge)).isInstanceOfSatisfying(ImportLimits.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("import.error.tooLarge"));
    }

    @Test
    void foldersAndDevicesAreNotImported() {
        assertThatThrownBy(() -> ImportLimits.open(temp)).isInstanceOfSatisfying(ImportLimits.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("import.error.notAFile"));
        assertThatThrownBy(() -> ImportLimits.open(Path.of("/dev/zero")))
                .isInstanceOf(ImportLimits.Refused.class);
    }

    @Test
    void aFileWithinTheLimitsReadsWhole() throws Exception {
        Path small = Files.writeString(temp.resolve("small.csv"), "official_name\r\nÉcole des Ponts\r\n");
        try (InputStream in = ImportLimits.open(small)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("École");
        }
        ImportLimits.checkCount(small, ImportLimits.MAX_RECORDS);
        assertThatThrownBy(() -> ImportLimits.checkCount(small, ImportLimits.MAX_RECORDS + 1))
                .isInstanceOfSatisfying(ImportLimits.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.tooMany"));
    }
}
