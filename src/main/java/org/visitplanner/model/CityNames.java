package org.visitplanner.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A city's name as each language of the app prints it ("Shanghai", "Shanghai", "上海"). A missing name (null) means
 * "the usual name of the zone's city in that language".
 */
public record CityNames(String english, String french, String chinese) {

    /** No names of one's own: every language uses the zone's city. */
    public static final CityNames NONE = new CityNames(null, null, null);

    public CityNames {
        english = clean(english);
        french = clean(french);
        chinese = clean(chinese);
    }

    /** The name in {@code language} (English for a language the app does not speak), if one was given. */
    public Optional<String> in(Locale language) {
        return Optional.ofNullable(switch (language.getLanguage()) {
            case "fr" -> french;
            case "zh" -> chinese;
            default -> english;
        });
    }

    public boolean isEmpty() {
        return english == null && french == null && chinese == null;
    }

    private static String clean(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
