package org.visitplanner.logic.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Institution;
import org.visitplanner.model.OpeningHours;

/** Institutions with their opening hours and closures. */
public interface InstitutionRepository {

    /** What else deleting an institution touches: its contacts and partnerships go, events lose their venue. */
    record Links(int contacts, int partnerships, int events) {
    }

    /** All institutions, by official name. */
    List<Institution> findAll();

    Optional<Institution> findById(long id);

    /** Stores a new institution and returns it with its id. */
    Institution insert(Institution institution);

    /**
     * Stores the fields of {@code institution}, which was read at its {@code version}; returns it with the next
     * version. Throws {@link org.visitplanner.logic.DataProblem.Kind#STALE} when it changed or went in the meantime.
     */
    Institution update(Institution institution);

    List<OpeningHours> openingHours(long institutionId);

    /** The opening hours of every institution, by institution id (for exports). */
    Map<Long, List<OpeningHours>> allOpeningHours();

    /**
     * The opening hours of the institutions {@code ids}, by institution id, in one query (a week's read asks for the
     * dozen a trip visits; one query each was most of its time on a team database).
     */
    Map<Long, List<OpeningHours>> openingHoursOf(Collection<Long> ids);

    /** Replaces an institution's opening hours with {@code hours}. */
    void replaceOpeningHours(long institutionId, List<OpeningHours> hours);

    List<Closure> closures(long institutionId);

    /** The closures of every institution, by institution id (for exports). */
    Map<Long, List<Closure>> allClosures();

    /** The closures of the institutions {@code ids}, by institution id, in one query. */
    Map<Long, List<Closure>> closuresOf(Collection<Long> ids);

    Closure insertClosure(Closure closure);

    /** Replaces an institution's closures with {@code closures}. */
    void replaceClosures(long institutionId, List<Closure> closures);

    Links links(long institutionId);

    /**
     * Deletes the institution read at {@code version} with its opening hours, closures, contacts and partnerships;
     * events there keep their time but lose the link. Returns what went, for undo. STALE when it changed meanwhile.
     */
    DeletedRows delete(long id, int version);
}
