package org.visitplanner.gui.people;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Cells;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.Page;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.gui.directory.ContactDialog;
import org.visitplanner.gui.directory.ContactEditor;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;

/** Delegation members and contacts at institutions, as two editable tables (thin controller). */
public final class PeopleView implements Page {

    private final PeopleViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label tripNoteLabel;
    @FXML private TableView<PeopleViewModel.MemberRow> memberTable;
    @FXML private TableColumn<PeopleViewModel.MemberRow, Boolean> memberOnTripColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberNameColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberChineseColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberRoleColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberTitleColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberOrganisationColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberEmailColumn;
    @FXML private Button newMemberButton;
    @FXML private Button editMemberButton;
    @FXML private Button deleteMemberButton;
    @FXML private TableView<PeopleViewModel.ContactRow> contactTable;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactNameColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactChineseColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactTitleColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactInstitutionColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactEmailColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactPhoneColumn;
    @FXML private Button newContactButton;
    @FXML private Button editContactButton;
    @FXML private Button deleteContactButton;

    public PeopleView(PeopleViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        tripNoteLabel.textProperty().bind(viewModel.tripNoteProperty());

        memberOnTripColumn.setCellValueFactory(cell -> cell.getValue().onTrip());
        memberOnTripColumn.setCellFactory(CheckBoxTableCell.forTableColumn(memberOnTripColumn));
        AppState state = viewModel.state();
        memberOnTripColumn.editableProperty().bind(Bindings.createBooleanBinding(
                viewModel::hasTrip, viewModel.tripNoteProperty()).and(state.readOnlyProperty().not()));
        memberNameColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::nameLatin));
        memberChineseColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::nameChinese));
        memberRoleColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::role));
        memberTitleColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::title));
        memberOrganisationColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::organisation));
        memberEmailColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::email));
        memberTable.setItems(viewModel.members());
        ReadOnly.commands(state, newMemberButton, newContactButton);
        ReadOnly.commands(state, memberTable.getSelectionModel().selectedItemProperty().isNull(),
                editMemberButton, deleteMemberButton);
        onOpen(memberTable, ReadOnly.unlessRefused(state, this::editMember),
                ReadOnly.unlessRefused(state, this::deleteMember));

        contactNameColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::nameLatin));
        contactChineseColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::nameChinese));
        contactTitleColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::title));
        contactInstitutionColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::institution));
        contactEmailColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::email));
        contactPhoneColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::phone));
        contactTable.setItems(viewModel.contacts());
        ReadOnly.commands(state, contactTable.getSelectionModel().selectedItemProperty().isNull(),
                editContactButton, deleteContactButton);
        onOpen(contactTable, ReadOnly.unlessRefused(state, this::editContact),
                ReadOnly.unlessRefused(state, this::deleteContact));
        viewModel.reload();
    }

    /** Double-click or Enter opens the row; Delete deletes it. */
    private static <R> void onOpen(TableView<R> table, Runnable open, Runnable delete) {
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (table.getSelectionModel().isEmpty()) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                open.run();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                delete.run();
                event.consume();
            }
        });
    }

    private boolean confirm(String question, String details) {
        return Dialogs.confirm(root.getScene().getWindow(), question, details, Messages.get("directory.action.delete"));
    }

    @FXML
    private void newMember() {
        showMemberDialog(null);
    }

    @FXML
    private void editMember() {
        PeopleViewModel.MemberRow row = memberTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            showMemberDialog(row);
        }
    }

    private void showMemberDialog(PeopleViewModel.MemberRow row) {
        MemberEditor editor = viewModel.memberEditor(row);
        if (Dialogs.form(root.getScene().getWindow(), "people/MemberDialog", new MemberDialog(editor), editor.title(),
                Messages.get("directory.action.ok"), editor.validProperty())) {
            viewModel.saveMember(editor);
        }
    }

    @FXML
    private void deleteMember() {
        PeopleViewModel.MemberRow row = memberTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.deleteMember(row, this::confirm);
        }
    }

    @FXML
    private void newContact() {
        showContactDialog(null);
    }

    @FXML
    private void editContact() {
        PeopleViewModel.ContactRow row = contactTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            showContactDialog(row);
        }
    }

    private void showContactDialog(PeopleViewModel.ContactRow row) {
        ContactEditor editor = viewModel.contactEditor(row);
        if (Dialogs.form(root.getScene().getWindow(), "directory/ContactDialog", new ContactDialog(editor),
                editor.title(), Messages.get("directory.action.ok"), editor.validProperty())) {
            try {
                viewModel.saveContact(editor);
            } catch (FieldProblemException e) {
                Dialogs.error(root.getScene().getWindow(), editor.title(), e.problem().message());
            }
        }
    }

    @FXML
    private void deleteContact() {
        PeopleViewModel.ContactRow row = contactTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.deleteContact(row, this::confirm);
        }
    }

    @Override
    public void focusContent() {
        memberTable.requestFocus();
    }
}
