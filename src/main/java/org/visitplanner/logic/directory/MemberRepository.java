package org.visitplanner.logic.directory;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Member;

/** The people who travel in delegations. */
public interface MemberRepository {

    /** What else deleting a member touches: the trips they are on and the events they take part in. */
    record Links(int trips, int events) {
    }

    /** Everyone, by Latin name. */
    List<Member> findAll();

    Optional<Member> findById(long id);

    /** Stores a new member and returns it with its id. */
    Member insert(Member member);

    /** Stores {@code member}, read at its version; returns it with the next version. STALE when it moved on. */
    Member update(Member member);

    Links links(long memberId);

    /** Deletes the member read at {@code version}, taking them off every trip and event; returns what went. */
    DeletedRows delete(long id, int version);
}
