package org.visitplanner.gui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Messages;

/**
 * A {@link FormField} whose text is read as a value — a date or a time — as the user types: the value read, what it
 * was understood as (in words, under the field), or why it cannot be read (in place of that, in red). The typed text
 * is never changed by reading it, and an unreadable or impossible value gives no value at all, so that nothing is
 * saved until the user corrects it. Every date and time field of the app is one of these.
 */
public final class TypedField<T> {

    private final FormField field = new FormField();
    private final Function<String, DateTimeInput.Reading<T>> reader;
    private BiFunction<T, String, String> understood;
    private Supplier<T> around = () -> null;
    private final Function<T, String> writer;
    private final String requiredKey;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private boolean required;
    private Function<T, Optional<FieldProblem>> rule = read -> Optional.empty();

    /**
     * @param reader     reads the typed text
     * @param understood what a value read from a text was understood as, in words ("" for nothing to add)
     * @param writer     how the field writes a value it shows
     */
    private TypedField(Function<String, DateTimeInput.Reading<T>> reader, BiFunction<T, String, String> understood,
                       Function<T, String> writer, String requiredKey) {
        this.reader = reader;
        this.understood = understood;
        this.writer = writer;
        this.requiredKey = requiredKey;
        field.textProperty().addListener((obs, was, now) -> recheck());
        recheck();
    }

    /**
     * A date field; {@code hint} gives the year of a date typed without one (this year, or the trip's).
     */
    public static TypedField<LocalDate> date(Supplier<DateTimeInput.YearHint> hint) {
        TypedField<LocalDate> field = new TypedField<>(text -> DateTimeInput.date(text, Messages.locale(), hint.get()),
                (day, text) -> DateTimeInput.understood(day, Messages.locale()),
                day -> DateTimeInput.text(day, Messages.locale()), "entry.date.required");
        field.around = () -> hint.get().reference();
        return field;
    }

    /** A date field where a date without a year is in the current year. */
    public static TypedField<LocalDate> date() {
        return date(() -> DateTimeInput.YearHint.yearOf(LocalDate.now()));
    }

    /** A time-of-day field ("9h30", "930", "下午2点"); it says what it read when the text was not already "09:30". */
    public static TypedField<LocalTime> time() {
        return new TypedField<>(text -> DateTimeInput.time(text, Messages.locale()),
                (time, text) -> DateTimeInput.text(time).equals(text.strip()) ? ""
                        : Messages.get("entry.time.understood", DateTimeInput.text(time)),
                DateTimeInput::text, "entry.time.required");
    }

    /**
     * Says what a value was understood as in other words ("Starts at 09:30."); as before, a time typed exactly as
     * the field writes it needs no explaining.
     */
    public TypedField<T> understoodAs(Function<T, String> words) {
        BiFunction<T, String, String> before = understood;
        understood = (read, text) -> before.apply(read, text).isEmpty() ? "" : words.apply(read);
        recheck();
        return this;
    }

    /** A number of minutes ("45", "1h30"); it says how many minutes it read when they were not typed as a number. */
    public static TypedField<Integer> minutes() {
        return new TypedField<>(text -> DateTimeInput.minutes(text, Messages.locale()),
                (minutes, text) -> Integer.toString(minutes).equals(text.strip()) ? ""
                        : Messages.get("entry.minutes.understood", minutes),
                minutes -> Integer.toString(minutes), "entry.minutes.required");
    }

    /** A value must be typed (blank is an error, not "no value"). */
    public TypedField<T> required() {
        required = true;
        recheck();
        return this;
    }

    /** A further check of a value that could be read (an end after a start, a day within the trip). */
    public TypedField<T> rule(Function<T, Optional<FieldProblem>> check) {
        rule = Objects.requireNonNull(check);
        recheck();
        return this;
    }

    /** The text, the problem and what it was understood as, for {@link FieldFeedback}. */
    public FormField field() {
        return field;
    }

    /** Shows a stored value (null: empty) as the field's text. */
    public void load(T stored) {
        field.load(stored == null ? "" : writer.apply(stored));
    }

    /** Replaces the text with a value picked elsewhere (a calendar), written as the field writes it. */
    public void set(T picked) {
        field.textProperty().set(picked == null ? "" : writer.apply(picked));
    }

    /** Where to start looking for a value when there is none yet (a calendar opens on the trip's first day). */
    public T around() {
        return value().orElseGet(around);
    }

    /** The value read; empty when the field is blank or has a problem. */
    public Optional<T> value() {
        return Optional.ofNullable(value.get());
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public boolean hasError() {
        return field.hasError();
    }

    /** True when the field is blank (no value and no problem). */
    public boolean isBlank() {
        return field.text().isBlank();
    }

    /** Reads the text again (after a field its rule depends on changed). */
    public void recheck() {
        if (reader == null) {
            return; // still being built
        }
        DateTimeInput.Reading<T> reading = reader.apply(field.text());
        FieldProblem problem = reading.problem();
        if (reading.isBlank() && required) {
            problem = FieldProblem.error(requiredKey);
        }
        if (problem == null && reading.value() != null) {
            problem = rule.apply(reading.value()).orElse(null);
        }
        value.set(problem == null ? reading.value() : null);
        field.problemProperty().set(problem);
        field.understoodProperty().set(problem != null || reading.value() == null ? ""
                : understood.apply(reading.value(), field.text()));
    }
}
