package org.visitplanner.logic.directory;

import java.util.List;

import org.visitplanner.model.Member;

/** The people who travel in delegations. */
public interface MemberRepository {

    /** Everyone, by Latin name. */
    List<Member> findAll();

    /** Stores a new member and returns it with its id. */
    Member insert(Member member);
}
