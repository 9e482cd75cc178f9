package org.visitplanner.gui.directory;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.DateText;
import org.visitplanner.gui.common.FormField;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.directory.ClosuresFormat;
import org.visitplanner.logic.directory.CoordinatesFormat;
import org.visitplanner.logic.directory.DirectoryService;
import org.visitplanner.logic.directory.InstitutionField;
import org.visitplanner.logic.directory.InstitutionProfile;
import org.visitplanner.logic.directory.InstitutionTexts;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.merge.FieldMerge;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Partnership;

/**
 * The detail form of one institution. There is no Save button: when the user is done with a field (focus leaves it,
 * Enter), the fields that changed and are valid are saved together, under the version the form read; a field with
 * an error keeps the user's text and is not saved until fixed. A new institution is a draft until it has an
 * official name. A save that finds the institution changed elsewhere is merged field by field with what is stored
 * ({@link FieldMerge}): fields only one side changed keep that side's value and are saved at once; fields both changed
 * are shown to the user to decide ({@link ClashResolver}) before anything is saved.
 */
public final class InstitutionFormViewModel {

    /** An entry of the contacts, partnerships or closures list: the record, a title line and a details line. */
    public record Item<T>(T value, String title, String details) {
    }

    private final DirectoryActions actions;
    private final Map<InstitutionField, FormField> fields = new EnumMap<>(InstitutionField.class);
    private final FormField pastedCoordinates = new FormField();
    private final ObservableList<Item<Contact>> contacts = FXCollections.observableArrayList();
    private final ObservableList<Item<Partnership>> partnerships = FXCollections.observableArrayList();
    private final ObservableList<Item<Closure>> closures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper saveNote = new ReadOnlyStringWrapper(this, "saveNote", "");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper draft = new ReadOnlyBooleanWrapper(this, "draft");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");

    /** The institution as stored (null when nothing is shown; id 0 for a draft). */
    private InstitutionProfile current;
    private boolean loading;
    private boolean saving;
    private boolean saveAgain;
    private BiPredicate<String, Long> nameTaken = (name, id) -> false;
    private LongConsumer onCreated = id -> { };
    private ClashResolver clashes = ClashResolver.KEEP_EDITING;
    /** The sentence for the next successful save (a merge says so), or null for "Saved at". */
    private String mergedNote;

    public InstitutionFormViewModel(DirectoryActions actions) {
        this.actions = actions;
        for (InstitutionField field : InstitutionField.values()) {
            FormField formField = new FormField();
            formField.textProperty().addListener((obs, was, now) -> check());
            fields.put(field, formField);
        }
        fields.get(InstitutionField.CLOSURES).textProperty().addListener((obs, was, now) -> showClosures());
        pastedCoordinates.textProperty().addListener((obs, was, now) -> pastedCoordinates.problemProperty().set(null));
    }

    /** Tells the form how to find out whether another institution already has a name (for the warning). */
    void setNameCheck(BiPredicate<String, Long> nameTaken) {
        this.nameTaken = nameTaken;
    }

    /** Tells the form what to do once a draft has become a stored institution (select it in the table). */
    void setOnCreated(LongConsumer onCreated) {
        this.onCreated = onCreated;
    }

    /** Tells the form how to ask the user about fields someone else changed too (the view's dialog). */
    public void setClashResolver(ClashResolver clashes) {
        this.clashes = clashes;
    }

    public FormField field(InstitutionField field) {
        return fields.get(field);
    }

    /** The "paste coordinates" field: {@code 48.8463, 2.3475} fills latitude and longitude. */
    public FormField pastedCoordinates() {
        return pastedCoordinates;
    }

    public ObservableList<Item<Contact>> contacts() {
        return contacts;
    }

    public ObservableList<Item<Partnership>> partnerships() {
        return partnerships;
    }

