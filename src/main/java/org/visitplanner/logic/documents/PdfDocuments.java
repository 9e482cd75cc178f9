package org.visitplanner.logic.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.visitplanner.logic.documents.pdf.PdfPages;
import org.visitplanner.model.Member;

/** Lays out the PDF documents: one paper size, one language, the same frame on every page. */
final class PdfDocuments {

    private final TripDocumentData data;
    private final DocumentOptions options;
    private final Labels labels;

    PdfDocuments(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
        this.labels = new Labels(options.language());
    }

    void write(ExportFormat format, OutputStream out, Progress progress) throws IOException {
        if (options.memberId() != null && !format.takesMember()) {
            throw new IllegalArgumentException(format.cliName() + " covers the whole delegation: no member");
        }
        switch (format) {
            case PDF_WEEK -> {
                WeekSchedule week = new WeekSchedule(data, options);
                try (PdfPages pages = pages(true, week.title())) {
                    week.write(pages);
                    progress.update(1, 1);
                    pages.save(out);
                }
            }
            case PDF_DAYS -> {
                DaySheets sheets = new DaySheets(data, options);
                try (PdfPages pages = pages(false, forMember(sheets.title()))) {
                    sheets.write(pages);
                    progress.update(1, 1);
                    pages.save(out);
                }
            }
            case PDF_MEMBER -> {
                DaySheets sheets = new DaySheets(data, options);
                List<Member> covered = Documents.membersCovered(data, options);
                String title = covered.size() == 1
                        ? labels.get("doc.member.titleOne", covered.get(0).displayName())
                        : labels.get("doc.member.title");
                try (PdfPages pages = pages(false, title)) {
                    for (int i = 0; i < covered.size(); i++) {
                        progress.checkCancelled();
                        sheets.writeMember(pages, covered.get(i));
                        progress.update(i + 1, covered.size());
                    }
                    pages.save(out);
                }
            }
            case PDF_BRIEFS -> {
                MeetingBriefs briefs = new MeetingBriefs(data, options);
                try (PdfPages pages = pages(false, forMember(briefs.title()))) {
                    briefs.write(pages, progress);
                    pages.save(out);
                }
            }
            case PDF_REPORT -> {
                OutcomesReport report = new OutcomesReport(data, options);
                try (PdfPages pages = pages(false, report.title())) {
                    report.write(pages, progress);
                    pages.save(out);
                }
            }
            default -> throw new IllegalArgumentException("not a PDF document: " + format);
        }
    }

    /** Pages with the frame of the document and the words screen readers say for its symbols. */
    private PdfPages pages(boolean landscape, String title) {
        PdfPages pages = new PdfPages(options.paper(), landscape,
                labels.frame(data.trip(), title, options.printedOn()));
        pages.describeSymbol('→', labels.get("doc.alt.journey"));
        pages.describeSymbol('☐', labels.get("doc.alt.open"));
        pages.describeSymbol('☑', labels.get("doc.alt.done"));
        return pages;
    }

    /** "Day sheets — Chen Hao" when a member is chosen. */
    private String forMember(String title) {
        Member member = options.memberId() == null ? null : data.membersById().get(options.memberId());
        return member == null ? title : labels.get("doc.forMember", title, member.displayName());
    }
}
