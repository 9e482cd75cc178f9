package org.visitplanner.gui.documents;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.LongWork;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.documents.DocumentOptions;
import org.visitplanner.logic.documents.Documents;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.PdfPreview;
import org.visitplanner.logic.documents.Progress;
import org.visitplanner.logic.documents.TripDocumentData;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.AtomicFiles;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/**
 * The print preview: which document, for whom, in which language and on which paper; the pages as they will print;
 * saving the same PDF. Making a document runs in the background with progress and can be cancelled; a change of an
 * option makes the document again and drops the result of the previous run.
 */
public final class PrintPreviewViewModel {

    /** The PDF documents offered, in menu order. */
    public static final List<ExportFormat> DOCUMENTS = List.of(ExportFormat.PDF_WEEK, ExportFormat.PDF_DAYS,
            ExportFormat.PDF_MEMBER, ExportFormat.PDF_BRIEFS, ExportFormat.PDF_REPORT);

    /** Preview resolution: sharp on screen at 100–150 % zoom. */
    static final float PREVIEW_DPI = 110;
    /** Print resolution. */
    static final float PRINT_DPI = 220;

    private final LongWork longWork;
    private final TaskExecutor tasks;
    private final Consumer<Runnable> onUiThread;
    private final Documents documents;
    private final Clock clock;

