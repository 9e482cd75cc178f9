package org.visitplanner.gui.directory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.gui.common.FormField;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.gui.meeting.InstitutionHistoryView;
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.directory.EnumText;
import org.visitplanner.logic.directory.InstitutionField;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.Relation;

/**
 * The detail form of the institution selected in {@link InstitutionsView} (its own FXML, included beside the list):
 * the general fields, the history, opening hours and closures, contacts and partnerships (thin controller over
 * {@link InstitutionFormViewModel}).
 */
public final class InstitutionDetailView {

    private InstitutionFormViewModel form;
    private AppState state;

    @FXML private StackPane root;
    @FXML private VBox emptyDetail;
    @FXML private BorderPane detailPane;
    @FXML private Label headingLabel;
    @FXML private Label saveNoteLabel;
    @FXML private HBox staleBar;
    @FXML private Tab contactsTab;
    @FXML private Tab historyTab;
    @FXML private TabPane tabs;
    @FXML private InstitutionHistoryView historyController;
    @FXML private Tab partnershipsTab;

    @FXML private TextField officialNameField;
    @FXML private Label officialNameMessage;
    @FXML private TextField englishNameField;
    @FXML private Label englishNameMessage;
    @FXML private TextField chineseNameField;
    @FXML private Label chineseNameMessage;
    @FXML private TextField shortNameField;
    @FXML private Label shortNameMessage;
    @FXML private ComboBox<InstitutionKind> kindField;
    @FXML private ComboBox<Relation> relationField;
    @FXML private TextField addressField;
    @FXML private Label addressMessage;
    @FXML private TextField postcodeField;
    @FXML private Label postcodeMessage;
    @FXML private TextField cityField;
    @FXML private Label cityMessage;
    @FXML private TextField countryField;
    @FXML private Label countryMessage;
    @FXML private TextField latitudeField;
    @FXML private Label latitudeMessage;
    @FXML private TextField longitudeField;
    @FXML private Label longitudeMessage;
    @FXML private TextField pasteCoordinatesField;
    @FXML private Label pasteCoordinatesMessage;
    @FXML private TextField websiteField;
    @FXML private Label websiteMessage;
    @FXML private TextField phoneField;
    @FXML private Label phoneMessage;
    @FXML private TextArea openingHoursField;
    @FXML private Label openingHoursMessage;
    @FXML private TextArea notesField;
    @FXML private Label notesMessage;

    @FXML private ListView<InstitutionFormViewModel.Item<Closure>> closureList;
    @FXML private Button addClosureButton;
    @FXML private Button editClosureButton;
    @FXML private Button deleteClosureButton;

    @FXML private ListView<InstitutionFormViewModel.Item<Contact>> contactList;
    @FXML private Button addContactButton;
    @FXML private Button editContactButton;
    @FXML private Button deleteContactButton;

    @FXML private ListView<InstitutionFormViewModel.Item<Partnership>> partnershipList;
    @FXML private Button addPartnershipButton;
    @FXML private Button editPartnershipButton;
    @FXML private Button deletePartnershipButton;

    /** Shows {@code viewModel}'s form; the list's view calls it once, from its own set-up. */
    void attach(InstitutionsViewModel viewModel) {
        this.form = viewModel.form();
        this.state = viewModel.state();
        setUpForm();
        setUpLists();
    }

    /** Shows the history of institution {@code institutionId} (null: none) in its tab. */
    void showHistory(Long institutionId) {
        historyController.show(institutionId);
    }

    /** Opens the history tab. */
    void openHistory() {
        tabs.getSelectionModel().select(historyTab);
    }

    /** Puts the cursor in the first field (a new institution's draft). */
    void focusFirstField() {
        officialNameField.requestFocus();
    }

