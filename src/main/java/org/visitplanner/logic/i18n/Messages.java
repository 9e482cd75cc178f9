package org.visitplanner.logic.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string, in English, French and Chinese.
 *
 * <p>Strings live in one bundle per feature under {@code org/visitplanner/i18n/} (so that features do not edit the
 * same file); {@link #BUNDLES} lists them and {@link #bundle()} merges them into the one bundle FXML views get.
 * A key missing in any language fails {@code MessagesTest}.
 */
public final class Messages {

    /** Base names of the feature bundles; a key must be unique across all of them. */
    public static final List<String> BUNDLES = List.of(
            "org.visitplanner.i18n.messages",
            "org.visitplanner.i18n.itinerary",
            "org.visitplanner.i18n.directory",
            "org.visitplanner.i18n.meeting",
            "org.visitplanner.i18n.documents",
            "org.visitplanner.i18n.reliability",
            "org.visitplanner.i18n.trips",
            "org.visitplanner.i18n.planner",
            "org.visitplanner.i18n.team",
            "org.visitplanner.i18n.editing",
            "org.visitplanner.i18n.window");

    /** The languages the app speaks, in menu order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.CHINESE);

    private static volatile Locale locale = supported(Locale.getDefault());
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {
    }

    /** The supported language closest to {@code wanted}: its language if we speak it, else English. */
    public static Locale supported(Locale wanted) {
        if (wanted != null) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted.getLanguage())) {
                    return language;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Parses "en", "fr" or "zh" (also "zh-CN", "fr_FR"); null when the language is not one we speak. */
    public static Locale parseLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Locale candidate : LANGUAGES) {
            if (candidate.getLanguage().equals(language)) {
                return candidate;
            }
        }
        return null;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale wanted) {
        Locale chosen = supported(wanted);
        bundle = load(chosen);
        locale = chosen;
    }

    /** All strings of the current language, for {@code FXMLLoader#setResources}. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The string for {@code key}, with {@code {0}}-style arguments filled in when given. */
    public static String get(String key, Object... args) {
        return format(bundle, key, args);
    }

    /** The string for {@code key} in another language than the current one (documents printed in a chosen language). */
    public static String get(Locale language, String key, Object... args) {
        ResourceBundle other = language.getLanguage().equals(locale.getLanguage()) ? bundle : load(supported(language));
        return format(other, key, args);
    }

    /** The translated name of an enum constant: key {@code enum.<SimpleClassName>.<CONSTANT>}. */
    public static String of(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String of(Locale language, Enum<?> value) {
        return get(language, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String format(ResourceBundle source, String key, Object... args) {
        String pattern = source.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, source.getLocale()).format(args);
    }

    /** Loads and merges the feature bundles of {@code language}. */
    public static ResourceBundle load(Locale language) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String baseName : BUNDLES) {
            ResourceBundle part = ResourceBundle.getBundle(baseName, language, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : part.keySet()) {
                if (merged.put(key, part.getObject(key)) != null) {
                    throw new IllegalStateException("message key " + key + " is defined in two bundles");
                }
            }
        }
        return new MergedBundle(language, merged);
    }

    private static final class MergedBundle extends ResourceBundle {
        private final Locale language;
        private final Map<String, Object> entries;

        MergedBundle(Locale language, Map<String, Object> entries) {
            this.language = language;
            this.entries = entries;
        }

        @Override
        protected Object handleGetObject(String key) {
            Object value = entries.get(key);
            if (value == null) {
                throw new MissingResourceException("no message " + key, Messages.class.getName(), key);
            }
            return value;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(entries.keySet());
        }

        @Override
        public Locale getLocale() {
            return language;
        }
    }
}
