package org.visitplanner.gui.team;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;

/**
 * The save of a record an editor read at a version, while someone else may save it too (ADR 0025), for every editor
 * that saves a whole record at once (the contact, member, event, partnership and trip settings dialogs): the save is
 * tried; when it is stale, theirs is read again, mine is merged into it field by field ({@link LiveMerge}: the fields
 * both changed are asked about) and the merge is saved at theirs' version — again if it moved on once more. When the
 * record was deleted meanwhile, the typed values are not lost: the user is offered to save them as a new record
 * ({@link ClashResolver#saveAsNew}), else the view keeps them to copy.
 *
 * @param <T> the record
 */
public final class LiveSave<T> {

    /** Saves {@code after} (changed from {@code before}, read at its version) in the background, answers on FX. */
    @FunctionalInterface
    public interface Save<T> {
        void save(T before, T after, Consumer<T> onSaved, Consumer<Throwable> onFailed);
    }

    /** Saves {@code typed} as a new record in the background; answers on the FX thread. */
    @FunctionalInterface
    public interface Create<T> {
        void create(T typed, Consumer<T> onCreated, Consumer<Throwable> onFailed);
    }

    /** The record the merged texts ({@code values}, by column) describe, over theirs; mine: before → after. */
    @FunctionalInterface
    public interface Merge<T> {
        T over(T before, T after, T theirs, Map<String, String> values) throws FieldProblemException;
    }

    /** What became of a save, told on the FX thread. */
    public interface Result<T> {
        /** Stored; {@code merged}: together with someone else's change of other fields, nobody asked. */
        void saved(T stored, boolean merged);

        /** The user closed the clash dialog: nothing saved, {@code theirs} is what is stored. */
        void notSaved(T theirs);

        /** Deleted by someone else meanwhile; {@code created} is the typed values saved as a new record, or null. */
        void deleted(T typed, T created);

        /** Failed for another reason (or a merged value the record refuses: {@link FieldProblemException}). */
        void failed(Throwable failure);
    }

    private final TaskExecutor tasks;
    private final Supplier<ClashResolver> clashes;
    private final String kind;
    private final Function<T, String> name;
    private final Function<T, Map<String, String>> texts;
    private final Function<T, Optional<T>> readAgain;
    private final Save<T> save;
    private final Merge<T> merge;
    private final Create<T> create;

    /**
     * @param kind      the record's kind, as in {@code bundle.kind.*}
     * @param texts     the record's fields as the user reads them, by column (as in {@code bundle.field.*})
     * @param readAgain the record as stored now (runs in the background), empty when it is gone
     * @param create    saves typed values as a new record; null when a deleted record cannot be made again
     */
    public LiveSave(TaskExecutor tasks, Supplier<ClashResolver> clashes, String kind, Function<T, String> name,
                    Function<T, Map<String, String>> texts, Function<T, Optional<T>> readAgain, Save<T> save,
                    Merge<T> merge, Create<T> create) {
        this.tasks = tasks;
        this.clashes = clashes;
        this.kind = kind;
        this.name = name;
        this.texts = texts;
        this.readAgain = readAgain;
        this.save = save;
        this.merge = merge;
        this.create = create;
    }

    /** Saves {@code after}, the user's change of {@code before} (as read, at its version). */
    public void save(T before, T after, Result<T> result) {
        save(before, after, false, result);
    }

    private void save(T before, T after, boolean merged, Result<T> result) {
        save.save(before, after, stored -> result.saved(stored, merged), failure -> {
            if (!(failure instanceof DataProblem problem && problem.kind() == DataProblem.Kind.STALE)) {
                result.failed(failure);
                return;
            }
            tasks.run(() -> readAgain.apply(after), stored -> stored.ifPresentOrElse(
                    theirs -> mergeInto(before, after, theirs, result),
                    () -> deletedMeanwhile(after, result)), result::failed);
        });
    }

    private void mergeInto(T before, T after, T theirs, Result<T> result) {
        Optional<LiveMerge.Outcome> outcome = LiveMerge.merge(clashes.get(), kind, name.apply(theirs),
                texts.apply(before), texts.apply(after), texts.apply(theirs));
        if (outcome.isEmpty()) {
            result.notSaved(theirs);
            return;
        }
        try {
            save(theirs, merge.over(before, after, theirs, outcome.get().values()), !outcome.get().decided(),
                    result);
        } catch (FieldProblemException e) {
            result.failed(e);
        }
    }

    private void deletedMeanwhile(T typed, Result<T> result) {
        if (create == null || !clashes.get().saveAsNew(kind, name.apply(typed), typedText(typed))) {
            result.deleted(typed, null);
            return;
        }
        create.create(typed, created -> result.deleted(typed, created), result::failed);
    }

    /** The typed values, one field a line ("Phone: +33 1 …"), as the user copies them. */
    public String typedText(T typed) {
        StringBuilder text = new StringBuilder();
        texts.apply(typed).forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                text.append(Messages.get("live.gone.line", ClashChoices.fieldName(column), value.strip()))
                        .append('\n');
            }
        });
        return text.toString().strip();
    }
}
