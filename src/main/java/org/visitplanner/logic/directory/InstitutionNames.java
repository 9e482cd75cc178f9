package org.visitplanner.logic.directory;

import java.util.List;
import java.util.function.Function;

import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Institution;

/**
 * Finds an institution by any of its four names, as a file written by people names it: "École des Ponts ParisTech",
 * "ENPC", "Ecole des Ponts" or "巴黎路桥学院". Used by every import that names institutions (directory contacts, visits
 * to place).
 */
public final class InstitutionNames {

    /** The names tried, in this order: the first that names exactly one institution wins. */
    private static final List<Function<Institution, String>> NAMES = List.of(Institution::officialName,
            Institution::shortName, Institution::englishName, Institution::chineseName);

    private InstitutionNames() {
    }

    /**
     * The one institution of {@code all} called {@code name} (accents, case and spacing ignored): by its official
     * name, else its short name, else its English name, else its Chinese name.
     *
     * @return the institution, or null when {@code name} is null or blank (no institution named)
     * @throws FieldProblemException when no institution has that name, or several have it under the first name
     *                               that matches (the message names it)
     */
    public static Institution find(String name, List<Institution> all) throws FieldProblemException {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Function<Institution, String> nameOf : NAMES) {
            List<Institution> found = all.stream().filter(i -> TextFold.same(nameOf.apply(i), name)).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new FieldProblemException(FieldProblem.error("directory.import.ambiguousInstitution",
                        name.strip()));
            }
        }
        throw new FieldProblemException(FieldProblem.error("directory.import.unknownInstitution", name.strip()));
    }
}
