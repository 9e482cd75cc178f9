package org.visitplanner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every dialog the app shows is built by the one dialog service, {@code gui.common.Dialogs}: a dialog built anywhere
 * else could miss its owner, language, stylesheet or window handling, and be window-modal again, which on Linux
 * un-maximizes the window it opens over and may open it at 200×200 (ADR 0020).
 */
class DialogsKeepTheirOwnerTest {

    private static final Pattern BUILT = Pattern.compile("new (Alert|Dialog)\\s*[<(]");
    private static final Path SERVICE = Path.of("src/main/java/org/visitplanner/gui/common/Dialogs.java");

    @Test
    void everyDialogIsBuiltByTheDialogService() throws IOException {
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!file.equals(SERVICE) && BUILT.matcher(Files.readString(file)).find()) {
                    elsewhere.add(file.toString());
                }
            }
        }
        assertThat(elsewhere).as("files that build a dialog themselves").isEmpty();
        assertThat(BUILT.matcher(Files.readString(SERVICE)).find()).as("the service builds the dialogs").isTrue();
    }
}
