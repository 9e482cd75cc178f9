package org.visitplanner.logic.i18n;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zones as people name them, in each language: a city ("Paris", "巴黎") and its time ("Paris time",
 * "heure de Paris", "巴黎时间"), never a raw zone id such as {@code Europe/Paris}. The cities of the tz database's
 * zones are in the {@code zones} bundles ({@code zone.city.<id>}, from the Unicode CLDR); any other zone is named by
 * its localized generic name from the Java runtime ("Eastern Time", "heure de l’Est nord-américain", "北美东部时间").
 */
public final class ZoneNames {

    private static final String CITIES = "org.visitplanner.i18n.zones";
    private static final Map<Locale, ResourceBundle> CITY_NAMES = new ConcurrentHashMap<>();

    private ZoneNames() {
    }

    /** The zone's city ("Shanghai", "上海"), else its localized generic name. */
    public static String city(ZoneId zone) {
        return city(Messages.locale(), zone);
    }

    public static String city(Locale language, ZoneId zone) {
        return knownCity(language, zone).orElseGet(() -> zone.getDisplayName(TextStyle.FULL, language));
    }

    /** The time of the zone as a phrase: "Paris time", "heure d’Amsterdam", "上海时间", else "Eastern Time". */
    public static String timeOf(ZoneId zone) {
        return timeOf(Messages.locale(), zone);
    }

    public static String timeOf(Locale language, ZoneId zone) {
        String own = optional(language, "zone.time." + zone.getId());
        if (own != null) {
            return own;
        }
        return knownCity(language, zone).map(city -> timeOfCity(language, city))
                .orElseGet(() -> zone.getDisplayName(TextStyle.FULL, language));
    }

    /** The time of a city named by the user ("Shanghai" → "heure de Shanghai"). */
    public static String timeOfCity(Locale language, String city) {
        return Messages.get(language, startsWithVowel(city) ? "zone.time.beforeVowel" : "zone.time", city);
    }

    /** The city that names {@code zone} in {@code language} ("巴黎" for Europe/Paris in Chinese), if one does. */
    public static Optional<String> knownCity(Locale language, ZoneId zone) {
        ResourceBundle cities = CITY_NAMES.computeIfAbsent(Messages.supported(language), supported ->
                ResourceBundle.getBundle(CITIES, supported, ZoneNames.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        String key = "zone.city." + zone.getId();
        return cities.containsKey(key) ? Optional.of(cities.getString(key)) : Optional.empty();
    }

    private static String optional(Locale language, String key) {
        try {
            return Messages.get(language, key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static boolean startsWithVowel(String city) {
        String plain = Normalizer.normalize(city, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !plain.isEmpty() && "AEIOUYaeiouy".indexOf(plain.charAt(0)) >= 0;
    }
}
