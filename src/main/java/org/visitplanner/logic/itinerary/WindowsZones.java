package org.visitplanner.logic.itinerary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Windows time-zone names, as Outlook writes them in TZID ("W. Europe Standard Time"), and the IANA zones each
 * covers (Unicode CLDR's windowsZones, in {@code windows-zones.properties}). Most names cover several cities: the one
 * meant is the zone of where the trip goes whenever its clock agrees with the name's all year, so "W. Europe
 * Standard Time" at a Paris institution is Europe/Paris, not CLDR's Europe/Berlin.
 */
public final class WindowsZones {

    private static final Map<String, List<String>> ZONES = load();

    private WindowsZones() {
    }

    /** Whether {@code name} is a Windows zone name. */
    public static boolean isWindowsName(String name) {
        return name != null && ZONES.containsKey(name.strip());
    }

    /** The IANA zones a Windows name covers, CLDR's main one first; empty for any other name. */
    public static List<String> zonesOf(String name) {
        return name == null ? List.of() : ZONES.getOrDefault(name.strip(), List.of());
    }

    /**
     * The zone a Windows name stands for in {@code year}: the first of {@code preferred} (the trip's venue, best guess
     * first) whose offsets agree with the name's all that year, else CLDR's main zone for the name.
     *
     * @throws IllegalArgumentException when {@code name} is not a Windows zone name
     */
    public static ZoneId resolve(String name, List<ZoneId> preferred, int year) {
        List<String> zones = zonesOf(name);
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("not a Windows zone name: " + name);
        }
        ZoneId main = ZoneId.of(zones.get(0));
        for (ZoneId candidate : preferred) {
            if (sameClock(candidate, main, year)) {
                return candidate;
            }
        }
        return main;
    }

    /** Whether two zones show the same time at every moment of {@code year} (checked at each of their changes). */
    static boolean sameClock(ZoneId a, ZoneId b, int year) {
        ZoneRules rulesA = a.getRules();
        ZoneRules rulesB = b.getRules();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(14 * 3600);
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(14 * 3600);
        List<Instant> moments = new ArrayList<>(List.of(from));
        for (ZoneRules rules : List.of(rulesA, rulesB)) {
            for (var t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                 t = rules.nextTransition(t.getInstant())) {
                moments.add(t.getInstant());
            }
        }
        for (Instant moment : moments) {
            if (!rulesA.getOffset(moment).equals(rulesB.getOffset(moment))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<String>> load() {
        Properties table = new Properties();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.properties is missing from the application");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> zones = new HashMap<>();
        for (String name : table.stringPropertyNames()) {
            List<String> known = new ArrayList<>();
            for (String id : table.getProperty(name).trim().split("\\s+")) {
                try {
                    ZoneId.of(id);
                    known.add(id);
                } catch (DateTimeException e) {
                    // a city this Java's time-zone data does not know yet: the others still serve
                }
            }
            if (!known.isEmpty()) {
                zones.put(name, List.copyOf(known));
            }
        }
        return Map.copyOf(zones);
    }
}
