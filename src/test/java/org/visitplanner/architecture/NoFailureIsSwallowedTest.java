package org.visitplanner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A failure is shown, logged or passed on, never dropped: no failure handler that does nothing, and no
 * {@code catch (Throwable …)} treating an {@link Error} as an ordinary failure, except where the line below says why.
 */
class NoFailureIsSwallowedTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern EMPTY_FAILURE_HANDLER = Pattern.compile(
            "\\b(failure|failed|ignored|error|problem|ex|e|t)\\s*->\\s*\\{\\s*}");
    private static final Pattern CATCH_THROWABLE = Pattern.compile("catch\\s*\\(\\s*(final\\s+)?Throwable\\b");
    /** Where catching everything is right, and why. */
    private static final Map<String, String> CATCHES_EVERYTHING = Map.of(
            "org/visitplanner/db/Database.java", "rolls the statement back and throws what it caught again",
            "org/visitplanner/app/FirstRead.java", "hands any failure to the window, which logs it and tells the user");

    @Test
    void noFailureHandlerDoesNothing() throws IOException {
        assertThat(linesMatching(EMPTY_FAILURE_HANDLER, Map.of())).isEmpty();
    }

    @Test
    void throwableIsCaughtOnlyWhereEverythingMustBePassedOn() throws IOException {
        assertThat(linesMatching(CATCH_THROWABLE, CATCHES_EVERYTHING)).isEmpty();
    }

    private static List<String> linesMatching(Pattern pattern, Map<String, String> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (allowed.containsKey(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
