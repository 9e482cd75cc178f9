package org.visitplanner.model;

import java.util.Objects;

/** A person of the delegation, with the name in Latin script and in Chinese. */
public record Member(long id, String nameLatin, String nameChinese, String title, String organisation,
                     MemberRole role, String email, String phone, String notes, int version) {

    public Member {
        Objects.requireNonNull(nameLatin, "nameLatin");
        Objects.requireNonNull(role, "role");
    }

    /** "Ma Wei (马伟)" when both are known, else the one that is. */
    public String displayName() {
        return PersonNames.display(nameLatin, nameChinese);
    }

    /** Up to two upper-case initials of the Latin name, e.g. "ZM" for Zied MOUMNI. */
    public String initials() {
        return PersonNames.initials(nameLatin);
    }

    public Member withId(long newId) {
        return new Member(newId, nameLatin, nameChinese, title, organisation, role, email, phone, notes, version);
    }
}
