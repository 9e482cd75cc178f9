package org.visitplanner.logic.itinerary;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.PersonNames;

/**
 * The second stage of a calendar import: who and where the file's people and places are in the directory. A
 * LOCATION names an institution by name or address (accents and case ignored), or a map position within 100 m of
 * one; an ATTENDEE is a member or a contact by this app's URN, e-mail or name.
 */
final class CalendarMatches {

    private CalendarMatches() {
    }

    /** The member a URN of this app names, when that member still has the name the file gives. */
    static Optional<Member> memberOfAddress(CalendarFile.Person person, List<Member> directory) {
        return CalendarFormat.memberId(person.address()).flatMap(id -> directory.stream()
                .filter(m -> m.id() == id && samePerson(person, m.nameLatin(), m.nameChinese(), m.email()))
                .findFirst());
    }

    /** The contact among {@code candidates} the person is: by this app's URN and name, e-mail, or name. */
    static Optional<Contact> contactNamed(CalendarFile.Person person, List<Contact> candidates) {
        Optional<Long> id = CalendarFormat.contactId(person.address());
        if (id.isPresent()) {
            Optional<Contact> byId = candidates.stream().filter(c -> c.id() == id.get()
                    && samePerson(person, c.nameLatin(), c.nameChinese(), c.email())).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return candidates.stream().filter(c -> samePerson(person, c.nameLatin(), c.nameChinese(), c.email()))
                .findFirst();
    }

    /**
     * The institution within 100 m of {@code position}, when exactly one is: for an event that has a map position and
     * no place text (a free place next door to an institution is not the institution).
     */
    static Optional<Institution> nearest(Coordinates position, List<Institution> places) {
        if (position == null) {
            return Optional.empty();
        }
        List<Institution> near = places.stream().filter(p -> p.coordinates() != null
                && TravelEstimator.distanceKm(p.coordinates(), position) <= 0.1).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** The institution a LOCATION names: by name or by street address; the longest match wins. */
    static Optional<Institution> matchInstitution(String location, List<Institution> places) {
        String folded = TextFold.fold(location);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Institution best = null;
        int bestLength = 0;
        for (Institution place : places) {
            for (String candidate : new String[] {place.officialName(), place.englishName(), place.shortName(),
                    place.chineseName(), place.address()}) {
                String name = TextFold.fold(candidate);
                boolean usable = name.length() >= 4 || (name.length() >= 2 && folded.equals(name));
                if (usable && folded.contains(name) && name.length() > bestLength) {
                    best = place;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean samePerson(CalendarFile.Person person, String latin, String chinese, String email) {
        if (!person.email().isEmpty() && email != null && person.email().equalsIgnoreCase(email.strip())) {
            return true;
        }
        String name = TextFold.fold(person.name());
        return !name.isEmpty() && (name.equals(TextFold.fold(latin)) || name.equals(TextFold.fold(chinese))
                || name.equals(TextFold.fold(PersonNames.display(latin, chinese))));
    }
}
