package org.visitplanner.logic.i18n;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Time zones as people name them, in each language: a city ("Paris", "巴黎") and its time ("Paris time",
 * "heure de Paris", "巴黎时间"), never a raw zone id such as {@code Europe/Paris}. The cities of the zones a
 * delegation usually meets are in the bundles ({@code zone.city.<id>}); any other zone is named by its localized
 * generic name from the Java runtime ("Eastern Time", "heure de l’Est nord-américain", "北美东部时间").
 */
public final class ZoneNames {

    private ZoneNames() {
    }

    /** The zone's city ("Shanghai", "上海"), else its localized generic name. */
    public static String city(ZoneId zone) {
        return city(Messages.locale(), zone);
    }

    public static String city(Locale language, ZoneId zone) {
        String city = knownCity(language, zone);
        return city != null ? city : zone.getDisplayName(TextStyle.FULL, language);
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
        String city = knownCity(language, zone);
        if (city == null) {
            return zone.getDisplayName(TextStyle.FULL, language);
        }
        return Messages.get(language, startsWithVowel(city) ? "zone.time.beforeVowel" : "zone.time", city);
    }

    private static String knownCity(Locale language, ZoneId zone) {
        return optional(language, "zone.city." + zone.getId());
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
