package org.visitplanner.logic.trip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.i18n.ZoneNames;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Trip;

/**
 * The time zones a trip can be in, named the way people name them: by their city in the app's languages
 * ("Shanghai", "上海"), their country, and their offset from UTC. The list is the tz database's canonical zones
 * (one per place, no aliases); the city names come from the Unicode CLDR ({@code src/tools/generate-zone-names.py}).
 */
public final class TimeZones {

    /** The venue zone of a trip when nothing better is known. */
    public static final ZoneId DEFAULT_VENUE = ZoneId.of("Europe/Paris");

    /** Zone → ISO country code, in zone order. */
    private static final Map<ZoneId, String> COUNTRIES = readCountries();

    private TimeZones() {
    }

    /** The zones to choose from, in the order of their ids. */
    public static List<ZoneId> all() {
        return COUNTRIES.keySet().stream().sorted(Comparator.comparing(ZoneId::getId)).toList();
    }

    /**
     * The main zone of the country named {@code country} in any of the app's languages or by its ISO code ("France",
     * "法国", "FR"): Europe/Paris. Empty for an unknown country.
     */
    public static Optional<ZoneId> ofCountry(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        // The tz database lists a country's main zone first.
        for (Map.Entry<ZoneId, String> entry : COUNTRIES.entrySet()) {
            Locale place = new Locale("", entry.getValue());
            if (entry.getValue().equalsIgnoreCase(country.strip()) || Messages.LANGUAGES.stream()
                    .anyMatch(language -> TextFold.same(place.getDisplayCountry(language), country))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The city that names {@code zone} in {@code language}: "巴黎" for Europe/Paris in Chinese. */
    public static String city(ZoneId zone, Locale language) {
        return ZoneNames.knownCity(language, zone).orElseGet(() -> {
            String id = zone.getId();
            return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        });
    }

    /** The country of {@code zone} in {@code language} ("Chine"), empty when the zone is not a country's. */
    public static String country(ZoneId zone, Locale language) {
        String code = COUNTRIES.get(zone);
        return code == null ? "" : new Locale("", code).getDisplayCountry(language);
    }

    /** "UTC+08:00", the zone's offset on {@code day} (at noon: summer time counts). */
    public static String offset(ZoneId zone, LocalDate day) {
        ZoneOffset offset = zone.getRules().getOffset(day.atTime(12, 0));
        return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }

    /** What a zone picker shows: "Paris · France · UTC+01:00". */
    public static String label(ZoneId zone, Locale language, LocalDate day) {
        String country = country(zone, language);
        return city(zone, language) + (country.isEmpty() ? "" : " · " + country) + " · " + offset(zone, day);
    }

    /** The home city's names of a new trip at home in {@code zone}: the zone's city in each language. */
    public static CityNames cityNames(ZoneId zone) {
        return new CityNames(city(zone, Locale.ENGLISH), city(zone, Locale.FRENCH), city(zone, Locale.CHINESE));
    }

    /**
     * The names in every language of the city called {@code name} in one of them, when it names a zone ("Shanghai"
     * or "上海": Shanghai, Shanghai, 上海); else {@code name} in every language.
     */
    public static CityNames cityNamesFor(String name) {
        if (name == null || name.isBlank()) {
            return CityNames.NONE;
        }
        for (ZoneId zone : COUNTRIES.keySet()) {
            for (Locale language : Messages.LANGUAGES) {
                if (TextFold.same(city(zone, language), name)) {
                    return cityNames(zone);
                }
            }
        }
        return new CityNames(name, name, name);
    }

    /** The home city as {@code language} prints it: the trip's own name for it, else the home zone's city. */
    public static String homeCity(Trip trip, Locale language) {
        return trip.homeCity().in(language).orElseGet(() -> city(trip.homeZone(), language));
    }

    /** The venue's city as {@code language} prints it. */
    public static String venueCity(Trip trip, Locale language) {
        return city(trip.venueZone(), language);
    }

    /**
     * The zone a person means by {@code text}: a zone id in any case ("europe/paris", "UTC"), else a city that names
     * only one zone, in any of the app's languages ("Paris", "上海"). Empty when none, or several, match.
     */
    public static Optional<ZoneId> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        String wanted = text.strip();
        Set<String> ids = ZoneId.getAvailableZoneIds();
        for (String id : ids) {
            if (id.equalsIgnoreCase(wanted)) {
                return Optional.of(ZoneId.of(id));
            }
        }
        List<ZoneId> byCity = all().stream().filter(zone -> Messages.LANGUAGES.stream()
                .anyMatch(language -> TextFold.same(city(zone, language), wanted))).toList();
        return byCity.size() == 1 ? Optional.of(byCity.get(0)) : Optional.empty();
    }

    /**
     * The zones matching what was typed, best first: city, country or zone id (in {@code language} and in English,
     * accents and case aside) starting with the query, then containing it. Every zone for an empty query.
     */
    public static List<ZoneId> search(String query, Locale language) {
        String needle = TextFold.fold(query);
        if (needle.isEmpty()) {
            return all();
        }
        List<ZoneId> starting = new ArrayList<>();
        List<ZoneId> containing = new ArrayList<>();
        for (ZoneId zone : all()) {
            List<String> words = List.of(TextFold.fold(city(zone, language)), TextFold.fold(city(zone, Locale.ENGLISH)),
                    TextFold.fold(country(zone, language)), TextFold.fold(country(zone, Locale.ENGLISH)),
                    TextFold.fold(zone.getId().replace('_', ' ')));
            if (words.stream().anyMatch(w -> w.startsWith(needle))) {
                starting.add(zone);
            } else if (words.stream().anyMatch(w -> w.contains(needle))) {
                containing.add(zone);
            }
        }
        Comparator<ZoneId> byCity = Comparator.comparing(zone -> TextFold.fold(city(zone, language)));
        starting.sort(byCity);
        containing.sort(byCity);
        starting.addAll(containing);
        return starting;
    }

    private static Map<ZoneId, String> readCountries() {
        Map<ZoneId, String> countries = new LinkedHashMap<>();
        try (InputStream in = TimeZones.class.getResourceAsStream("zones.tsv")) {
            if (in == null) {
                throw new IllegalStateException("zones.tsv is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                countries.put(ZoneId.of(parts[0]), parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return countries;
    }
}
