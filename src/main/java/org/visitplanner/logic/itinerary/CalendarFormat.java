package org.visitplanner.logic.itinerary;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;

/**
 * What Visit Planner's own calendar files say and how, shared by the export (which writes it) and the import (which
 * recognises it and maps it back to fields, so that exporting, importing and exporting again changes nothing).
 *
 * <p>Besides the standard properties, each event carries the fields that have no standard home:
 * {@value #KIND} (the kind of event), {@value #STATUS} (the exact status: DONE is CONFIRMED in STATUS),
 * {@value #LOCATION} (the event's own place text when it happens at an institution), {@value #HOST} (one per host,
 * like an ATTENDEE) and {@value #PARTICIPANTS}{@code :NONE} (nobody of the delegation takes part; without it, an event
 * without ATTENDEE involves everyone). Calendar programs keep such X- properties when they save a file again.
 */
public final class CalendarFormat {

    public static final String KIND = "X-VISITPLANNER-KIND";
    public static final String STATUS = "X-VISITPLANNER-STATUS";
    public static final String LOCATION = "X-VISITPLANNER-LOCATION";
    public static final String HOST = "X-VISITPLANNER-HOST";
    public static final String PARTICIPANTS = "X-VISITPLANNER-PARTICIPANTS";
    public static final String NO_PARTICIPANTS = "NONE";

    /** Longest line of a calendar file in octets, line break excluded (RFC 5545, 3.1). */
    public static final int FOLD_OCTETS = 75;

    private static final String MEMBER_URN = "urn:visit-planner:member:";
    private static final String CONTACT_URN = "urn:visit-planner:contact:";
    private static final Pattern PERSON_URN = Pattern.compile("(?i)urn:visit-planner:(member|contact):(\\d{1,18})");

    private CalendarFormat() {
    }

    /** LOCATION of an event at {@code institution}: its official name and address. */
    public static String location(Institution institution) {
        String address = institution.fullAddress();
        return address.isEmpty() ? institution.officialName() : institution.officialName() + ", " + address;
    }

    /** The first line of DESCRIPTION when the event has hosts: "Hosts: Claire Martin (+33 1 99 00 01 01); …". */
    public static String hostsLine(List<Contact> hosts, Locale language) {
        return Messages.get(language, "doc.line.hosts", hosts.stream()
                .map(h -> h.displayName() + (h.phone() == null || h.phone().isBlank() ? "" : " (" + h.phone() + ")"))
                .collect(Collectors.joining("; ")));
    }

    /** DESCRIPTION: the hosts line, then the notes. */
    public static String description(List<Contact> hosts, String notes, Locale language) {
        StringBuilder text = new StringBuilder();
        if (!hosts.isEmpty()) {
            text.append(hostsLine(hosts, language));
        }
        if (notes != null && !notes.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n").append(notes);
        }
        return text.toString();
    }

    /**
     * The notes of a DESCRIPTION: without its first line when that is the hosts line the export writes for
     * {@code hosts}, in any of the languages.
     */
    public static String notesOf(String description, List<Contact> hosts) {
        if (description == null || hosts.isEmpty()) {
            return description;
        }
        String normalised = description.replace("\r\n", "\n");
        for (Locale language : Messages.LANGUAGES) {
            String line = hostsLine(hosts, language);
            if (normalised.equals(line)) {
                return null;
            }
            if (normalised.startsWith(line + "\n")) {
                String rest = normalised.substring(line.length() + 1);
                return rest.isBlank() ? null : rest;
            }
        }
        return description;
    }

    /** The calendar address of a member: the e-mail, else a stable URN (an address must be a URI). */
    public static URI address(Member member) {
        return address(member.email(), MEMBER_URN + member.id());
    }

    /** The calendar address of a contact, as {@link #address(Member)}. */
    public static URI address(Contact contact) {
        return address(contact.email(), CONTACT_URN + contact.id());
    }

    private static URI address(String email, String urn) {
        if (email != null && email.strip().matches("[^\\s@:/?#]+@[^\\s@/?#]+")) {
            return URI.create("mailto:" + email.strip());
        }
        return URI.create(urn);
    }

    /** The member id in a member URN this app wrote; empty for any other address. */
    public static Optional<Long> memberId(String address) {
        return personId(address, "member");
    }

    /** The contact id in a contact URN this app wrote; empty for any other address. */
    public static Optional<Long> contactId(String address) {
        return personId(address, "contact");
    }

    private static Optional<Long> personId(String address, String kind) {
        Matcher m = PERSON_URN.matcher(address == null ? "" : address.strip());
        return m.matches() && m.group(1).equalsIgnoreCase(kind) ? Optional.of(Long.parseLong(m.group(2)))
                : Optional.empty();
    }

    /**
     * Folds the lines of a calendar text (folded otherwise or not at all) so that none is longer than
     * {@value #FOLD_OCTETS} octets of UTF-8, never inside a character: a continuation line starts with one space
     * (RFC 5545, 3.1). Lines end with CRLF.
     */
    public static String fold(String text) {
        String unfolded = text.replaceAll("\r?\n[ \t]", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split("\r\n|\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = FOLD_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = FOLD_OCTETS - 1; // the leading space counts
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
