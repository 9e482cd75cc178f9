package org.visitplanner.logic.directory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Relation;

/**
 * An institution as the texts of its fields: what the form shows and what a CSV row holds. Both check and read texts
 * here, so a value the form refuses is refused by an import too.
 */
public final class InstitutionTexts {
    private InstitutionTexts() {
    }

    /** Every field of {@code profile} as text (codes for kind and relation). */
    public static Map<InstitutionField, String> of(InstitutionProfile profile) {
        Institution i = profile.institution();
        Map<InstitutionField, String> texts = new EnumMap<>(InstitutionField.class);
        texts.put(InstitutionField.OFFICIAL_NAME, i.officialName());
        texts.put(InstitutionField.ENGLISH_NAME, text(i.englishName()));
        texts.put(InstitutionField.CHINESE_NAME, text(i.chineseName()));
        texts.put(InstitutionField.SHORT_NAME, text(i.shortName()));
        texts.put(InstitutionField.KIND, i.kind().name());
        texts.put(InstitutionField.RELATION, i.relation().name());
        texts.put(InstitutionField.ADDRESS, text(i.address()));
        texts.put(InstitutionField.POSTCODE, text(i.postcode()));
        texts.put(InstitutionField.CITY, text(i.city()));
        texts.put(InstitutionField.COUNTRY, text(i.country()));
        Coordinates c = i.coordinates();
        texts.put(InstitutionField.LATITUDE, c == null ? "" : CoordinatesFormat.decimal(c.latitude()));
        texts.put(InstitutionField.LONGITUDE, c == null ? "" : CoordinatesFormat.decimal(c.longitude()));
        texts.put(InstitutionField.WEBSITE, text(i.website()));
        texts.put(InstitutionField.PHONE, text(i.phone()));
        texts.put(InstitutionField.OPENING_HOURS, OpeningHoursFormat.format(profile.openingHours()));
        texts.put(InstitutionField.CLOSURES, ClosuresFormat.format(profile.closures()));
        texts.put(InstitutionField.NOTES, text(i.notes()));
        return texts;
    }

    /** What is wrong with {@code text} as a value of {@code field} on its own; empty when it can be saved. */
    public static Optional<FieldProblem> check(InstitutionField field, String text) {
        Optional<FieldProblem> length = FieldChecks.length(text, field.maxLength());
        return FieldChecks.first(length, switch (field) {
            case OFFICIAL_NAME -> FieldChecks.required(text);
            case KIND -> choice(InstitutionKind.class, text);
            case RELATION -> choice(Relation.class, text);
            case LATITUDE -> FieldChecks.latitude(text);
            case LONGITUDE -> FieldChecks.longitude(text);
            case WEBSITE -> FieldChecks.url(text);
            case PHONE -> FieldChecks.phone(text);
            case OPENING_HOURS -> OpeningHoursFormat.check(text)
                    .map(p -> FieldProblem.error(p.messageKey(), p.fragment()));
            case CLOSURES -> closures(text);
            default -> Optional.empty();
        });
    }

    /**
     * The problems of the given texts, by field, including those between fields (a latitude needs a longitude).
     * Fields not in {@code texts} keep the values of {@code base}.
     */
    public static Map<InstitutionField, FieldProblem> checkAll(InstitutionProfile base,
                                                               Map<InstitutionField, String> texts) {
        Map<InstitutionField, FieldProblem> problems = new EnumMap<>(InstitutionField.class);
        texts.forEach((field, text) -> check(field, text).ifPresent(p -> problems.put(field, p)));
        Coordinates known = base.institution().coordinates();
        String latitude = texts.containsKey(InstitutionField.LATITUDE) ? texts.get(InstitutionField.LATITUDE)
                : known == null ? "" : CoordinatesFormat.decimal(known.latitude());
        String longitude = texts.containsKey(InstitutionField.LONGITUDE) ? texts.get(InstitutionField.LONGITUDE)
                : known == null ? "" : CoordinatesFormat.decimal(known.longitude());
        if (FieldChecks.isBlank(latitude) != FieldChecks.isBlank(longitude)) {
            InstitutionField missing = FieldChecks.isBlank(latitude) ? InstitutionField.LATITUDE
                    : InstitutionField.LONGITUDE;
            problems.putIfAbsent(missing, FieldProblem.error("directory.check.coordinatesPaired"));
        }
        return problems;
    }