    private final ObjectProperty<ExportFormat> document = new SimpleObjectProperty<>(this, "document",
            ExportFormat.PDF_WEEK);
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>(this, "member");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Messages.locale());
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final BooleanProperty homeTime = new SimpleBooleanProperty(this, "homeTime");
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<PdfPreview.PageImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    private final AtomicLong generation = new AtomicLong();
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private TripDocumentData data;
    private byte[] pdf;

    public PrintPreviewViewModel(TaskExecutor tasks, Consumer<Runnable> onUiThread, Documents documents, Clock clock,
                                 LongWork longWork) {
        this.tasks = tasks;
        this.longWork = longWork;
        this.onUiThread = onUiThread;
        this.documents = documents;
        this.clock = clock;
        document.addListener((obs, was, now) -> refresh());
        member.addListener((obs, was, now) -> refresh());
        language.addListener((obs, was, now) -> refresh());
        paper.addListener((obs, was, now) -> refresh());
        homeTime.addListener((obs, was, now) -> refresh());
    }

    public ObjectProperty<ExportFormat> documentProperty() {
        return document;
    }

    /** The member whose part of the trip every document but the report shows; null means every member. */
    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty homeTimeProperty() {
        return homeTime;
    }

    /** The trip's delegation, for the member choice. */
    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<PdfPreview.PageImage> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0–1 while a document is made, -1 when unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** A problem to show, or "". */
    public StringProperty messageProperty() {
        return message;
    }

    /** Reads the trip's data, then makes the chosen document. */
    public void open(Trip trip) {
        busy.set(true);
        tasks.run(() -> documents.load(trip), loaded -> {
            data = loaded;
            members.setAll(loaded.delegation());
            refresh();
        }, this::fail);
    }

    /** Makes the document again with the current options (the result of any earlier run is dropped). */
    public void refresh() {
        if (data == null) {
            return;
        }
        cancelled.set(true);
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        long run = generation.incrementAndGet();
        TripDocumentData snapshot = data;
        ExportFormat format = document.get();
        DocumentOptions options = options(format);
        busy.set(true);
        progress.set(-1);
        message.set("");
        Progress watcher = progressFor(run, mine);
        tasks.run(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            documents.write(snapshot, format, options, out, watcher);
            byte[] made = out.toByteArray();
            return new Made(made, PdfPreview.render(made, PREVIEW_DPI, watcher));
        }, made -> {
            if (run == generation.get()) {
                pdf = made.pdf();
                pages.setAll(made.pages());
                busy.set(false);
                progress.set(1);
            }
        }, failure -> {
            if (run == generation.get()) {
                fail(failure);
            }
        });
    }

    /** Stops making the current document. */
    public void cancel() {
        cancelled.set(true);
        generation.incrementAndGet();
        busy.set(false);
        progress.set(0);
        message.set(Messages.get("preview.cancelled"));
    }

    /** Saves the document shown (the same bytes the preview shows) to {@code target}; then {@code done} runs. */
    public void saveAs(Path target, Runnable done) {
        byte[] shown = pdf;
        if (shown == null) {
            return;
        }
        tasks.run(() -> {
            AtomicFiles.writeUserFile(target, out -> out.write(shown));
            return target;
        }, saved -> {
            message.set(Messages.get("preview.saved", saved.toString()));
            done.run();
        }, this::fail);
    }

    /** Renders the shown document at print resolution, in the background, and hands the pages to {@code print}. */
    public void printPages(Consumer<List<PdfPreview.PageImage>> print) {
        byte[] shown = pdf;
        if (shown == null) {
            return;
        }
        busy.set(true);
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        long run = generation.incrementAndGet();
        tasks.run(() -> PdfPreview.render(shown, PRINT_DPI, progressFor(run, mine)), rendered -> {
            busy.set(false);
            print.accept(rendered);
        }, this::fail);
    }

    /**
     * Exports the trip as a calendar or a spreadsheet with the chosen member (if any) and language, in the
     * background; the message says where it went.
     */
    public void export(ExportFormat format, Path target) {
        if (data == null) {
            return;
        }
        TripDocumentData snapshot = data;
        DocumentOptions options = options(format);
        // Only the PDF writers look at the progress (and so at a cancel); a calendar or a spreadsheet is quick.
        LongWork.Job job = longWork.start(Messages.get("preview.exporting", String.valueOf(target.getFileName())),
                format != ExportFormat.ICS && format != ExportFormat.CSV);
        tasks.run(() -> {
            documents.export(snapshot, format, options, target, job);
            return target;
        }, saved -> {
            job.finish();
            message.set(Messages.get("preview.saved", saved.toString()));
        }, failure -> {
            job.finish();
            fail(failure);
            if (failure instanceof CancellationException) {
                message.set(Messages.get("preview.cancelled"));
            }
        });
    }

    /** A file name for a document, e.g. "Week schedule.pdf" or "SJTU trip - Chen Hao.ics". */
    public String suggestedFileName(ExportFormat format) {
        Locale in = language.get();
        Member chosen = member.get();
        String forMember = chosen == null ? "" : " - " + chosen.nameLatin();
        String title = switch (format) {
            case PDF_WEEK -> Messages.get(in, "doc.week.title") + forMember;
            case PDF_DAYS -> Messages.get(in, "doc.days.title") + forMember;
            case PDF_MEMBER -> chosen == null ? Messages.get(in, "doc.member.title")
                    : Messages.get(in, "doc.member.titleOne", chosen.nameLatin());
            case PDF_BRIEFS -> Messages.get(in, "doc.briefs.title") + forMember;
            case PDF_REPORT -> Messages.get(in, "doc.report.title");
            default -> data == null ? "itinerary" : data.trip().name() + forMember;
        };
        return title.replaceAll("[\\\\/:*?\"<>|]", "-") + "." + format.extension();
    }

    public void showMessage(String text) {
        message.set(text);
    }

    /** The options of {@code format}: the chosen member's part, except for the report (the whole delegation's). */
    private DocumentOptions options(ExportFormat format) {
        Member chosen = format.takesMember() ? member.get() : null;
        return new DocumentOptions(language.get(), paper.get(), homeTime.get(),
                chosen == null ? null : chosen.id(), LocalDate.now(clock), clock.instant());
    }

    /** Whether the chosen document is made for the member chosen (every one but the outcomes report). */
    public boolean memberApplies() {
        return document.get().takesMember();
    }

    private Progress progressFor(long run, AtomicBoolean stop) {
        return new Progress() {
            @Override
            public void update(int done, int total) {
                onUiThread.accept(() -> {
                    if (run == generation.get()) {
                        progress.set(total == 0 ? -1 : (double) done / total);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
    }

    private void fail(Throwable failure) {
        busy.set(false);
        if (!(failure instanceof CancellationException)) {
            message.set(Problems.describe(failure));
        }
    }

    private record Made(byte[] pdf, List<PdfPreview.PageImage> pages) {
    }
}
