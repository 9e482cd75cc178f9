package org.visitplanner.gui.people;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.visitplanner.gui.common.Cells;

/** The delegation of the current trip and the contacts at institutions, as two tables. */
public final class PeopleView {

    private final PeopleViewModel viewModel;

    @FXML private TableView<PeopleViewModel.MemberRow> memberTable;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberNameColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberChineseColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberRoleColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberTitleColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberOrganisationColumn;
    @FXML private TableColumn<PeopleViewModel.MemberRow, String> memberEmailColumn;
    @FXML private TableView<PeopleViewModel.ContactRow> contactTable;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactNameColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactChineseColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactTitleColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactInstitutionColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactEmailColumn;
    @FXML private TableColumn<PeopleViewModel.ContactRow, String> contactPhoneColumn;

    public PeopleView(PeopleViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        memberNameColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::nameLatin));
        memberChineseColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::nameChinese));
        memberRoleColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::role));
        memberTitleColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::title));
        memberOrganisationColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::organisation));
        memberEmailColumn.setCellValueFactory(Cells.text(PeopleViewModel.MemberRow::email));
        memberTable.setItems(viewModel.members());

        contactNameColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::nameLatin));
        contactChineseColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::nameChinese));
        contactTitleColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::title));
        contactInstitutionColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::institution));
        contactEmailColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::email));
        contactPhoneColumn.setCellValueFactory(Cells.text(PeopleViewModel.ContactRow::phone));
        contactTable.setItems(viewModel.contacts());
        viewModel.reload();
    }
}
