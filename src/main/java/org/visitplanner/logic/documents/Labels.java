package org.visitplanner.logic.documents;

import java.time.LocalDate;
import java.util.Locale;

import org.visitplanner.logic.documents.pdf.PdfPages;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.Trip;

/** The strings of documents in the document's own language (which may differ from the window's). */
final class Labels {

    private final Locale language;

    Labels(Locale language) {
        this.language = language;
    }

    Locale language() {
        return language;
    }

    String get(String key, Object... args) {
        return Messages.get(language, key, args);
    }

    String of(Enum<?> value) {
        return Messages.of(language, value);
    }

    /** "Monday 8 December 2025" in the document's language. */
    String fullDay(LocalDate day) {
        return Formats.withPattern(language, get("doc.format.dayFull"), day);
    }

    String longDay(LocalDate day) {
        return Formats.longDay(language, day);
    }

    String date(LocalDate day) {
        return Formats.date(language, day);
    }

    /** A journey as documents print it: "ENSTA: on foot, about 10 min", or "EIVP: travel time unknown". */
    String leg(TravelLeg leg, String destination) {
        if (leg.minutes().isEmpty()) {
            return get("doc.leg.unknown", destination);
        }
        String mode = leg.mode() == null ? "" : get("doc.mode." + leg.mode().name());
        return get(leg.overridden() ? "doc.leg.set" : "doc.leg.estimated", mode,
                Integer.toString(leg.minutes().getAsInt()), destination);
    }

    /** The header, footer and page numbers every page carries. */
    PdfPages.Frame frame(Trip trip, String documentTitle, LocalDate printedOn) {
        String footer = get("doc.footer", Formats.dayRange(language, trip.firstDay(), trip.lastDay()),
                Formats.date(language, printedOn));
        return new PdfPages.Frame(trip.name(), documentTitle, footer,
                (page, pages) -> get("doc.page", Integer.toString(page), Integer.toString(pages)), language);
    }
}
