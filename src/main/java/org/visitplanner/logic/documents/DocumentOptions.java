package org.visitplanner.logic.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

import org.visitplanner.logic.documents.pdf.Paper;

/**
 * How a document is made: its language (labels, dates and day names; names of people and institutions stay as
 * stored), paper, whether times show the home time beside the venue time, and the day it is printed on.
 *
 * @param memberId  the member whose part of the trip is printed, or null for every member
 * @param printedOn the day printed in the footer
 * @param madeAt    the moment the document is made (a calendar's DTSTAMP)
 */
public record DocumentOptions(Locale language, Paper paper, boolean homeTime, Long memberId, LocalDate printedOn,
                              Instant madeAt) {

    public DocumentOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(printedOn, "printedOn");
        Objects.requireNonNull(madeAt, "madeAt");
    }

    /** Options of a document made on {@code printedOn}, at midnight UTC (for documents that must not vary). */
    public DocumentOptions(Locale language, Paper paper, boolean homeTime, Long memberId, LocalDate printedOn) {
        this(language, paper, homeTime, memberId, printedOn, printedOn.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public DocumentOptions withMember(Long member) {
        return new DocumentOptions(language, paper, homeTime, member, printedOn, madeAt);
    }
}
