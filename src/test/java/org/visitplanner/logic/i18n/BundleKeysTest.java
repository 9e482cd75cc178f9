package org.visitplanner.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text in the bundles is shown somewhere, and every key the code asks for by name is in them (the languages
 * agreeing with each other and the FXML views' keys are checked by {@link MessagesTest}).
 */
class BundleKeysTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]++|\\\\.)*+)\"");
    /** A prefix the code completes at run time ({@code "problem." + kind}): a literal that ends with a dot. */
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-zA-Z][\\w.]*\\.");
    /**
     * Where the code names a key directly: {@code Messages.get("…")}, {@code labels.get(language, "…")} and the like.
     */
    private static final Pattern KEY_ASKED_FOR = Pattern.compile(
            "(?:Messages\\.get|labels\\.get|FieldProblem\\.error|FieldProblem\\.warning)\\((?:\\w+,\\s*)?\"([^\"]+)\"");

    @Test
    void everyKeyIsUsedSomewhere() throws IOException {
        String sources = sources();
        Set<String> literals = new HashSet<>();
        Matcher literal = STRING_LITERAL.matcher(sources);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        List<String> prefixes = literals.stream().filter(text -> KEY_PREFIX.matcher(text).matches()).toList();

        List<String> unused = new ArrayList<>();
        for (String key : englishKeys()) {
            boolean used = literals.contains(key) || sources.contains("%" + key + "\"")
                    || prefixes.stream().anyMatch(key::startsWith);
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code and no view uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForByNameExists() throws IOException {
        Set<String> keys = englishKeys();
        List<String> missing = new ArrayList<>();
        Matcher asked = KEY_ASKED_FOR.matcher(sources());
        while (asked.find()) {
            // A key the code completes at run time ("problem." + kind) is checked by its prefix in the other test.
            if (!keys.contains(asked.group(1)) && !asked.group(1).endsWith(".")) {
                missing.add(asked.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The Java sources and the views (FXML), where keys are used. */
    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml"))
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> englishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String baseName : Messages.BUNDLES) {
            String resource = "/" + baseName.replace('.', '/') + ".properties";
            Properties properties = new Properties();
            try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }
}