    /**
     * {@code base} with the given texts read into its fields. Throws with the first problem when one cannot be
     * read; call {@link #checkAll} first to show them all.
     */
    public static InstitutionProfile apply(InstitutionProfile base, Map<InstitutionField, String> texts)
            throws FieldProblemException {
        for (Map.Entry<InstitutionField, FieldProblem> problem : checkAll(base, texts).entrySet()) {
            if (problem.getValue().isError()) {
                throw new FieldProblemException(problem.getValue());
            }
        }
        Institution i = base.institution();
        Map<InstitutionField, String> t = new EnumMap<>(of(base));
        t.putAll(texts);
        Coordinates coordinates = FieldChecks.isBlank(t.get(InstitutionField.LATITUDE)) ? null
                : new Coordinates(FieldChecks.decimal(t.get(InstitutionField.LATITUDE)).orElseThrow(),
                        FieldChecks.decimal(t.get(InstitutionField.LONGITUDE)).orElseThrow());
        Institution changed = new Institution(i.id(), t.get(InstitutionField.OFFICIAL_NAME).strip(),
                clean(t, InstitutionField.ENGLISH_NAME), clean(t, InstitutionField.CHINESE_NAME),
                clean(t, InstitutionField.SHORT_NAME),
                EnumText.parse(InstitutionKind.class, t.get(InstitutionField.KIND)).orElse(InstitutionKind.OTHER),
                EnumText.parse(Relation.class, t.get(InstitutionField.RELATION)).orElse(Relation.NONE),
                clean(t, InstitutionField.ADDRESS), clean(t, InstitutionField.POSTCODE),
                clean(t, InstitutionField.CITY), clean(t, InstitutionField.COUNTRY), coordinates,
                clean(t, InstitutionField.WEBSITE), clean(t, InstitutionField.PHONE),
                notes(t.get(InstitutionField.NOTES)), i.version());
        List<OpeningHours> hours = texts.containsKey(InstitutionField.OPENING_HOURS)
                ? hours(i.id(), texts.get(InstitutionField.OPENING_HOURS)) : base.openingHours();
        List<Closure> closures = texts.containsKey(InstitutionField.CLOSURES)
                ? ClosuresFormat.parse(i.id(), texts.get(InstitutionField.CLOSURES)) : base.closures();
        return new InstitutionProfile(changed, hours, closures);
    }

    private static List<OpeningHours> hours(long id, String text) throws FieldProblemException {
        try {
            return OpeningHoursFormat.parse(id, text);
        } catch (OpeningHoursFormat.ParseException e) {
            throw new FieldProblemException(FieldProblem.error(e.problem().messageKey(), e.problem().fragment()));
        }
    }

    private static Optional<FieldProblem> closures(String text) {
        try {
            ClosuresFormat.parse(0, text);
            return Optional.empty();
        } catch (FieldProblemException e) {
            return Optional.of(e.problem());
        }
    }

    private static <E extends Enum<E>> Optional<FieldProblem> choice(Class<E> type, String text) {
        return FieldChecks.isBlank(text) || EnumText.parse(type, text).isPresent() ? Optional.empty()
                : Optional.of(FieldProblem.error("directory.check.choice", text.strip()));
    }

    private static String clean(Map<InstitutionField, String> texts, InstitutionField field) {
        return FieldChecks.clean(texts.get(field));
    }

    /** Notes keep their inner line breaks and indentation; only surrounding blank space goes. */
    private static String notes(String text) {
        return FieldChecks.isBlank(text) ? null : text.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
