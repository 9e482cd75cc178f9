package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.EVENT_PARTICIPANT;
import static org.visitplanner.db.jooq.Tables.MEMBER;
import static org.visitplanner.db.jooq.Tables.TRIP_MEMBER;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.jooq.tables.records.MemberRecord;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Member;

public final class JooqMemberRepository implements MemberRepository {

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqMemberRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public List<Member> findAll() {
        return dsl.selectFrom(MEMBER).orderBy(MEMBER.NAME_LATIN, MEMBER.ID).fetch(JooqMemberRepository::toMember);
    }

    @Override
    public Optional<Member> findById(long id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional(JooqMemberRepository::toMember);
    }

    @Override
    public Member insert(Member member) {
        long id = dsl.insertInto(MEMBER)
                .set(MEMBER.NAME_LATIN, member.nameLatin())
                .set(MEMBER.NAME_CHINESE, member.nameChinese())
                .set(MEMBER.TITLE, member.title())
                .set(MEMBER.ORGANISATION, member.organisation())
                .set(MEMBER.ROLE, member.role())
                .set(MEMBER.EMAIL, member.email())
                .set(MEMBER.PHONE, member.phone())
                .set(MEMBER.NOTES, member.notes())
                .returning(MEMBER.ID)
                .fetchOne(MEMBER.ID);
        return member.withId(id);
    }

    @Override
    public Member update(Member m) {
        int changed = dsl.update(MEMBER)
                .set(MEMBER.NAME_LATIN, m.nameLatin())
                .set(MEMBER.NAME_CHINESE, m.nameChinese())
                .set(MEMBER.TITLE, m.title())
                .set(MEMBER.ORGANISATION, m.organisation())
                .set(MEMBER.ROLE, m.role())
                .set(MEMBER.EMAIL, m.email())
                .set(MEMBER.PHONE, m.phone())
                .set(MEMBER.NOTES, m.notes())
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEMBER.ID.eq(m.id()).and(MEMBER.VERSION.eq(m.version())))
                .execute();
        OptimisticLock.check(changed, "member", m.id());
        return new Member(m.id(), m.nameLatin(), m.nameChinese(), m.title(), m.organisation(), m.role(), m.email(),
                m.phone(), m.notes(), m.version() + 1);
    }

    @Override
    public Links links(long memberId) {
        var trips = DSL.selectCount().from(TRIP_MEMBER).where(TRIP_MEMBER.MEMBER_ID.eq(memberId)).asField();
        var events = DSL.selectCount().from(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.MEMBER_ID.eq(memberId))
                .asField();
        return dsl.select(trips, events)
                .fetchOne(r -> new Links(r.get(trips, Integer.class), r.get(events, Integer.class)));
    }

    @Override
    public DeletedRows delete(long id, int version) {
        return deletes.delete(MEMBER, id, version);
    }

    public static Member toMember(MemberRecord r) {
        return new Member(r.getId(), r.getNameLatin(), r.getNameChinese(), r.getTitle(), r.getOrganisation(),
                r.getRole(), r.getEmail(), r.getPhone(), r.getNotes(), r.getVersion());
    }
}
