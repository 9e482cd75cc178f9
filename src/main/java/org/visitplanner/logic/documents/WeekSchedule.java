package org.visitplanner.logic.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.visitplanner.logic.documents.pdf.PdfPages;
import org.visitplanner.logic.documents.pdf.Style;
import org.visitplanner.model.Event;
import org.visitplanner.model.Member;
import org.visitplanner.model.TravelLeg;

/**
 * The week on one landscape page: a column per day with its events (time, title, venue) and the travel between
 * them. Text shrinks (down to a legible minimum) until every column fits; a week that still does not fit continues
 * on the next page rather than being cut: an event is never split between pages, and a page the week runs onto
 * repeats the title and each day's heading. With a member, only that member's events and journeys.
 */
final class WeekSchedule {

    private static final int DAYS_PER_PAGE = 7;
    private static final float GAP = 8;
    private static final float[] SCALES = {1.3f, 1.2f, 1.1f, 1f, 0.92f, 0.85f, 0.78f, 0.72f, 0.66f};

    private final TripDocumentData data;
    private final DocumentOptions options;
    private final Labels labels;
    private final Member member;

    WeekSchedule(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
        this.labels = new Labels(options.language());
        this.member = options.memberId() == null ? null : data.membersById().get(options.memberId());
    }

    String title() {
        return member == null ? labels.get("doc.week.title")
                : labels.get("doc.forMember", labels.get("doc.week.title"), member.displayName());
    }

    void write(PdfPages pages) {
        if (member != null && data.eventsOf(member.id()).isEmpty()) {
            pages.newPage();
            pages.paragraph(pages.left(), pages.width(), title(), Style.TITLE);
            pages.moveDown(6);
            pages.paragraph(pages.left(), pages.width(), labels.get("doc.member.nothing", member.displayName()),
                    Style.BODY);
            return;
        }
        List<LocalDate> days = data.trip().days();
        for (int from = 0; from < days.size(); from += DAYS_PER_PAGE) {
            writeDays(pages, days.subList(from, Math.min(days.size(), from + DAYS_PER_PAGE)));
        }
    }

    /** One printable piece of a column: a line or a wrapped block of text with space after it. */
    private record Piece(String text, Style style, float spaceAfter, boolean eventStart) {
    }

    private void writeDays(PdfPages pages, List<LocalDate> days) {
        pages.newPage();
        pages.paragraph(pages.left(), pages.width(), title(), Style.TITLE);
        pages.moveDown(6);
        float columnWidth = (pages.width() - GAP * (days.size() - 1)) / days.size();
        float top = pages.y();
        float available = top - pages.bottom();

        float scale = SCALES[SCALES.length - 1];
        for (float candidate : SCALES) {
            if (tallestColumn(pages, days, columnWidth, candidate) <= available
                    && noWordIsCut(pages, days, columnWidth, candidate)) {
                scale = candidate;
                break;
            }
        }
        List<List<Piece>> columns = new ArrayList<>();
        float headerHeight = 0;
        for (LocalDate day : days) {
            List<Piece> column = pieces(day, scale);
            columns.add(column);
            headerHeight = Math.max(headerHeight, height(pages, column.get(0), columnWidth));
        }
        // Every day header gets the height of the tallest, so that the first events of all days line up.
        for (List<Piece> column : columns) {
            Piece header = column.get(0);
            column.set(0, new Piece(header.text(), header.style(),
                    header.spaceAfter() + headerHeight - height(pages, header, columnWidth), false));
        }
        int[] next = new int[days.size()];
        boolean first = true;
        while (true) {
            boolean anyLeft = false;
            for (int c = 0; c < days.size(); c++) {
                anyLeft |= next[c] < columns.get(c).size();
            }
            if (!anyLeft) {
                break;
            }
            if (!first) {
                pages.newPage();
                pages.paragraph(pages.left(), pages.width(), labels.get("doc.continued", title()), Style.TITLE);
                pages.moveDown(6);
                top = pages.y();
            }
            for (int c = 0; c < days.size(); c++) {
                float x = pages.left() + c * (columnWidth + GAP);
                float cursor = top;
                if (!first && next[c] < columns.get(c).size()) {
                    // The day's heading again, so that the page says which day each column is.
                    Piece header = columns.get(c).get(0);
                    Piece again = new Piece(labels.get("doc.continued", labels.longDay(days.get(c))),
                            header.style(), 6, false);
                    cursor -= drawHeader(pages, again, x, cursor, columnWidth);
                }
                next[c] = drawColumn(pages, columns.get(c), next[c], x, cursor, columnWidth);
            }
            first = false;
        }
    }

