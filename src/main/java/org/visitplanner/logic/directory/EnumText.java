package org.visitplanner.logic.directory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.text.TextFold;

/**
 * Reads a choice (kind, relation, status…) from a CSV cell: its code as exported ({@code GRANDE_ECOLE}), in any case
 * and with spaces or hyphens, or its name in English, French or Chinese ("Grande école", "grande ecole", "大学校").
 */
public final class EnumText {

    /** Folded names in every language, by enum type; built once (loading other languages' bundles is not free). */
    private static final Map<Class<?>, Map<String, Enum<?>>> NAMES = new ConcurrentHashMap<>();

    private EnumText() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (FieldChecks.isBlank(text)) {
            return Optional.empty();
        }
        String code = TextFold.fold(text).replaceAll("[\\s\\-]+", "_").toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return Optional.of(constant);
            }
        }
        Enum<?> named = NAMES.computeIfAbsent(type, EnumText::names).get(TextFold.fold(text));
        return Optional.ofNullable(named).map(type::cast);
    }

    private static Map<String, Enum<?>> names(Class<?> type) {
        Map<String, Enum<?>> names = new HashMap<>();
        for (Locale language : Messages.LANGUAGES) {
            for (Object constant : type.getEnumConstants()) {
                names.putIfAbsent(TextFold.fold(Messages.of(language, (Enum<?>) constant)), (Enum<?>) constant);
            }
        }
        return Map.copyOf(names);
    }
}
