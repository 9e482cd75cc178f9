package org.visitplanner.logic.meeting;

import java.util.List;
import java.util.Set;

import org.visitplanner.model.ActionItem;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Member;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.Partnership;

/**
 * Everything the meeting-record window shows for one event.
 *
 * @param institution  null for an event at a free location (then there are no contacts and no partnerships)
 * @param tripMembers  the delegation, who may have attended
 * @param contacts     the institution's contacts, who may have attended
 */
public record MeetingSheet(Event event, String tripName, Institution institution, MeetingRecord record,
                           List<Member> tripMembers, List<Contact> contacts, Set<Long> attendingMemberIds,
                           Set<Long> attendingContactIds, List<Outcome> outcomes, List<ActionItem> actions,
                           List<Attachment> attachments, List<Partnership> partnerships) {
}