    private float drawHeader(PdfPages pages, Piece header, float x, float cursor, float width) {
        float height = height(pages, header, width);
        pages.fill(x, cursor + 2, width, height + 2, Style.SHADE);
        pages.block(x + 4, cursor, width - 8, header.text(), header.style(), PdfPages.Role.SUBHEADING);
        return height;
    }

    /**
     * Draws a column's pieces from {@code start} while whole events fit on the page; returns the first piece not
     * drawn. An event (its time, title, venue and journeys) is never split, unless it alone is taller than a page.
     */
    private int drawColumn(PdfPages pages, List<Piece> pieces, int start, float x, float top, float width) {
        float cursor = top;
        int i = start;
        while (i < pieces.size()) {
            int end = i + 1;
            while (end < pieces.size() && !pieces.get(end).eventStart()) {
                end++;
            }
            float groupHeight = 0;
            for (int j = i; j < end; j++) {
                groupHeight += height(pages, pieces.get(j), width);
            }
            if (cursor - groupHeight < pages.bottom() && cursor < top) {
                break;
            }
            for (int j = i; j < end; j++) {
                Piece piece = pieces.get(j);
                float height = height(pages, piece, width);
                if (cursor - height < pages.bottom() && cursor < top) {
                    return j; // an event taller than the whole page continues on the next one
                }
                if (j == 0) {
                    cursor -= drawHeader(pages, piece, x, cursor, width);
                    continue;
                }
                if (piece.eventStart()) {
                    pages.line(x, cursor + 1, x + width, cursor + 1, Style.RULE, 0.5f);
                }
                pages.block(x + 4, cursor, width - 8, piece.text(), piece.style(), PdfPages.Role.TEXT);
                cursor -= height;
            }
            i = end;
        }
        return i;
    }

    private static float height(PdfPages pages, Piece piece, float columnWidth) {
        return pages.height(piece.text(), piece.style(), columnWidth - 8) + piece.spaceAfter();
    }

    private float tallestColumn(PdfPages pages, List<LocalDate> days, float columnWidth, float scale) {
        float tallest = 0;
        for (LocalDate day : days) {
            float height = 0;
            for (Piece piece : pieces(day, scale)) {
                height += height(pages, piece, columnWidth);
            }
            tallest = Math.max(tallest, height);
        }
        return tallest;
    }

    /** True when at this scale every word fits on a line of the column (no word is broken in two). */
    private boolean noWordIsCut(PdfPages pages, List<LocalDate> days, float columnWidth, float scale) {
        for (LocalDate day : days) {
            for (Piece piece : pieces(day, scale)) {
                if (!pages.wrapsWithoutCuttingWords(piece.text(), piece.style(), columnWidth - 8)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Piece> pieces(LocalDate day, float scale) {
        Style header = Style.SUBHEADING.withSize(Style.SUBHEADING.size() * scale);
        Style time = Style.SMALL_BOLD.withSize(Style.SMALL_BOLD.size() * scale).withColor(Style.ACCENT);
        Style title = Style.BODY_BOLD.withSize(Style.BODY_BOLD.size() * scale);
        Style venue = Style.SMALL.withSize(Style.SMALL.size() * scale);
        Style travel = Style.SMALL.withSize(Style.SMALL.size() * scale).withColor(Style.TRAVEL);
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(labels.longDay(day), header, 6 * scale, false));
        List<Event> events = data.eventsOn(day, options.memberId());
        if (events.isEmpty()) {
            pieces.add(new Piece(labels.get("doc.nothingPlanned"), venue, 0, false));
        }
        for (Event event : events) {
            String times = options.homeTime() && TimeLabels.homeDiffers(data.trip())
                    ? TimeLabels.venueWithCity(event, data.trip(), labels.language()) + "\n"
                            + TimeLabels.home(event, data.trip(), labels.language())
                    : TimeLabels.venue(event);
            pieces.add(new Piece(times, time, 1, true));
            pieces.add(new Piece(event.title(), title, 1, false));
            String place = data.venueLabel(event);
            List<TravelLeg> legs = data.legsFrom(event, options.memberId());
            pieces.add(new Piece(place.isEmpty() ? labels.of(event.kind()) : place, venue,
                    (legs.isEmpty() ? 7 : 2) * scale, false));
            for (TravelLeg leg : legs) {
                String destination = data.event(leg.toEventId()).map(data::venueLabel).orElse("");
                pieces.add(new Piece("→ " + labels.leg(leg, destination), travel, 7 * scale, false));
            }
        }
        return pieces;
    }
}
