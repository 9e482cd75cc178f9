package org.visitplanner.gui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.directory.InstitutionField;
import org.visitplanner.logic.directory.InstitutionProfile;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Institution;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class InstitutionsViewModelTest {

    private Services services;
    private AppState state;
    private UndoActions undo;
    private InstitutionsViewModel viewModel;
    private InstitutionFormViewModel form;
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
        state = new AppState();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        undo = new UndoActions(tasks, state, new org.visitplanner.logic.undo.UndoHistory(100));
        viewModel = new InstitutionsViewModel(new DirectoryActions(tasks, state, undo, services.directory()));
        form = viewModel.form();
        viewModel.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> shown() {
        return viewModel.rows().stream().map(InstitutionsViewModel.Row::officialName).toList();
    }

    private Institution stored(String officialName) {
        return services.institutions().findAll().stream().filter(i -> i.officialName().equals(officialName))
                .findFirst().orElseThrow();
    }

    private void select(String officialName) {
        viewModel.select(stored(officialName).id());
    }

    private void type(InstitutionField field, String text) {
        form.field(field).textProperty().set(text);
    }

    @Test
    void theSearchIgnoresAccentsAndCaseAndLooksAtEveryNameTheCityAndTheContacts() {
        assertThat(shown()).hasSize(11);
        for (String query : List.of("ponts", "ecole des ponts", "ÉCOLE DES PONTS", "路桥", "Isabelle Laurent",
                "ponts champs")) {
            viewModel.searchProperty().set(query);
            assertThat(shown()).as(query).containsExactly("École des Ponts et Chaussées");
        }
        viewModel.searchProperty().set("palaiseau");
        assertThat(shown()).hasSize(3);
        assertThat(viewModel.countProperty().get()).isEqualTo("3 of 11 institutions");
        viewModel.searchProperty().set("");
        assertThat(viewModel.countProperty().get()).isEqualTo("11 institutions");
    }

    @Test
    void theStatusFilterShowsInstitutionsWithAPartnershipAtThatStatus() {
        viewModel.statusFilterProperty().set(viewModel.statusFilters().stream()
                .filter(f -> f.status() == PartnershipStatus.AGREED_IN_PRINCIPLE).findFirst().orElseThrow());
        // The sample's meetings moved these three from "in discussion" to "agreed in principle".
        assertThat(shown()).containsExactlyInAnyOrder("Polytech Paris-Saclay", "Lycée Louis-le-Grand",
                "Lycée Henri-IV");
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.statusText()).contains("Agreed in principle"));
        viewModel.statusFilterProperty().set(viewModel.statusFilters().get(viewModel.statusFilters().size() - 1));
        assertThat(shown()).isEmpty();
    }

    @Test
    void aLatitudeOfTwoHundredShowsAMessageKeepsTheTextAndSavesNothing() {
        select("École des Ponts et Chaussées");
        Institution before = stored("École des Ponts et Chaussées");

        type(InstitutionField.LATITUDE, "200");
        assertThat(form.field(InstitutionField.LATITUDE).problem().message())
                .isEqualTo("A latitude is between −90 and 90");
        form.commit();

        assertThat(form.field(InstitutionField.LATITUDE).text()).isEqualTo("200");
        assertThat(form.saveNoteProperty().get()).isEqualTo("Not saved: correct the fields marked in red.");
        assertThat(stored("École des Ponts et Chaussées")).isEqualTo(before);

        type(InstitutionField.CITY, "Marne-la-Vallée");
        form.commit();
        Institution after = stored("École des Ponts et Chaussées");
        assertThat(after.city()).as("a valid field is saved").isEqualTo("Marne-la-Vallée");
        assertThat(after.coordinates()).as("the wrong one is not").isEqualTo(before.coordinates());
        assertThat(form.field(InstitutionField.LATITUDE).text()).isEqualTo("200");

        type(InstitutionField.LATITUDE, "48,8408");
        assertThat(form.field(InstitutionField.LATITUDE).problem()).isNull();
        form.commit();
        assertThat(stored("École des Ponts et Chaussées").coordinates().latitude()).isEqualTo(48.8408);
        assertThat(form.field(InstitutionField.LATITUDE).text()).isEqualTo("48.8408");
    }

    @Test
    void aSavedEditCanBeUndoneAndRedone() {
        select("Albert School");
        type(InstitutionField.ADDRESS, "52 rue de Rivoli");
        form.commit();
        assertThat(stored("Albert School").address()).isEqualTo("52 rue de Rivoli");
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo edit of “Albert School”");

        undo.undo();
        assertThat(stored("Albert School").address()).isNull();
        assertThat(form.field(InstitutionField.ADDRESS).text()).isEmpty();
        undo.redo();
        assertThat(stored("Albert School").address()).isEqualTo("52 rue de Rivoli");
        assertThat(form.field(InstitutionField.ADDRESS).text()).isEqualTo("52 rue de Rivoli");
    }

    @Test
    void openingHoursAreReadAsTypedAndShownAsStored() {
        select("SupBioTech");
        type(InstitutionField.OPENING_HOURS, "Mon-Fri 18:00-08:00");
        assertThat(form.field(InstitutionField.OPENING_HOURS).problem().message())
                .isEqualTo("Closes before it opens: 18:00-08:00");
        type(InstitutionField.OPENING_HOURS, "lun-ven 9h-18h; sam 9h-12h");
        form.commit();
        assertThat(form.field(InstitutionField.OPENING_HOURS).text())
                .isEqualTo("Mon–Fri 09:00–18:00; Sat 09:00–12:00");
        assertThat(services.institutions().openingHours(stored("SupBioTech").id())).hasSize(6);
    }

    @Test
    void pastedCoordinatesFillLatitudeAndLongitude() {
        select("Albert School");
        form.pastedCoordinates().textProperty().set("somewhere");
        form.applyPastedCoordinates();
        assertThat(form.pastedCoordinates().problem()).isNotNull();
        assertThat(form.pastedCoordinates().text()).isEqualTo("somewhere");

        form.pastedCoordinates().textProperty().set("48.8463, 2.3475");
        form.applyPastedCoordinates();
        assertThat(form.field(InstitutionField.LATITUDE).text()).isEqualTo("48.8463");
        assertThat(form.field(InstitutionField.LONGITUDE).text()).isEqualTo("2.3475");
        assertThat(form.pastedCoordinates().text()).isEmpty();
        assertThat(stored("Albert School").coordinates()).isEqualTo(new Coordinates(48.8463, 2.3475));
    }

    @Test
    void aNameAnotherInstitutionHasIsAWarningNotABlock() {
        select("Albert School");
        type(InstitutionField.OFFICIAL_NAME, "ecole des ponts et chaussees");
        assertThat(form.field(InstitutionField.OFFICIAL_NAME).problem().isError()).isFalse();
        assertThat(form.field(InstitutionField.OFFICIAL_NAME).problem().message())
                .isEqualTo("Another institution is already called “ecole des ponts et chaussees”");
        form.commit();
        assertThat(services.institutions().findAll()).extracting(Institution::officialName)
                .contains("ecole des ponts et chaussees");

        type(InstitutionField.OFFICIAL_NAME, " ");
        assertThat(form.field(InstitutionField.OFFICIAL_NAME).problem().message()).isEqualTo("Required");
    }

    @Test
    void aRecordChangedElsewhereInAnotherFieldIsMergedAndBothChangesAreSaved() {
        select("École des Ingénieurs de la Ville de Paris");
        InstitutionProfile elsewhere = services.directory().profile(form.current().id()).orElseThrow();
        Institution i = elsewhere.institution();
        services.directory().save(new InstitutionProfile(new Institution(i.id(), i.officialName(), i.englishName(),
                i.chineseName(), i.shortName(), i.kind(), i.relation(), i.address(), i.postcode(), i.city(),
                i.country(), i.coordinates(), "https://www.eivp-paris.fr/en", i.phone(), i.notes(), i.version()),
                elsewhere.openingHours(), elsewhere.closures()));

        type(InstitutionField.PHONE, "+33 1 56 02 61 00");
        form.commit();

        assertThat(form.staleProperty().get()).isFalse();
        assertThat(form.saveNoteProperty().get()).isEqualTo(Messages.get("live.merged",
                "École des Ingénieurs de la Ville de Paris"));
        assertThat(form.field(InstitutionField.PHONE).text()).isEqualTo("+33 1 56 02 61 00");
        assertThat(form.field(InstitutionField.WEBSITE).text()).isEqualTo("https://www.eivp-paris.fr/en");
        Institution saved = stored("École des Ingénieurs de la Ville de Paris");
        assertThat(saved.phone()).isEqualTo("+33 1 56 02 61 00");
        assertThat(saved.website()).isEqualTo("https://www.eivp-paris.fr/en");
    }

    @Test
    void aDeleteNamesWhatGoesWithItAndUndoBringsAllOfItBack() {
        select("École des Ponts et Chaussées");
        Institution ponts = stored("École des Ponts et Chaussées");
        List<Contact> contacts = services.contacts().findByInstitution(ponts.id());

        viewModel.deleteSelected((question, details) -> {
            questions.add(question + "\n" + details);
            return true;
        });

        assertThat(questions).singleElement().asString()
                .startsWith("Delete “École des Ponts et Chaussées”?\n"
                        + "Deleted with it: its contact and its 2 partnerships.")
                .contains("events of the itinerary are there: they stay, without a venue.")
                .endsWith("You can undo this with Edit → Undo (Ctrl+Z).");
        assertThat(shown()).hasSize(10).doesNotContain("École des Ponts et Chaussées");
        assertThat(form.shownProperty().get()).isFalse();
        assertThat(state.statusMessageProperty().get())
                .isEqualTo("Deleted “École des Ponts”. Edit → Undo brings it back.");

        undo.undo();

        assertThat(shown()).hasSize(11).contains("École des Ponts et Chaussées");
        assertThat(services.institutions().findById(ponts.id())).contains(ponts);
        assertThat(services.contacts().findByInstitution(ponts.id())).isEqualTo(contacts);
        assertThat(state.statusMessageProperty().get()).isEqualTo("Undone: deletion of “École des Ponts”.");
    }

    @Test
    void aDeleteTheUserDeclinesDeletesNothing() {
        select("SupBioTech");
        viewModel.deleteSelected((question, details) -> false);
        assertThat(shown()).hasSize(11);
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewInstitutionIsStoredOnceItHasANameAndItsCreationCanBeUndone() {
        viewModel.newInstitution();
        assertThat(form.draftProperty().get()).isTrue();
        type(InstitutionField.CITY, "Paris");
        form.commit();
        assertThat(services.institutions().findAll()).hasSize(11);
        assertThat(form.field(InstitutionField.OFFICIAL_NAME).problem().message()).isEqualTo("Required");

        type(InstitutionField.OFFICIAL_NAME, "Institut Pasteur");
        form.commit();

        Institution pasteur = stored("Institut Pasteur");
        assertThat(pasteur.city()).isEqualTo("Paris");
        assertThat(form.draftProperty().get()).isFalse();
        assertThat(viewModel.selectedId()).isEqualTo(pasteur.id());
        assertThat(shown()).contains("Institut Pasteur");

        undo.undo();
        assertThat(services.institutions().findById(pasteur.id())).isEmpty();
        undo.redo();
        assertThat(services.institutions().findById(pasteur.id())).contains(pasteur);
    }

    @Test
    void closuresAreAddedThroughTheirDialogAndSavedWithTheInstitution() {
        select("Lycée Henri-IV");
        ClosureEditor editor = form.closureEditor(null);
        editor.first().field().textProperty().set("20/12/2025");
        editor.last().field().textProperty().set("2025-12-19");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.last().field().problem().message()).isEqualTo("Ends before it starts");
        editor.last().field().textProperty().set("4 January 2026");
        assertThat(editor.last().field().understoodProperty().get()).isEqualTo("Sunday 4 January 2026");
        editor.reason().textProperty().set("Christmas holidays");
        assertThat(editor.validProperty().get()).isTrue();

        form.saveClosure(editor);

        assertThat(services.institutions().closures(stored("Lycée Henri-IV").id())).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("Christmas holidays"));
        assertThat(form.closures()).singleElement().satisfies(item ->
                assertThat(item.title()).isEqualTo("20 December 2025 – 4 January 2026"));
    }

    @Test
    void contactsOfTheInstitutionAreAddedWithTheSameChecks() throws Exception {
        select("Albert School");
        ContactEditor editor = form.contactEditor(null);
        editor.field(org.visitplanner.logic.directory.ContactField.NAME).textProperty().set("Léa Martin");
        editor.field(org.visitplanner.logic.directory.ContactField.EMAIL).textProperty().set("lea.martin@");
        assertThat(editor.validProperty().get()).isFalse();
        editor.field(org.visitplanner.logic.directory.ContactField.EMAIL).textProperty()
                .set("lea.martin@example.org");
        assertThat(editor.validProperty().get()).isTrue();

        form.saveContact(editor);

        assertThat(form.contacts()).extracting(InstitutionFormViewModel.Item::title).contains("Léa Martin");
        undo.undo();
        assertThat(form.contacts()).extracting(InstitutionFormViewModel.Item::title).doesNotContain("Léa Martin");
    }
}
