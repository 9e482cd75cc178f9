package org.visitplanner.db.followup;

import static org.visitplanner.db.jooq.Tables.ACTION_ITEM;
import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.INSTITUTION;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;
import static org.visitplanner.db.jooq.Tables.MEMBER;
import static org.visitplanner.db.jooq.Tables.TRIP;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.meeting.JooqMeetingRepository;
import org.visitplanner.logic.followup.FollowUp;
import org.visitplanner.logic.followup.FollowUpRepository;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.PersonNames;

public final class JooqFollowUpRepository implements FollowUpRepository {

    private final DSLContext dsl;

    public JooqFollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FollowUp> findAll() {
        return dsl.select(ACTION_ITEM.asterisk(), MEMBER.NAME_LATIN, MEMBER.NAME_CHINESE, TRIP.ID, TRIP.NAME,
                        EVENT.ID, EVENT.TITLE, EVENT.STARTS_AT, INSTITUTION.ID, INSTITUTION.SHORT_NAME,
                        INSTITUTION.OFFICIAL_NAME)
                .from(ACTION_ITEM)
                .join(MEETING_RECORD).on(MEETING_RECORD.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(EVENT).on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID))
                .join(TRIP).on(TRIP.ID.eq(EVENT.TRIP_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(EVENT.INSTITUTION_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(ACTION_ITEM.OWNER_MEMBER_ID))
                .orderBy(DSL.when(ACTION_ITEM.STATUS.eq(ActionStatus.OPEN), 0).otherwise(1),
                        ACTION_ITEM.DUE_DAY.asc().nullsLast(), EVENT.STARTS_AT, ACTION_ITEM.POSITION, ACTION_ITEM.ID)
                .fetch(r -> new FollowUp(JooqMeetingRepository.toAction(r.into(ACTION_ITEM)),
                        r.get(MEMBER.NAME_LATIN) == null ? ""
                                : PersonNames.display(r.get(MEMBER.NAME_LATIN), r.get(MEMBER.NAME_CHINESE)),
                        r.get(TRIP.ID), r.get(TRIP.NAME), r.get(EVENT.ID), r.get(EVENT.TITLE),
                        r.get(EVENT.STARTS_AT).toLocalDate(), r.get(INSTITUTION.ID),
                        label(r.get(INSTITUTION.SHORT_NAME), r.get(INSTITUTION.OFFICIAL_NAME))));
    }

    /** An institution's short name when it has one, else its official name (as {@code Institution#label}). */
    public static String label(String shortName, String officialName) {
        if (shortName != null && !shortName.isBlank()) {
            return shortName;
        }
        return officialName == null ? "" : officialName;
    }
}
