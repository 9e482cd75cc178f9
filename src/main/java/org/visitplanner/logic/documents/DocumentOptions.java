package org.visitplanner.logic.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How a document is made: its language (labels, dates and day names; names of people and institutions stay as
 * stored), paper, whether times show the home time beside the venue time, and the day it is printed on.
 *
 * @param memberId the member whose schedule is printed, or null for every member (member schedules, calendars)
 */
public record DocumentOptions(Locale language, Paper paper, boolean homeTime, Long memberId, LocalDate printedOn) {

    public DocumentOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(printedOn, "printedOn");
    }

    public DocumentOptions withMember(Long member) {
        return new DocumentOptions(language, paper, homeTime, member, printedOn);
    }
}
