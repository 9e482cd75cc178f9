package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.FileSystems;

/** Problems are told apart the same way whatever language the system and H2 write their messages in. */
class DataProblemsTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aRuleBrokenIsNamedFromAMessageInChinese() {
        SQLException chinese = new SQLException("违反检查约束: \"TRIP_DAYS_IN_ORDER: (LAST_DAY >= FIRST_DAY)\"",
                "23513", ErrorCode.CHECK_CONSTRAINT_VIOLATED_1);
        DataProblem problem = DataProblems.classify(chinese, "memory:test");
        assertThat(problem.kind()).isEqualTo(DataProblem.Kind.REFUSED);
        assertThat(problem.userMessage()).isEqualTo("A trip’s last day cannot be before its first day. Nothing was "
                + "changed.");
    }

    @Test
    void aFullDiskIsFoundFromTheDiskNotFromTheWordsOfTheMessage() throws Exception {
        Path disk = temp.resolve("disk");
        AutoCloseable mounted = FileSystems.smallDisk(disk, 1024);
        assumeTrue(mounted != null, "needs root and tmpfs to mount a small disk");
        try (mounted) {
            Path file = disk.resolve("visit-planner.mv.db");
            Files.write(file, new byte[(int) (Files.getFileStore(disk).getUsableSpace() - 10_000)]);
            IOException french = new IOException("Aucun espace disponible sur le périphérique");
            Throwable h2 = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Écriture de {0} échouée",
                    file, french);
            assertThat(DataProblems.classify(h2, file.toString()).kind()).isEqualTo(DataProblem.Kind.DISK_FULL);
            assertThat(DataProblems.closedTheDatabase(h2, file)).isTrue();
        }
    }

    @Test
    void aWriteRefusedByPermissionsIsReadOnlyAndAGenericFailureWithRoomLeftIsNotAFullDisk() {
        Path file = temp.resolve("visit-planner.mv.db");
        assertThat(DataProblems.classify(new AccessDeniedException(file.toString()), file.toString()).kind())
                .isEqualTo(DataProblem.Kind.READ_ONLY);
        assertThat(DataProblems.classify(new IOException("Erreur d’entrée/sortie"), file.toString()).kind())
                .isEqualTo(DataProblem.Kind.OTHER);
    }

    @Test
    void aPseudoFileSystemWithoutSpaceIsNotAFullDisk() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        Path target = Path.of("/proc/visit-planner-backup.zip");
        assertThat(DataProblems.classify(new IOException("No such file"), target.toString()).kind())
                .isNotEqualTo(DataProblem.Kind.DISK_FULL);
    }
}
