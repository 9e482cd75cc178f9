package org.visitplanner.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.visitplanner.app.Services;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/**
 * A crowded week beside the sample: 90 events over the sample's five days (18 a day, from 07:00 to about 21:30), at
 * the sample's institutions in turn, with long French and Chinese names, hosts, the whole delegation or part of it,
 * and notes from one line to a paragraph — what a busy programme looks like on paper.
 */
public final class CrowdedTrip {
    private CrowdedTrip() {
    }

    /** Creates the trip in the data of {@code services} (which holds the sample) and returns it. */
    public static Trip create(Services services) {
        Trip sample = services.trips().findSample().orElseThrow();
        List<Member> delegation = services.trips().members(sample.id());
        Trip trip = services.trips().insert(new Trip(0, "Crowded week — 90 events", sample.firstDay(),
                sample.lastDay(), sample.venueZone(), sample.homeZone(), false, null, 0));
        for (int i = 0; i < delegation.size(); i++) {
            services.trips().addMember(trip.id(), delegation.get(i).id(), i);
        }
        List<Institution> places = services.institutions().findAll();
        List<Contact> contacts = services.contacts().findAll();
        ZoneId zone = sample.venueZone();
        int n = 0;
        for (LocalDate day = sample.firstDay(); !day.isAfter(sample.lastDay()); day = day.plusDays(1)) {
            for (int slot = 0; slot < 18; slot++) {
                LocalDateTime start = day.atTime(7, 0).plusMinutes(48L * slot);
                Institution place = places.get(n % places.size());
                List<Long> hosts = contacts.stream().filter(c -> c.institutionId() == place.id()).limit(2)
                        .map(Contact::id).toList();
                List<Long> who = n % 3 == 0 ? delegation.stream().map(Member::id).toList()
                        : delegation.stream().skip(n % 2).limit(2).map(Member::id).toList();
                EventKind kind = EventKind.values()[n % EventKind.values().length];
                String title = "Séance de travail n° " + (n + 1) + " — " + (n % 4 == 0
                        ? "programme de double diplôme et échanges d'étudiants, 双学位项目与学生交流（第" + (n + 1) + "次）"
                        : n % 4 == 1 ? "laboratoire des matériaux" : n % 4 == 2 ? "Soufflot office visit"
                        : "financement des mobilités");
                String notes = n % 5 == 0 ? null : "Note " + (n + 1) + ": " + "bring the signed letters, the gifts "
                        + "and the brochures in French and Chinese; confirm the interpreter. ".repeat(1 + n % 4);
                services.events().insert(new Event(0, trip.id(), "crowded-" + n + "@visitplanner", kind, title,
                        start, start.plusMinutes(40), zone, place.id(), null, EventStatus.PLANNED, notes, who, hosts,
                        0));
                n++;
            }
        }
        return trip;
    }
}