    public ObservableList<Item<Closure>> closures() {
        return closures;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "Saved at 10:42", or why something was not saved. */
    public ReadOnlyStringProperty saveNoteProperty() {
        return saveNote.getReadOnlyProperty();
    }

    /** True when an institution (or a draft) is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** True after a save found the institution changed elsewhere; {@link #reload()} then shows the stored one. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The institution as stored, or null. */
    public InstitutionProfile current() {
        return current;
    }

    // ---- showing

    /** Reads and shows institution {@code id}. */
    public void show(long id) {
        actions.tasks().run(() -> actions.directory().detail(id), detail -> detail.ifPresentOrElse(this::display,
                this::clear), actions::fail);
    }

    /** Shows nothing. */
    public void clear() {
        current = null;
        loadFields(InstitutionProfile.blank());
        contacts.clear();
        partnerships.clear();
        heading.set("");
        saveNote.set("");
        shown.set(false);
        draft.set(false);
        stale.set(false);
    }

    /** Starts a new institution: nothing is stored until it has an official name. */
    public void startDraft() {
        current = InstitutionProfile.blank();
        loadFields(current);
        contacts.clear();
        partnerships.clear();
        heading.set(Messages.get("directory.form.newHeading"));
        saveNote.set(Messages.get("directory.form.draftNote"));
        shown.set(true);
        draft.set(true);
        stale.set(false);
        check();
    }

    private void display(DirectoryService.InstitutionDetail detail) {
        current = detail.profile();
        loadFields(current);
        showLists(detail);
        heading.set(current.institution().officialName());
        saveNote.set("");
        shown.set(true);
        draft.set(false);
        stale.set(false);
        check();
    }

    /**
     * Takes in what another view (or an undo) changed: fields the user has not touched show the stored value, the
     * others keep the user's text, to be saved on the new version. Called when the data changed.
     */
    public void refresh() {
        if (current == null || current.id() == 0 || saving) {
            return;
        }
        long id = current.id();
        actions.tasks().run(() -> actions.directory().detail(id), detail -> {
            if (current == null || current.id() != id || saving) {
                return;
            }
            detail.ifPresentOrElse(d -> {
                if (d.profile().institution().version() != current.institution().version()) {
                    FieldMerge<InstitutionField> merge = merge(d.profile());
                    // a field both changed waits for the user's next save, which meets the clash and asks
                    if (merge.clean()) {
                        rebase(d.profile());
                    }
                }
                showLists(d);
            }, this::goneElsewhere);
        }, actions::fail);
    }

    /** Whether the user typed something not saved yet. */
    public boolean hasTyping() {
        return current != null && fields.values().stream().anyMatch(FormField::changed);
    }

    /**
     * The institution shown was deleted by someone else: the form keeps what the user typed, says so, and offers to
     * save it as a new institution at the next save; with nothing typed, it shows nothing.
     */
    public void goneElsewhere() {
        if (!hasTyping()) {
            clear();
            return;
        }
        stale.set(true);
        saveNote.set(Messages.get("live.deleted", current.institution().officialName()));
    }

    /**
     * After a save found the institution changed elsewhere: reads the stored institution and merges the user's
     * changes into it, asking about the fields both changed; then saves the merge at the stored version.
     */
    public void reload() {
        if (current == null || current.id() == 0) {
            return;
        }
        InstitutionProfile base = current;
        // a save started meanwhile (focus moving to the dialog) would meet the same change: it waits for the merge
        saving = true;
        actions.tasks().run(() -> actions.directory().detail(base.id()), detail -> {
            saving = false;
            saveAgain = false;
            if (current != base) {
                return;
            }
            detail.ifPresentOrElse(d -> {
                showLists(d);
                boolean merged;
                saving = true;
                try {
                    merged = mergeWith(d.profile());
                } finally {
                    saving = false;
                }
                saveAgain = false;
                if (!merged) {
                    return;
                }
                commit();
                if (!saving && fields.values().stream().noneMatch(FormField::changed)) {
                    mergedNote = null;
                    saveNote.set(Messages.get("live.merged", d.profile().institution().officialName()));
                }
            }, () -> {
                String name = base.institution().officialName();
                if (clashes.saveAsNew("institution", name, typedText())) {
                    saveAsNew();
                } else {
                    stale.set(true);
                    saveNote.set(Messages.get("live.deleted", name));
                }
            });
        }, failure -> {
            saving = false;
            saveAgain = false;
            actions.fail(failure);
        });
    }

    /** Every field as the form shows it, one a line ("Phone: +33 1 …"), as the user copies them. */
    private String typedText() {
        StringBuilder text = new StringBuilder();
        fields.forEach((field, formField) -> {
            if (!formField.text().isBlank()) {
                text.append(Messages.get("live.gone.line", ClashChoices.fieldName(field.column()),
                        formField.text().strip())).append('\n');
            }
        });
        return text.toString().strip();
    }

    /** The form's texts, all of them, as a new institution (the one they were typed for was deleted meanwhile). */
    private void saveAsNew() {
        current = InstitutionProfile.blank();
        fields.values().forEach(formField -> formField.saved(""));
        heading.set(Messages.get("directory.form.newHeading"));
        draft.set(true);
        stale.set(false);
        check();
        commit();
    }

    /** The user's changed fields merged into {@code stored}, against the institution as the form read it. */
    private FieldMerge<InstitutionField> merge(InstitutionProfile stored) {
        Map<InstitutionField, String> mine = new EnumMap<>(InstitutionField.class);
        fields.forEach((field, formField) -> {
            if (formField.changed()) {
                mine.put(field, formField.text());
            }
        });
        return FieldMerge.of(InstitutionTexts.of(current), mine, InstitutionTexts.of(stored));
    }

    /**
     * Puts the merge of the user's changes and {@code stored} in the fields, asking about the fields both changed;
     * false when the user closed the dialog (nothing changes, the user's text stays).
     */
    private boolean mergeWith(InstitutionProfile stored) {
        FieldMerge<InstitutionField> merge = merge(stored);
        Map<InstitutionField, String> values = merge.merged();
        String name = stored.institution().officialName();
        if (!merge.clean()) {
            ClashChoices choices = ClashChoices.live("institution", name, merge, InstitutionField::column);
            if (!clashes.decide(name, choices)) {
                stale.set(true);
                saveNote.set(Messages.get("live.notSaved", name));
                return false;
            }
            values = merge.decided(choices.decisions(merge, InstitutionField::column));
        }
        Map<InstitutionField, String> theirs = InstitutionTexts.of(stored);
        Map<InstitutionField, String> decided = values;
        loading = true;
        try {
            fields.forEach((field, formField) -> {
                String value = decided.get(field);
                // a field whose text is already the value is left alone: the cursor stays where the user types
                if (!formField.text().equals(value)) {
                    formField.textProperty().set(value);
                }
                formField.saved(theirs.get(field));
            });
        } finally {
            loading = false;
        }
        current = stored;
        heading.set(name);
        stale.set(false);
        check();
        mergedNote = merge.clean() ? Messages.get("live.merged", name) : null;
        return true;
    }

    private void rebase(InstitutionProfile stored) {
        Map<InstitutionField, String> texts = InstitutionTexts.of(stored);
        loading = true;
        try {
            fields.forEach((field, formField) -> {
                if (formField.changed()) {
                    formField.saved(texts.get(field));
                } else {
                    formField.load(texts.get(field));
                }
            });
        } finally {
            loading = false;
        }
        current = stored;
        heading.set(stored.institution().officialName());
        check();
    }

    private void loadFields(InstitutionProfile profile) {
        Map<InstitutionField, String> texts = InstitutionTexts.of(profile);
        loading = true;
        try {
            fields.forEach((field, formField) -> formField.load(texts.get(field)));
            pastedCoordinates.load("");
        } finally {
            loading = false;
        }
    }

    private void showLists(DirectoryService.InstitutionDetail detail) {
        contacts.setAll(detail.contacts().stream().map(c -> new Item<>(c, c.displayName(),
                joined(c.title(), c.email(), c.phone(), c.languages()))).toList());
        partnerships.setAll(detail.partnerships().stream().map(p -> new Item<>(p,
                Messages.of(p.type()) + " — " + Messages.of(p.status()), joined(period(p), p.notes()))).toList());
    }

    private static String period(Partnership p) {
        if (p.since() != null && p.until() != null) {
            return Formats.dayRange(p.since(), p.until());
        }
        if (p.since() != null) {
            return Messages.get("directory.partnership.since", DateText.display(p.since()));
        }
        return p.until() == null ? null : Messages.get("directory.partnership.until", DateText.display(p.until()));
    }

    private void showClosures() {
        try {
            closures.setAll(ClosuresFormat.parse(0, fields.get(InstitutionField.CLOSURES).text()).stream()
                    .map(c -> new Item<>(c, c.firstDay().equals(c.lastDay()) ? DateText.display(c.firstDay())
                            : Formats.dayRange(c.firstDay(), c.lastDay()), text(c.reason()))).toList());
        } catch (FieldProblemException e) {
            closures.clear();
        }
    }

    /** The non-blank texts joined by " · ". */
    private static String joined(String... texts) {
        return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).map(String::strip)
                .map(t -> t.replaceAll("\\s+", " ")).collect(Collectors.joining(" · "));
    }

