package org.visitplanner.logic.directory;

import java.util.List;
import java.util.Optional;

import org.visitplanner.model.Closure;
import org.visitplanner.model.Institution;
import org.visitplanner.model.OpeningHours;

/** Institutions with their opening hours and closures. */
public interface InstitutionRepository {

    /** All institutions, by official name. */
    List<Institution> findAll();

    Optional<Institution> findById(long id);

    /** Stores a new institution and returns it with its id. */
    Institution insert(Institution institution);

    List<OpeningHours> openingHours(long institutionId);

    /** Replaces an institution's opening hours with {@code hours}. */
    void replaceOpeningHours(long institutionId, List<OpeningHours> hours);

    List<Closure> closures(long institutionId);

    Closure insertClosure(Closure closure);
}
