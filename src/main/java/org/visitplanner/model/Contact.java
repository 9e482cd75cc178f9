package org.visitplanner.model;

import java.util.Objects;

/** A person at an institution whom the delegation meets. */
public record Contact(long id, long institutionId, String nameLatin, String nameChinese, String title, String email,
                      String phone, String languages, String notes, int version) {

    public Contact {
        Objects.requireNonNull(nameLatin, "nameLatin");
    }

    public String displayName() {
        return PersonNames.display(nameLatin, nameChinese);
    }

    public Contact withId(long newId) {
        return new Contact(newId, institutionId, nameLatin, nameChinese, title, email, phone, languages, notes,
                version);
    }
}
