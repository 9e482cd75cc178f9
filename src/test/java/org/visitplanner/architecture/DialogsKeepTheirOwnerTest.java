package org.visitplanner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every dialog the app builds goes through {@code DialogWindows.prepare} (directly, or through {@code DialogStyle} or
 * {@code Dialogs}): a dialog that does not is window-modal again, and on Linux un-maximizes the window it opens over
 * and may open at 200×200 (ADR 0020).
 */
class DialogsKeepTheirOwnerTest {

    private static final Pattern BUILT = Pattern.compile("new (Alert|Dialog)\\s*[<(]");
    private static final Pattern PREPARED = Pattern.compile("(DialogWindows|DialogStyle)\\.prepare\\(");

    @Test
    void everyDialogBuiltInTheAppIsPreparedToKeepItsOwner() throws IOException {
        List<String> unprepared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                long built = count(BUILT.matcher(source));
                long prepared = count(PREPARED.matcher(source));
                if (built > prepared) {
                    unprepared.add(file + ": " + built + " dialogs built, " + prepared + " prepared");
                }
            }
        }
        assertThat(unprepared).isEmpty();
    }

    private static long count(Matcher matcher) {
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
