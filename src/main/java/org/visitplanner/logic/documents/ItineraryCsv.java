package org.visitplanner.logic.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.io.CsvFiles;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;

/**
 * The itinerary as a spreadsheet: one row per event, in the same CSV flavour as every export (UTF-8 with BOM,
 * formulas neutralised). Column names are fixed (documented in the README) so that scripts can rely on them.
 */
final class ItineraryCsv {

    static final List<String> HEADER = List.of("date", "start", "end", "time_zone", "home_start", "home_end",
            "home_time_zone", "kind", "status", "title", "institution", "institution_chinese", "address",
            "participants", "hosts", "notes", "uid");

    private final TripDocumentData data;
    private final DocumentOptions options;

    ItineraryCsv(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
    }

    void write(OutputStream out) throws IOException {
        List<Event> events = options.memberId() == null ? data.events() : data.eventsOf(options.memberId());
        CsvFiles.write(out, HEADER, sink -> {
            for (Event event : events) {
                var homeStart = event.zonedStart().withZoneSameInstant(data.trip().homeZone());
                var homeEnd = event.zonedEnd().withZoneSameInstant(data.trip().homeZone());
                Institution institution = data.institutionOf(event).orElse(null);
                sink.row(List.of(
                        event.day().toString(),
                        Formats.time(event.start().toLocalTime()),
                        Formats.time(event.end().toLocalTime()),
                        event.zone().getId(),
                        homeStart.toLocalDate() + " " + Formats.time(homeStart.toLocalTime()),
                        homeEnd.toLocalDate() + " " + Formats.time(homeEnd.toLocalTime()),
                        data.trip().homeZone().getId(),
                        event.kind().name(),
                        event.status().name(),
                        event.title(),
                        institution == null ? "" : institution.officialName(),
                        institution == null || institution.chineseName() == null ? "" : institution.chineseName(),
                        institution == null ? nullToEmpty(event.location()) : institution.fullAddress(),
                        data.participantsOf(event).stream().map(Member::displayName).collect(Collectors.joining("; ")),
                        data.hostsOf(event).stream().map(Contact::displayName).collect(Collectors.joining("; ")),
                        nullToEmpty(event.notes()),
                        event.uid()));
            }
        });
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
