package org.visitplanner.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Locale DEFAULT = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(DEFAULT);
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        for (String baseName : Messages.BUNDLES) {
            Set<String> english = keys(baseName, "");
            assertThat(english).as(baseName).isNotEmpty();
            for (String suffix : List.of("_fr", "_zh")) {
                Set<String> other = keys(baseName, suffix);
                assertThat(other).as(baseName + suffix + " compared with English").isEqualTo(english);
            }
        }
    }

    @Test
    void translationsAreRealNotCopies() throws IOException {
        for (String baseName : Messages.BUNDLES) {
            Properties english = properties(baseName, "");
            for (String suffix : List.of("_fr", "_zh")) {
                Properties other = properties(baseName, suffix);
                // Cities are often spelled alike in English and French (Paris, Tokyo): they are not counted.
                List<String> sentences = english.stringPropertyNames().stream()
                        .filter(key -> !key.startsWith("zone.city.")).toList();
                long same = sentences.stream()
                        .filter(key -> english.getProperty(key).equals(other.getProperty(key))).count();
                // Names of languages, patterns and brand names may stay the same; most strings must not.
                assertThat(same).as(baseName + suffix + " strings identical to English")
                        .isLessThan(sentences.size() / 4);
            }
        }
    }

    @Test
    void noMessageUsesAStraightApostropheWhichMessageFormatWouldSwallow() throws IOException {
        for (String baseName : Messages.BUNDLES) {
            for (String suffix : List.of("", "_fr", "_zh")) {
                Properties bundle = properties(baseName, suffix);
                for (String key : bundle.stringPropertyNames()) {
                    assertThat(bundle.getProperty(key)).as(baseName + suffix + ": " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyEnumConstantHasATranslatedName() throws Exception {
        List<Class<? extends Enum<?>>> enums = modelEnums();
        assertThat(enums).isNotEmpty();
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = Messages.load(language);
            for (Class<? extends Enum<?>> type : enums) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(bundle.containsKey("enum." + type.getSimpleName() + "." + constant.name()))
                            .as(language + " " + type.getSimpleName() + "." + constant.name()).isTrue();
                }
            }
        }
    }

    @Test
    void everyKeyAnFxmlViewUsesExists() throws IOException {
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        ResourceBundle english = Messages.load(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/visitplanner/gui"))) {
            for (Path fxml : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = key.matcher(Files.readString(fxml));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(fxml.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        LocalDate monday = LocalDate.of(2025, 12, 8);
        assertThat(Formats.longDay(Locale.ENGLISH, monday)).isEqualTo("Monday 8 December");
        assertThat(Formats.longDay(Locale.FRENCH, monday)).isEqualTo("lundi 8 décembre");
        assertThat(Formats.longDay(Locale.CHINESE, monday)).isEqualTo("12月8日 星期一");
        LocalDate friday = LocalDate.of(2025, 12, 12);
        assertThat(Formats.dayRange(Locale.ENGLISH, monday, friday)).isEqualTo("8–12 December 2025");
        assertThat(Formats.dayRange(Locale.FRENCH, monday, friday)).isEqualTo("du 8 au 12 décembre 2025");
        assertThat(Formats.dayRange(Locale.CHINESE, monday, friday)).isEqualTo("2025年12月8日至12日");
    }

    @Test
    void theLanguageFollowsTheChoiceAndFallsBackToEnglish() {
        assertThat(Messages.parseLanguage("zh-CN")).isEqualTo(Locale.CHINESE);
        assertThat(Messages.parseLanguage("fr_FR")).isEqualTo(Locale.FRENCH);
        assertThat(Messages.parseLanguage("de")).isNull();
        assertThat(Messages.supported(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        Messages.setLocale(Locale.FRENCH);
        assertThat(Messages.get("nav.institutions")).isEqualTo("Établissements");
        assertThat(Messages.get(Locale.CHINESE, "nav.institutions")).isEqualTo("院校机构");
    }

    private static Set<String> keys(String baseName, String suffix) throws IOException {
        return new TreeSet<>(properties(baseName, suffix).stringPropertyNames());
    }

    private static Properties properties(String baseName, String suffix) throws IOException {
        String resource = "/" + baseName.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Enum<?>>> modelEnums() throws IOException, ClassNotFoundException {
        List<Class<? extends Enum<?>>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/visitplanner/model"))) {
            List<Path> sources = files
                    .filter(p -> p.toString().endsWith(".java") && !p.toString().endsWith("package-info.java"))
                    .toList();
            for (Path file : sources) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("org.visitplanner.model." + name);
                if (type.isEnum()) {
                    enums.add((Class<? extends Enum<?>>) type);
                }
            }
        }
        return enums;
    }
}