    private void setUpForm() {
        Map<InstitutionField, TextInputControl> inputs = Map.ofEntries(
                Map.entry(InstitutionField.OFFICIAL_NAME, officialNameField),
                Map.entry(InstitutionField.ENGLISH_NAME, englishNameField),
                Map.entry(InstitutionField.CHINESE_NAME, chineseNameField),
                Map.entry(InstitutionField.SHORT_NAME, shortNameField),
                Map.entry(InstitutionField.ADDRESS, addressField),
                Map.entry(InstitutionField.POSTCODE, postcodeField),
                Map.entry(InstitutionField.CITY, cityField),
                Map.entry(InstitutionField.COUNTRY, countryField),
                Map.entry(InstitutionField.LATITUDE, latitudeField),
                Map.entry(InstitutionField.LONGITUDE, longitudeField),
                Map.entry(InstitutionField.WEBSITE, websiteField),
                Map.entry(InstitutionField.PHONE, phoneField),
                Map.entry(InstitutionField.OPENING_HOURS, openingHoursField),
                Map.entry(InstitutionField.NOTES, notesField));
        Map<InstitutionField, Label> messages = Map.ofEntries(
                Map.entry(InstitutionField.OFFICIAL_NAME, officialNameMessage),
                Map.entry(InstitutionField.ENGLISH_NAME, englishNameMessage),
                Map.entry(InstitutionField.CHINESE_NAME, chineseNameMessage),
                Map.entry(InstitutionField.SHORT_NAME, shortNameMessage),
                Map.entry(InstitutionField.ADDRESS, addressMessage),
                Map.entry(InstitutionField.POSTCODE, postcodeMessage),
                Map.entry(InstitutionField.CITY, cityMessage),
                Map.entry(InstitutionField.COUNTRY, countryMessage),
                Map.entry(InstitutionField.LATITUDE, latitudeMessage),
                Map.entry(InstitutionField.LONGITUDE, longitudeMessage),
                Map.entry(InstitutionField.WEBSITE, websiteMessage),
                Map.entry(InstitutionField.PHONE, phoneMessage),
                Map.entry(InstitutionField.OPENING_HOURS, openingHoursMessage),
                Map.entry(InstitutionField.NOTES, notesMessage));
        inputs.forEach((field, input) -> {
            FieldFeedback.bind(input, messages.get(field), form.field(field));
            FieldFeedback.onCommit(input, form::commit);
        });
        FieldFeedback.bind(pasteCoordinatesField, pasteCoordinatesMessage, form.pastedCoordinates());
        FieldFeedback.onCommit(pasteCoordinatesField, form::applyPastedCoordinates);

        choice(kindField, InstitutionKind.values(), InstitutionKind.class, form.field(InstitutionField.KIND),
                form::commit);
        choice(relationField, Relation.values(), Relation.class, form.field(InstitutionField.RELATION),
                form::commit);
        // A reader reads the form: the values stay selectable, nothing can be changed.
        ReadOnly.fields(state, inputs.values().toArray(Control[]::new));
        ReadOnly.fields(state, pasteCoordinatesField, kindField, relationField);

        headingLabel.textProperty().bind(form.headingProperty());
        saveNoteLabel.textProperty().bind(form.saveNoteProperty());
        detailPane.visibleProperty().bind(form.shownProperty());
        emptyDetail.visibleProperty().bind(form.shownProperty().not());
        staleBar.visibleProperty().bind(form.staleProperty());
        staleBar.managedProperty().bind(form.staleProperty());
        form.setClashResolver(ClashDialog.resolver(() -> root.getScene().getWindow()));
    }

    /** A combo box of translated choices kept in step with a form field holding the choice's code. */
    private static <E extends Enum<E>> void choice(ComboBox<E> box, E[] values, Class<E> type, FormField field,
                                                   Runnable commit) {
        box.getItems().setAll(values);
        box.setConverter(EnumCells.converter(type));
        box.setCellFactory(list -> EnumCells.cell());
        Function<String, E> parse = text -> EnumText.parse(type, text).orElse(null);
        box.setValue(parse.apply(field.text()));
        field.textProperty().addListener((obs, was, text) -> box.setValue(parse.apply(text)));
        box.valueProperty().addListener((obs, was, value) -> {
            if (value != null && !value.name().equals(field.text())) {
                field.textProperty().set(value.name());
                commit.run();
            }
        });
    }

    private void setUpLists() {
        ReadOnly.commands(state, addClosureButton, addContactButton, addPartnershipButton);
        setUpList(state, closureList, form.closures(), editClosureButton, deleteClosureButton, this::editClosure);
        setUpList(state, contactList, form.contacts(), editContactButton, deleteContactButton, this::editContact);
        setUpList(state, partnershipList, form.partnerships(), editPartnershipButton, deletePartnershipButton,
                this::editPartnership);
        contactsTab.textProperty().bind(Bindings.createStringBinding(() ->
                Messages.get("directory.tab.contactsCount", form.contacts().size()), form.contacts()));
        contactsTab.disableProperty().bind(form.draftProperty());
        partnershipsTab.textProperty().bind(Bindings.createStringBinding(() ->
                Messages.get("directory.tab.partnershipsCount", form.partnerships().size()), form.partnerships()));
        partnershipsTab.disableProperty().bind(form.draftProperty());
    }