    // ---- checking and saving

    private void check() {
        if (current == null) {
            fields.values().forEach(f -> f.problemProperty().set(null));
            return;
        }
        Map<InstitutionField, String> texts = new EnumMap<>(InstitutionField.class);
        fields.forEach((field, formField) -> texts.put(field, formField.text()));
        Map<InstitutionField, FieldProblem> problems = InstitutionTexts.checkAll(current, texts);
        String name = texts.get(InstitutionField.OFFICIAL_NAME);
        if (!problems.containsKey(InstitutionField.OFFICIAL_NAME) && nameTaken.test(name, current.id())) {
            problems.put(InstitutionField.OFFICIAL_NAME, FieldProblem.warning("directory.check.sameName",
                    name.strip()));
        }
        fields.forEach((field, formField) -> formField.problemProperty().set(problems.get(field)));
    }

    /**
     * Saves the fields that changed and are valid (the user is done with a field). Fields with errors keep their
     * text and wait; a save already on its way is followed by another one.
     */
    public void commit() {
        if (current == null || loading) {
            return;
        }
        Map<InstitutionField, String> changed = new EnumMap<>(InstitutionField.class);
        fields.forEach((field, formField) -> {
            if (formField.changed() && !formField.hasError()) {
                changed.put(field, formField.text());
            }
        });
        boolean coordinatesWrong = fields.get(InstitutionField.LATITUDE).hasError()
                || fields.get(InstitutionField.LONGITUDE).hasError();
        if (coordinatesWrong) {
            changed.remove(InstitutionField.LATITUDE);
            changed.remove(InstitutionField.LONGITUDE);
        }
        boolean waiting = fields.values().stream().anyMatch(f -> f.changed() && f.hasError());
        if (changed.isEmpty()) {
            if (waiting) {
                saveNote.set(Messages.get("directory.form.notSaved"));
            }
            return;
        }
        if (current.id() == 0 && fields.get(InstitutionField.OFFICIAL_NAME).hasError()) {
            saveNote.set(Messages.get("directory.form.draftNote"));
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        InstitutionProfile before = current;
        InstitutionProfile after;
        try {
            after = InstitutionTexts.apply(before, changed);
        } catch (FieldProblemException e) {
            saveNote.set(e.problem().message());
            return;
        }
        saving = true;
        if (before.id() == 0) {
            actions.undo().perform(actions.directory().createEdit(Messages.get("directory.undo.createInstitution",
                    after.institution().label()), after), edit -> {
                InstitutionProfile stored = edit.created();
                saved(changed, stored);
                draft.set(false);
                onCreated.accept(stored.id());
                finishSave(waiting);
            }, this::saveFailed);
        } else {
            actions.undo().perform(actions.directory().saveEdit(Messages.get("directory.undo.editInstitution",
                    after.institution().label()), after), edit -> {
                saved(changed, edit.result());
                finishSave(waiting);
            }, this::saveFailed);
        }
    }

    /** Fields whose text is still what was sent show the stored form of it ("9h-18h" becomes "09:00–18:00"). */
    private void saved(Map<InstitutionField, String> sent, InstitutionProfile stored) {
        Map<InstitutionField, String> texts = InstitutionTexts.of(stored);
        loading = true;
        try {
            sent.forEach((field, text) -> {
                FormField formField = fields.get(field);
                if (formField.text().equals(text)) {
                    formField.load(texts.get(field));
                } else {
                    formField.saved(texts.get(field));
                }
            });
        } finally {
            loading = false;
        }
        current = stored;
        heading.set(stored.institution().officialName());
        check();
    }

    private void finishSave(boolean fieldsWaiting) {
        saving = false;
        String saved = mergedNote != null ? mergedNote
                : Messages.get("directory.form.savedAt", Formats.time(LocalTime.now()));
        saveNote.set(fieldsWaiting ? Messages.get("directory.form.notSaved") : saved);
        mergedNote = null;
        actions.state().dataChanged();
        if (saveAgain) {
            saveAgain = false;
            commit();
        }
    }

    private void saveFailed(Throwable failure) {
        saving = false;
        saveAgain = false;
        mergedNote = null;
        if (failure instanceof DataProblem problem && problem.kind() == DataProblem.Kind.STALE) {
            reload();
            return;
        }
        saveNote.set(Problems.describe(failure));
    }

    /** Reads the "paste coordinates" field into latitude and longitude, then saves; a problem stays shown. */
    public void applyPastedCoordinates() {
        if (pastedCoordinates.text().isBlank()) {
            pastedCoordinates.problemProperty().set(null);
            return;
        }
        try {
            Coordinates c = CoordinatesFormat.parse(pastedCoordinates.text());
            fields.get(InstitutionField.LATITUDE).textProperty().set(CoordinatesFormat.decimal(c.latitude()));
            fields.get(InstitutionField.LONGITUDE).textProperty().set(CoordinatesFormat.decimal(c.longitude()));
            pastedCoordinates.load("");
            commit();
        } catch (FieldProblemException e) {
            pastedCoordinates.problemProperty().set(e.problem());
        }
    }

    // ---- closures (saved with the institution)

    public ClosureEditor closureEditor(Item<Closure> item) {
        return new ClosureEditor(item == null ? null : item.value(), current == null ? 0 : current.id());
    }

    /** Puts the dialog's closure in the list (replacing the one it edited) and saves. */
    public void saveClosure(ClosureEditor editor) {
        List<Closure> list = closureList();
        if (editor.before() != null) {
            list.remove(editor.before());
        }
        list.add(editor.result());
        list.sort(Comparator.comparing(Closure::firstDay));
        setClosures(list);
    }

    public void deleteClosure(Item<Closure> item) {
        List<Closure> list = closureList();
        list.remove(item.value());
        setClosures(list);
    }

    private List<Closure> closureList() {
        return new ArrayList<>(closures.stream().map(Item::value).toList());
    }

    private void setClosures(List<Closure> list) {
        fields.get(InstitutionField.CLOSURES).textProperty().set(ClosuresFormat.format(list));
        commit();
    }

    // ---- contacts and partnerships of the institution

    public ContactEditor contactEditor(Item<Contact> item) {
        long id = current.id();
        return new ContactEditor(item == null ? null : item.value(), id,
                List.of(new ContactEditor.InstitutionChoice(id, current.institution().label())));
    }

    public void saveContact(ContactEditor editor) throws FieldProblemException {
        actions.saveContact(editor.before(), editor.result(), stored -> { });
    }

    public void deleteContact(Item<Contact> item, DirectoryActions.Confirmation confirmation) {
        actions.deleteContact(item.value(), confirmation);
    }

    public PartnershipEditor partnershipEditor(Item<Partnership> item) {
        return new PartnershipEditor(item == null ? null : item.value(), current.id());
    }

    public void savePartnership(PartnershipEditor editor) {
        actions.savePartnership(editor.before(), editor.result(), current.institution().label());
    }

    public void deletePartnership(Item<Partnership> item, DirectoryActions.Confirmation confirmation) {
        actions.deletePartnership(item.value(), current.institution().label(), confirmation);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
