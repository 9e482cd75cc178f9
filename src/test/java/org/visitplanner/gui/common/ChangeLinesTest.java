package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.FieldChange;

class ChangeLinesTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2025, 12, 8, 14, 2, 0, 0, ZoneOffset.ofHours(1));

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void anAddedContactAndADeletedEventAreNamedInEachLanguage() {
        FieldChange added = new FieldChange("contact", 7, null, "added", null, "Claire Martin", false, "ben", WHEN);
        FieldChange deleted = new FieldChange("event", 9, null, "deleted", "Lunch with the alumni", null, false,
                "marie", WHEN);

        Messages.setLocale(Locale.ENGLISH);
        assertThat(ChangeLines.line(added)).endsWith(" · ben · added: Contact Claire Martin");
        assertThat(ChangeLines.line(deleted)).endsWith(" · marie · deleted: Lunch with the alumni");
        Messages.setLocale(Locale.FRENCH);
        assertThat(ChangeLines.line(added)).endsWith(" · ben · ajout : Contact Claire Martin");
        assertThat(ChangeLines.line(deleted)).endsWith(" · marie · suppression : Lunch with the alumni");
        Messages.setLocale(Locale.CHINESE);
        assertThat(ChangeLines.line(added)).endsWith(" · ben · 新增：联系人 Claire Martin");
        assertThat(ChangeLines.line(deleted)).endsWith(" · marie · 删除：Lunch with the alumni");
    }
}
