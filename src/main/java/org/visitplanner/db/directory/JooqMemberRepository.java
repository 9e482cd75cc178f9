package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.MEMBER;

import java.util.List;

import org.jooq.DSLContext;
import org.visitplanner.db.Enums;
import org.visitplanner.db.jooq.tables.records.MemberRecord;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;

public final class JooqMemberRepository implements MemberRepository {

    private final DSLContext dsl;

    public JooqMemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Member> findAll() {
        return dsl.selectFrom(MEMBER).orderBy(MEMBER.NAME_LATIN, MEMBER.ID).fetch(JooqMemberRepository::toMember);
    }

    @Override
    public Member insert(Member member) {
        long id = dsl.insertInto(MEMBER)
                .set(MEMBER.NAME_LATIN, member.nameLatin())
                .set(MEMBER.NAME_CHINESE, member.nameChinese())
                .set(MEMBER.TITLE, member.title())
                .set(MEMBER.ORGANISATION, member.organisation())
                .set(MEMBER.ROLE, member.role().name())
                .set(MEMBER.EMAIL, member.email())
                .set(MEMBER.PHONE, member.phone())
                .set(MEMBER.NOTES, member.notes())
                .returning(MEMBER.ID)
                .fetchOne(MEMBER.ID);
        return member.withId(id);
    }

    public static Member toMember(MemberRecord r) {
        return new Member(r.getId(), r.getNameLatin(), r.getNameChinese(), r.getTitle(), r.getOrganisation(),
                Enums.of(MemberRole.class, r.getRole()), r.getEmail(), r.getPhone(), r.getNotes(), r.getVersion());
    }
}
