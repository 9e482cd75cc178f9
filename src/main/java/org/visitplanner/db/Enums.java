package org.visitplanner.db;

import java.time.ZoneId;

/** Conversions between enum and zone columns (stored as their names) and model values. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static ZoneId zone(String id) {
        return ZoneId.of(id);
    }
}