    /**
     * A list of two-line entries; Edit and Delete work on the selected one; double-click or Enter edits it (a reader
     * is told why not: the entries' whole texts are in the list).
     */
    private static <T> void setUpList(AppState state, ListView<InstitutionFormViewModel.Item<T>> list,
                                      ObservableList<InstitutionFormViewModel.Item<T>> items,
                                      Button edit, Button delete, Runnable edits) {
        list.setItems(items);
        list.setCellFactory(view -> new ItemCell<>());
        ReadOnly.commands(state, list.getSelectionModel().selectedItemProperty().isNull(), edit, delete);
        Runnable open = ReadOnly.unlessRefused(state, edits);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                open.run();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.run();
                event.consume();
            }
        });
    }

    /** An entry shown on two lines: the title, and the details in a muted colour. */
    private static final class ItemCell<T> extends ListCell<InstitutionFormViewModel.Item<T>> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        ItemCell() {
            title.getStyleClass().add("item-title");
            details.getStyleClass().add("item-details");
            box.getStyleClass().add("item-box");
            for (Label label : List.of(title, details)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.maxWidthProperty().bind(widthProperty().subtract(24));
            }
        }

        @Override
        protected void updateItem(InstitutionFormViewModel.Item<T> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                title.setText(item.title());
                details.setText(item.details());
                details.setVisible(!item.details().isEmpty());
                details.setManaged(!item.details().isEmpty());
                setGraphic(box);
            }
        }
    }

    private boolean confirm(String question, String details) {
        return Dialogs.confirm(root.getScene().getWindow(), question, details, Messages.get("directory.action.delete"));
    }

    @FXML
    private void reload() {
        form.reload();
    }

    @FXML
    private void addClosure() {
        showClosureDialog(null);
    }

    @FXML
    private void editClosure() {
        InstitutionFormViewModel.Item<Closure> row = closureList.getSelectionModel().getSelectedItem();
        if (row != null) {
            showClosureDialog(row);
        }
    }

    private void showClosureDialog(InstitutionFormViewModel.Item<Closure> row) {
        ClosureEditor editor = form.closureEditor(row);
        if (Dialogs.form(root.getScene().getWindow(), "directory/ClosureDialog", new ClosureDialog(editor),
                editor.title(), Messages.get("directory.action.ok"), editor.validProperty())) {
            form.saveClosure(editor);
        }
    }

    @FXML
    private void deleteClosure() {
        InstitutionFormViewModel.Item<Closure> row = closureList.getSelectionModel().getSelectedItem();
        if (row != null) {
            form.deleteClosure(row);
        }
    }

    @FXML
    private void addContact() {
        showContactDialog(null);
    }

    @FXML
    private void editContact() {
        InstitutionFormViewModel.Item<Contact> row = contactList.getSelectionModel().getSelectedItem();
        if (row != null) {
            showContactDialog(row);
        }
    }

    private void showContactDialog(InstitutionFormViewModel.Item<Contact> row) {
        ContactEditor editor = form.contactEditor(row);
        if (Dialogs.form(root.getScene().getWindow(), "directory/ContactDialog", new ContactDialog(editor),
                editor.title(), Messages.get("directory.action.ok"), editor.validProperty())) {
            try {
                form.saveContact(editor);
            } catch (FieldProblemException e) {
                Dialogs.error(root.getScene().getWindow(), editor.title(), e.problem().message());
            }
        }
    }

    @FXML
    private void deleteContact() {
        InstitutionFormViewModel.Item<Contact> row = contactList.getSelectionModel().getSelectedItem();
        if (row != null) {
            form.deleteContact(row, this::confirm);
        }
    }

    @FXML
    private void addPartnership() {
        showPartnershipDialog(null);
    }

    @FXML
    private void editPartnership() {
        InstitutionFormViewModel.Item<Partnership> row = partnershipList.getSelectionModel().getSelectedItem();
        if (row != null) {
            showPartnershipDialog(row);
        }
    }

    private void showPartnershipDialog(InstitutionFormViewModel.Item<Partnership> row) {
        PartnershipEditor editor = form.partnershipEditor(row);
        if (Dialogs.form(root.getScene().getWindow(), "directory/PartnershipDialog", new PartnershipDialog(editor),
                editor.title(), Messages.get("directory.action.ok"), editor.validProperty())) {
            form.savePartnership(editor);
        }
    }

    @FXML
    private void deletePartnership() {
        InstitutionFormViewModel.Item<Partnership> row = partnershipList.getSelectionModel().getSelectedItem();
        if (row != null) {
            form.deletePartnership(row, this::confirm);
        }
    }
}
