package org.visitplanner.gui.directory;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.LongWork;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;

/**
 * File → Import (CSV) and File → Export directory: the file is read and previewed in the background, written only
 * once the user confirmed the preview, in one transaction, and the import can be undone.
 */
public final class DirectoryFilesViewModel {

    private final TaskExecutor tasks;
    private final AppState state;
    private final UndoActions undo;
    private final DirectoryCsv csv;

    public DirectoryFilesViewModel(TaskExecutor tasks, AppState state, UndoActions undo, DirectoryCsv csv) {
        this.tasks = tasks;
        this.state = state;
        this.undo = undo;
        this.csv = csv;
    }

    /** Reads {@code file} and works out what importing it would do; {@code onProblem} gets why it cannot. */
    public void preview(Path file, Consumer<DirectoryCsv.Preview> onPreview, Consumer<String> onProblem) {
        LongWork.Job job = state.longWork().start(Messages.get("directory.import.reading",
                String.valueOf(file.getFileName())), false);
        tasks.run(() -> csv.preview(file), preview -> {
            job.finish();
            onPreview.accept(preview);
        }, failure -> {
            job.finish();
            onProblem.accept(failure instanceof CsvProblem ? failure.getMessage() : Problems.describe(failure));
        });
    }

    /** The summary line of a preview: "2 to add, 1 to update, 3 unchanged, 1 rejected". */
    public static String summary(DirectoryCsv.Preview preview) {
        return Messages.get("directory.import.summary", preview.added().size(), preview.updated().size(),
                preview.unchanged(), preview.rejected().size());
    }

    /** Writes what the preview found, all or nothing; {@code onProblem} gets why nothing was written. */
    public void apply(DirectoryCsv.Preview preview, Consumer<String> onProblem) {
        LongWork.Job job = state.longWork().start(Messages.get("directory.import.writing", preview.source()), false);
        undo.perform(csv.importEdit(preview), imported -> {
            job.finish();
            state.showStatus(Messages.get("directory.import.done", preview.source(), preview.added().size(),
                    preview.updated().size(), preview.rejected().size()));
        }, failure -> {
            job.finish();
            state.showStatus(Messages.get("directory.import.failed"));
            state.dataChanged();
            onProblem.accept(Problems.describe(failure));
        });
    }

    /** Writes the institutions or the contacts to {@code file}. */
    public void export(DirectoryCsv.What what, Path file, Consumer<String> onProblem) {
        tasks.run(() -> csv.export(what, file), count -> state.showStatus(Messages.get(
                what == DirectoryCsv.What.INSTITUTIONS ? "directory.export.institutionsDone"
                        : "directory.export.contactsDone", count, file.toString())),
                failure -> onProblem.accept(Messages.get("cli.export.cannotWrite", file.toString(),
                        Problems.describe(failure))));
    }

    /** The name a new export file gets: "institutions.csv" or "contacts.csv" (in the user's language). */
    public static String suggestedName(DirectoryCsv.What what) {
        return Messages.get(what == DirectoryCsv.What.INSTITUTIONS ? "directory.export.institutionsFile"
                : "directory.export.contactsFile");
    }
}
