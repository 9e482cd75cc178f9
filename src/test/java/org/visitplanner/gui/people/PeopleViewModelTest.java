package org.visitplanner.gui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.directory.ContactEditor;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.logic.directory.ContactField;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class PeopleViewModelTest {

    private Services services;
    private AppState state;
    private UndoActions undo;
    private PeopleViewModel viewModel;
    private Trip trip;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
        state = new AppState();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        undo = new UndoActions(tasks, state, new org.visitplanner.logic.undo.UndoHistory(100));
        viewModel = new PeopleViewModel(new DirectoryActions(tasks, state, undo, services.directory()),
                services.history());
        trip = services.trips().findSample().orElseThrow();
        state.currentTripProperty().set(trip);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> onTrip() {
        return services.trips().members(trip.id()).stream().map(Member::nameLatin).toList();
    }

    private PeopleViewModel.MemberRow member(String name) {
        return viewModel.members().stream().filter(r -> r.nameLatin().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDelegationOfTheTripComesFirstTicked() {
        assertThat(viewModel.members()).extracting(PeopleViewModel.MemberRow::nameLatin)
                .containsExactly("Zied MOUMNI", "Ma Wei", "Li Na", "Chen Hao");
        assertThat(viewModel.members()).allSatisfy(row -> assertThat(row.onTrip().get()).isTrue());
        assertThat(viewModel.tripNoteProperty().get()).startsWith("4 members are on SJTU / SPEIT");
        assertThat(viewModel.contacts()).hasSize(12);
    }

    @Test
    void aMembersDialogListsWhoChangedThemAndWhenNewestFirstAndANewMemberHasNoHistory() {
        Member li = member("Li Na").member();
        services.members().update(new Member(li.id(), li.nameLatin(), li.nameChinese(), li.title(),
                li.organisation(), li.role(), li.email(), "+86 21 3420 0009", li.notes(), li.version()));
        state.dataChanged();

        MemberEditor editor = viewModel.memberEditor(member("Li Na"));

        assertThat(editor.isNew()).isFalse();
        assertThat(editor.changes()).hasSize(2);
        assertThat(editor.changes().get(0)).contains("+86 21 3420 0009");
        assertThat(editor.changes().get(1)).endsWith("added: Li Na");
        MemberEditor fresh = viewModel.memberEditor(null);
        assertThat(fresh.isNew()).isTrue();
        assertThat(fresh.changes()).isEmpty();
    }

    @Test
    void untickingTakesAMemberOffTheTripAndUndoPutsThemBack() {
        member("Li Na").onTrip().set(false);
        assertThat(onTrip()).containsExactly("Zied MOUMNI", "Ma Wei", "Chen Hao");
        assertThat(member("Li Na").onTrip().get()).isFalse();

        undo.undo();
        assertThat(onTrip()).containsExactly("Zied MOUMNI", "Ma Wei", "Li Na", "Chen Hao");

        member("Li Na").onTrip().set(false);
        member("Li Na").onTrip().set(true);
        assertThat(onTrip()).containsExactly("Zied MOUMNI", "Ma Wei", "Chen Hao", "Li Na");
    }

    @Test
    void aNewMemberIsCheckedSavedAndPutOnTheTrip() {
        MemberEditor editor = viewModel.memberEditor(null);
        assertThat(editor.validProperty().get()).isFalse();
        editor.name().textProperty().set("Wang Fang");
        editor.chineseName().textProperty().set("王芳");
        editor.email().textProperty().set("wang.fang@");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.email().problem().message()).isEqualTo("Not an e-mail address, e.g. name@example.org");
        editor.email().textProperty().set("wang.fang@example.org");
        editor.roleProperty().set(MemberRole.INTERPRETER);
        assertThat(editor.validProperty().get()).isTrue();

        viewModel.saveMember(editor);

        assertThat(onTrip()).last().isEqualTo("Wang Fang");
        assertThat(member("Wang Fang").role()).isEqualTo("Interpreter");
        assertThat(member("Wang Fang").onTrip().get()).isTrue();
    }

    @Test
    void editingAndDeletingAMemberCanBeUndone() {
        MemberEditor editor = viewModel.memberEditor(member("Ma Wei"));
        editor.chineseName().textProperty().set("马伟");
        viewModel.saveMember(editor);
        assertThat(member("Ma Wei").nameChinese()).isEqualTo("马伟");

        viewModel.deleteMember(member("Ma Wei"), (question, details) -> {
            assertThat(question).isEqualTo("Delete “Ma Wei (马伟)” from the directory?");
            assertThat(details).startsWith("They are taken off one trip and ");
            return true;
        });
        assertThat(viewModel.members()).extracting(PeopleViewModel.MemberRow::nameLatin).doesNotContain("Ma Wei");

        undo.undo();
        assertThat(onTrip()).containsExactly("Zied MOUMNI", "Ma Wei", "Li Na", "Chen Hao");
        undo.undo();
        assertThat(member("Ma Wei").nameChinese()).isEmpty();
    }

    @Test
    void oneSearchFiltersMembersAndContacts() {
        viewModel.searchProperty().set("ponts");
        assertThat(viewModel.contacts()).extracting(PeopleViewModel.ContactRow::institution)
                .containsExactly("École des Ponts");
        assertThat(viewModel.members()).isEmpty();
        viewModel.searchProperty().set("speit");
        assertThat(viewModel.members()).extracting(PeopleViewModel.MemberRow::nameLatin)
                .containsExactly("Zied MOUMNI", "Chen Hao");
    }

    @Test
    void aContactIsAddedAtTheChosenInstitutionAndDeletedWithUndo() throws Exception {
        ContactEditor editor = viewModel.contactEditor(null);
        editor.field(ContactField.NAME).textProperty().set("Paul Durand");
        assertThat(editor.validProperty().get()).as("no institution chosen yet").isFalse();
        editor.institutionProperty().set(editor.institutions().stream()
                .filter(i -> i.label().equals("EIVP")).findFirst().orElseThrow());
        editor.field(ContactField.PHONE).textProperty().set("+33 1 56 02 61 00");
        assertThat(editor.validProperty().get()).isTrue();
        viewModel.saveContact(editor);

        PeopleViewModel.ContactRow paul = viewModel.contacts().stream()
                .filter(c -> c.nameLatin().equals("Paul Durand")).findFirst().orElseThrow();
        assertThat(paul.institution()).isEqualTo("EIVP");

        viewModel.deleteContact(paul, (question, details) -> true);
        assertThat(viewModel.contacts()).hasSize(12);
        undo.undo();
        assertThat(viewModel.contacts()).hasSize(13);
    }
}
