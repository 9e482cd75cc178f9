package org.visitplanner.gui.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.logic.directory.InstitutionField;
import org.visitplanner.logic.directory.InstitutionProfile;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

/**
 * Two people edit one institution at once, each with their own connection to one database (H2, and PostgreSQL in
 * mvn verify): the institution form of one of them, and the other's saves underneath it.
 */
@Tag("repository")
class LiveMergeTest {

    private static final String EIVP = "École des Ingénieurs de la Ville de Paris";

    private List<Services> clients;
    private Services mine;
    private Services theirs;
    private InstitutionFormViewModel form;
    private InstitutionsViewModel viewModel;
    private DirectoryActions actions;
    private AppState state;
    private final List<ClashChoices> asked = new ArrayList<>();
    private long id;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        clients = TestServices.twoClients();
        mine = clients.get(0);
        theirs = clients.get(1);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        state = new AppState();
        actions = new DirectoryActions(tasks, state, new UndoActions(tasks, state, new UndoHistory(100)),
                mine.directory());
        viewModel = new InstitutionsViewModel(actions);
        form = viewModel.form();
        viewModel.reload();
        id = stored().id();
        viewModel.select(id);
    }

    @AfterEach
    void close() {
        clients.forEach(Services::close);
    }

    private Institution stored() {
        return mine.institutions().findAll().stream().filter(i -> i.officialName().equals(EIVP)).findFirst()
                .orElseThrow();
    }

    /** The other person changes the institution and saves, on their own connection. */
    private void theyChange(UnaryOperator<Institution> change) {
        InstitutionProfile read = theirs.directory().profile(id).orElseThrow();
        theirs.directory().save(new InstitutionProfile(change.apply(read.institution()), read.openingHours(),
                read.closures()));
    }

    private static Institution withNotes(Institution i, String notes) {
        return new Institution(i.id(), i.officialName(), i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), i.city(), i.country(), i.coordinates(), i.website(),
                i.phone(), notes, i.version());
    }

    private static Institution withWebsite(Institution i, String website) {
        return new Institution(i.id(), i.officialName(), i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), i.city(), i.country(), i.coordinates(), website,
                i.phone(), i.notes(), i.version());
    }

    private void type(InstitutionField field, String text) {
        form.field(field).textProperty().set(text);
    }

    @Test
    void changesToDifferentFieldsAreBothKeptWithoutAskingAndTheFormSaysSo() {
        form.setClashResolver((title, choices) -> asked.add(choices));
        theyChange(i -> withWebsite(i, "https://www.eivp-paris.fr/en"));

        type(InstitutionField.PHONE, "+33 1 56 02 61 00");
        form.commit();

        assertThat(asked).isEmpty();
        Institution saved = stored();
        assertThat(saved.phone()).isEqualTo("+33 1 56 02 61 00");
        assertThat(saved.website()).isEqualTo("https://www.eivp-paris.fr/en");
        assertThat(form.field(InstitutionField.WEBSITE).text()).isEqualTo("https://www.eivp-paris.fr/en");
        assertThat(form.staleProperty().get()).isFalse();
        assertThat(form.saveNoteProperty().get()).isEqualTo(Messages.get("live.merged", EIVP));
    }

    @Test
    void theSameFieldChangedByBothAsksWithBothValuesAndSavesWhatTheUserCombined() {
        form.setClashResolver((title, choices) -> {
            asked.add(choices);
            choices.rows().get(0).combine();
            return true;
        });
        theyChange(i -> withNotes(withWebsite(i, "https://www.eivp-paris.fr/en"), "Visitors sign in at the desk."));

        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        form.commit();

        assertThat(asked).hasSize(1);
        ClashChoices.Row row = asked.get(0).rows().get(0);
        assertThat(row.field()).isEqualTo("Notes");
        assertThat(row.storedText()).isEqualTo("Visitors sign in at the desk.");
        assertThat(row.myText()).isEqualTo("Ask for Mr Durand.");
        assertThat(asked.get(0).rows()).hasSize(1);
        Institution saved = stored();
        assertThat(saved.notes()).isEqualTo("Visitors sign in at the desk.\nAsk for Mr Durand.");
        assertThat(saved.website()).isEqualTo("https://www.eivp-paris.fr/en");
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo(saved.notes());
        assertThat(form.field(InstitutionField.NOTES).changed()).isFalse();
    }

    @Test
    void aSaveStartedWhileTheDialogIsOpenDoesNotAskASecondTime() {
        form.setClashResolver((title, choices) -> {
            asked.add(choices);
            form.commit(); // the field loses the focus to the dialog
            choices.rows().get(0).useStored();
            return true;
        });
        theyChange(i -> withNotes(i, "Visitors sign in at the desk."));

        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        form.commit();

        assertThat(asked).hasSize(1);
        assertThat(stored().notes()).isEqualTo("Visitors sign in at the desk.");
        assertThat(form.field(InstitutionField.NOTES).changed()).isFalse();
    }

    @Test
    void choosingTheirValueKeepsItAndMineIsNotSaved() {
        form.setClashResolver((title, choices) -> {
            choices.rows().get(0).useStored();
            return true;
        });
        theyChange(i -> withNotes(i, "Visitors sign in at the desk."));

        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        form.commit();

        assertThat(stored().notes()).isEqualTo("Visitors sign in at the desk.");
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo("Visitors sign in at the desk.");
    }

    @Test
    void closingTheDialogSavesNothingAndKeepsTheUsersText() {
        form.setClashResolver((title, choices) -> false);
        theyChange(i -> withNotes(i, "Visitors sign in at the desk."));

        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        form.commit();

        assertThat(stored().notes()).isEqualTo("Visitors sign in at the desk.");
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo("Ask for Mr Durand.");
        assertThat(form.staleProperty().get()).isTrue();
        assertThat(form.saveNoteProperty().get()).isEqualTo(Messages.get("live.notSaved", EIVP));
    }

    @Test
    void anInstitutionDeletedMeanwhileIsSaidAndTheUsersTextStays() {
        Institution read = stored();
        theirs.directory().deleteInstitution(read.id(), read.version());

        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        form.commit();

        assertThat(form.saveNoteProperty().get()).isEqualTo(Messages.get("live.deleted", EIVP));
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo("Ask for Mr Durand.");
    }

    @Test
    void anInstitutionDeletedMeanwhileKeepsWhatIsTypedThroughTheRefreshAndIsSavedAsANewOneWhenTheUserSaysSo() {
        List<String> typedShown = new ArrayList<>();
        form.setClashResolver(new ClashResolver() {
            @Override
            public boolean decide(String title, ClashChoices choices) {
                return false;
            }

            @Override
            public boolean saveAsNew(String kind, String title, String typed) {
                typedShown.add(typed);
                return true;
            }
        });
        Institution read = stored();
        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        theirs.directory().deleteInstitution(read.id(), read.version());

        viewModel.reload(); // a colleague's delete reported: the list loses the row, the form keeps the typing
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo("Ask for Mr Durand.");
        assertThat(form.saveNoteProperty().get()).isEqualTo(Messages.get("live.deleted", EIVP));

        form.commit();

        assertThat(typedShown).hasSize(1);
        assertThat(typedShown.get(0)).contains("Official name: " + EIVP).contains("Notes: Ask for Mr Durand.");
        Institution again = stored();
        assertThat(again.id()).isNotEqualTo(read.id());
        assertThat(again.notes()).isEqualTo("Ask for Mr Durand.");
        assertThat(again.city()).isEqualTo(read.city());
        assertThat(form.staleProperty().get()).isFalse();
    }

    @Test
    void aRefreshTakesInTheirChangeToAnotherFieldAndLeavesASameFieldClashForTheSave() {
        form.setClashResolver((title, choices) -> {
            asked.add(choices);
            return false;
        });
        type(InstitutionField.NOTES, "Ask for Mr Durand.");
        theyChange(i -> withWebsite(i, "https://www.eivp-paris.fr/en"));
        form.refresh();
        assertThat(form.field(InstitutionField.WEBSITE).text()).isEqualTo("https://www.eivp-paris.fr/en");
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo("Ask for Mr Durand.");

        theyChange(i -> withNotes(i, "Visitors sign in at the desk."));
        form.refresh();
        assertThat(form.field(InstitutionField.NOTES).text()).isEqualTo("Ask for Mr Durand.");
        form.commit();
        assertThat(asked).hasSize(1);
        assertThat(stored().notes()).isEqualTo("Visitors sign in at the desk.");
    }

    private static Contact withEmailAndPhone(Contact c, String email, String phone) {
        return new Contact(c.id(), c.institutionId(), c.nameLatin(), c.nameChinese(), c.title(), email, phone,
                c.languages(), c.notes(), c.version());
    }

    @Test
    void aContactChangedByBothInDifferentFieldsKeepsBothChanges() {
        Contact read = mine.contacts().findAll().get(0);
        theirs.contacts().update(withEmailAndPhone(read, "accueil@eivp-paris.fr", read.phone()));

        actions.saveContact(read, withEmailAndPhone(read, read.email(), "+33 1 56 02 61 01"), saved -> { });

        Contact stored = mine.contacts().findById(read.id()).orElseThrow();
        assertThat(stored.email()).isEqualTo("accueil@eivp-paris.fr");
        assertThat(stored.phone()).isEqualTo("+33 1 56 02 61 01");
        assertThat(state.statusMessageProperty().get()).isEqualTo(Messages.get("live.merged", stored.displayName()));
    }

    @Test
    void aMembersSameFieldChangedByBothIsAskedWithBothValuesAndNothingIsSavedWhenTheDialogIsClosed() {
        Member read = mine.members().findAll().get(0);
        theirs.members().update(withPhone(read, "+86 21 3420 0001"));
        actions.setClashResolver((title, choices) -> {
            asked.add(choices);
            return false;
        });

        actions.saveMember(read, withPhone(read, "+86 21 3420 0002"), saved -> { });

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).rows()).extracting(ClashChoices.Row::storedText, ClashChoices.Row::myText)
                .containsExactly(tuple("+86 21 3420 0001", "+86 21 3420 0002"));
        assertThat(mine.members().findById(read.id()).orElseThrow().phone()).isEqualTo("+86 21 3420 0001");

        actions.setClashResolver((title, choices) -> {
            choices.rows().get(0).useMine();
            return true;
        });
        actions.saveMember(read, withPhone(read, "+86 21 3420 0002"), saved -> { });
        assertThat(mine.members().findById(read.id()).orElseThrow().phone()).isEqualTo("+86 21 3420 0002");
    }

    private static Member withPhone(Member m, String phone) {
        return new Member(m.id(), m.nameLatin(), m.nameChinese(), m.title(), m.organisation(), m.role(), m.email(),
                phone, m.notes(), m.version());
    }
}
