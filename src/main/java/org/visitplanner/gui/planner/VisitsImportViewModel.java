package org.visitplanner.gui.planner;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.planner.VisitsCsv;
import org.visitplanner.model.Trip;

/**
 * A list of visits (CSV) into the current trip: read and checked in the background, shown before anything is
 * written, refused whole with every bad line and its reason, written in one transaction and undone in one step.
 * File → Import… sends a CSV here first: the header decides whether it is a list of visits or the directory's.
 */
public final class VisitsImportViewModel {

    /** What the window asks of the user along the way. */
    public interface Questions {
        /** Shows what the import would do; true to go ahead. */
        boolean confirm(VisitsCsv.Preview preview);

        /** Says why nothing can be imported (one sentence, and the bad lines when there are). */
        void refuse(String sentence, String details);
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final UndoActions undo;
    private final VisitsCsv csv;

    public VisitsImportViewModel(TaskExecutor tasks, AppState state, UndoActions undo, VisitsCsv csv) {
        this.tasks = tasks;
        this.state = state;
        this.undo = undo;
        this.csv = csv;
    }

    /**
     * Imports {@code file} into the current trip when its header is a list of visits; otherwise (or when it
     * cannot be read, which the directory's import then says) runs {@code otherwise}.
     */
    public void importIfVisits(Path file, Questions questions, Runnable otherwise, Runnable imported) {
        tasks.run(() -> {
            try {
                return csv.isVisitsFile(file);
            } catch (CsvProblem problem) {
                return false;
            }
        }, visits -> {
            if (visits) {
                importInto(file, questions, imported);
            } else {
                otherwise.run();
            }
        }, failure -> otherwise.run());
    }

    /** Imports a list of visits into the current trip, after the user saw what it would do. */
    public void importInto(Path file, Questions questions, Runnable imported) {
        Trip trip = state.currentTrip();
        String name = String.valueOf(file.getFileName());
        if (trip == null) {
            questions.refuse(Messages.get("planner.import.noTrip"), "");
            return;
        }
        state.showStatus(Messages.get("directory.import.reading", name));
        tasks.run(() -> csv.preview(file, trip), preview -> {
            state.showStatus("");
            if (!preview.importable()) {
                StringBuilder lines = new StringBuilder();
                preview.rejected().forEach(r -> lines.append(Messages.get("planner.import.line", r.line(),
                        r.reason())).append('\n'));
                questions.refuse(Messages.get("cli.import.visitsRefused", preview.rejected().size(), name),
                        lines.toString().strip());
                return;
            }
            if (questions.confirm(preview)) {
                apply(preview, questions, imported);
            }
        }, failure -> {
            state.showStatus("");
            questions.refuse(failure instanceof CsvProblem ? failure.getMessage() : Problems.describe(failure), "");
        });
    }

    private void apply(VisitsCsv.Preview preview, Questions questions, Runnable imported) {
        tasks.run(() -> csv.apply(preview), done -> {
            undo.record(done.undo());
            state.showStatus(Messages.get("planner.import.done", preview.source(), done.added(), done.updated()));
            state.dataChanged();
            imported.run();
        }, failure -> {
            state.dataChanged();
            questions.refuse(Problems.describe(failure), "");
        });
    }

    /** "3 visits to add, 1 to update, 2 unchanged" for the confirmation. */
    public static String summary(VisitsCsv.Preview preview) {
        return Messages.get("planner.import.summary", preview.added().size(), preview.updated().size(),
                preview.unchanged());
    }

    /** Who the file puts on the trip, for the confirmation; empty when nobody. */
    public static String joining(VisitsCsv.Preview preview) {
        return preview.joining().isEmpty() ? "" : Messages.get("planner.import.joining",
                String.join(", ", preview.joining().stream().map(m -> m.displayName()).toList()));
    }

    /** Questions answered by tests and scripts: confirms, remembers a refusal. */
    public static Questions answering(boolean yes, Consumer<String> refused) {
        Predicate<VisitsCsv.Preview> confirm = preview -> yes;
        return new Questions() {
            @Override
            public boolean confirm(VisitsCsv.Preview preview) {
                return confirm.test(preview);
            }

            @Override
            public void refuse(String sentence, String details) {
                refused.accept(details.isEmpty() ? sentence : sentence + "\n" + details);
            }
        };
    }
}
