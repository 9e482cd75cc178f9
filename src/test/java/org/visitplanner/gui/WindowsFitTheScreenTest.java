package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.i18n.ZoneNames;
import org.visitplanner.support.LabelCuts;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/**
 * The main window at the smallest size it is made for (1024×700) and on a large screen (1600×1000), in English,
 * French and Chinese: no text of the four pages is cut in the middle of a word, every command of the itinerary's tool
 * bar can be reached, the journeys' chips leave the events' titles alone, and nothing of the window speaks English in
 * French or Chinese.
 */
@Tag("ui")
class WindowsFitTheScreenTest {

    @TempDir
    Path dataDirectory;

    private RunningApp window;
    private FxRobot robot;
    private Stage stage;

    static Stream<Arguments> languagesAndSizes() {
        List<Arguments> cases = new ArrayList<>();
        for (Locale language : Messages.LANGUAGES) {
            cases.add(Arguments.of(language, 1024, 700));
            cases.add(Arguments.of(language, 1600, 1000));
        }
        return cases.stream();
    }

    static Stream<Locale> languages() {
        return Messages.LANGUAGES.stream();
    }

    private void start(Locale language, double width, double height) throws Exception {
        window = RunningApp.start(dataDirectory, language).resize(width, height);
        robot = window.robot;
        stage = window.stage();
    }

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("languagesAndSizes")
    void noTextOfTheMainPagesIsCutInTheMiddleOfAWord(Locale language, int width, int height) throws Exception {
        start(language, width, height);
        List<String> cuts = new ArrayList<>();

        cuts.addAll(cutsOnThePage("week", language));
        robot.clickOn(lookup("#dayButton"));
        OnFx.waitUntil(() -> lookup(".schedule-view").lookupAll(".day-header").size() == 1);
        cuts.addAll(cutsOnThePage("day", language));
        robot.clickOn(lookup("#agendaButton"));
        OnFx.waitUntil(() -> lookup(".agenda-view").isVisible());
        cuts.addAll(cutsOnThePage("agenda", language));

        shortcut(KeyCode.DIGIT2);
        OnFx.waitUntil(() -> root().lookup(".institutions-table") instanceof TableView<?> table
                && table.getItems().size() == 11);
        robot.clickOn(textOnPage("École des Ponts et Chaussées"));
        OnFx.waitUntil(() -> root().lookupAll(".text-field").stream()
                .anyMatch(f -> "École des Ponts et Chaussées".equals(((javafx.scene.control.TextField) f).getText())));
        cuts.addAll(cutsOnThePage("institutions", language));

        shortcut(KeyCode.DIGIT3);
        OnFx.waitUntil(() -> root().lookupAll(".people-view .table-view").stream()
                .allMatch(t -> !((TableView<?>) t).getItems().isEmpty()));
        cuts.addAll(cutsOnThePage("people", language));

        shortcut(KeyCode.DIGIT4);
        OnFx.waitUntil(() -> root().lookup(".follow-ups .table-view") instanceof TableView<?> table
                && !table.getItems().isEmpty());
        cuts.addAll(cutsOnThePage("follow-ups", language));

        assertThat(cuts).as("texts cut in the middle of a word").isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("languagesAndSizes")
    void noTextOfTheMeetingRecordNorOfThePrintPreviewIsCutInAWord(Locale language, int width, int height)
            throws Exception {
        start(language, width, height);
        robot.clickOn(window.blocks().get(0));
        shortcut(KeyCode.M);
        OnFx.waitUntil(() -> RunningApp.find(".meeting-record .notes-area") != null);
        Stage meeting = (Stage) OnFx.get(() -> RunningApp.find(".meeting-record").getScene().getWindow());
        List<String> cuts = new ArrayList<>(cutsIn(meeting, width, height, "meeting record", language));
        OnFx.run(meeting::close);

        shortcut(KeyCode.P);
        OnFx.waitUntil(() -> RunningApp.find(".print-preview") != null);
        Stage preview = (Stage) OnFx.get(() -> RunningApp.find(".print-preview").getScene().getWindow());
        cuts.addAll(cutsIn(preview, width, height, "print preview", language));
        OnFx.run(preview::close);
        assertThat(cuts).as("texts cut in the middle of a word").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theSettingsDialogFillsItsWindowOnceItsTextsHaveArrived(Locale language) throws Exception {
        start(language, 1024, 700);
        shortcut(KeyCode.COMMA);
        OnFx.waitUntil(() -> RunningApp.find("#settings-last-backup") instanceof Labeled last
                && !last.getText().isEmpty());
        Stage settings = (Stage) OnFx.get(() -> RunningApp.find("#settings-last-backup").getScene().getWindow());
        OnFx.waitUntil(() -> !settings.getScene().getRoot().isNeedsLayout());

        // The texts arrive after the dialog opened and it fits them again: the scene still fills the window (a scene
        // narrower than its window left a strip of stale pixels, a ghost copy of the Close button).
        OnFx.run(() -> {
            assertThat(settings.getScene().getWidth()).as("scene width in a %s-wide window", settings.getWidth())
                    .isCloseTo(settings.getWidth(), offset(1.0));
            assertThat(settings.getScene().getHeight()).isCloseTo(settings.getHeight(),
                    offset(1.0));
            assertThat(LabelCuts.cutInAWord(settings.getScene().getRoot(), language)).isEmpty();
        });
        OnFx.run(settings::close);
    }

    /** What the checker finds in {@code other} made {@code width}×{@code height} (no larger than the screen). */
    private static List<String> cutsIn(Stage other, double width, double height, String name, Locale language) {
        OnFx.run(() -> {
            other.setX(0);
            other.setY(0);
            other.setWidth(Math.max(other.getMinWidth(), width));
            other.setHeight(Math.max(other.getMinHeight(), height));
        });
        OnFx.waitUntil(() -> !other.getScene().getRoot().isNeedsLayout());
        return OnFx.get(() -> LabelCuts.cutInAWord(other.getScene().getRoot(), language)).stream()
                .map(problem -> name + ": " + problem).toList();
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("languagesAndSizes")
    void everyCommandOfTheItineraryToolBarCanBeReached(Locale language, int width, int height) throws Exception {
        start(language, width, height);
        ToolBar bar = (ToolBar) lookup(".itinerary-toolbar");
        // The commands shown in this mode: not the separators and the gap, nor the day navigation of the day view.
        List<Node> commands = OnFx.get(() -> bar.getItems().stream()
                .filter(item -> !(item instanceof Separator) && item.isManaged() && !(item instanceof Region
                        && !(item instanceof javafx.scene.control.Control) && item.getStyleClass().isEmpty()))
                .toList());
        assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
        List<Node> outside = OnFx.get(() -> commands.stream().filter(item -> !inWindow(item)).toList());
        // Nothing of the window lies beyond its right edge (the search box is the last thing of the top bar).
        assertThat(OnFx.get(() -> inWindow(lookup(".global-search")))).isTrue();
        if (outside.isEmpty()) {
            return;
        }
        Node overflow = OnFx.get(() -> bar.lookup(".tool-bar-overflow-button"));
        assertThat(OnFx.get(overflow::isVisible)).as("the overflow button of a tool bar that does not fit").isTrue();
        robot.clickOn(overflow);
        OnFx.waitUntil(() -> outside.stream().allMatch(item -> item.getScene() != null
                && item.getScene().getWindow() != stage && item.getScene().getWindow().isShowing()));
        robot.type(KeyCode.ESCAPE);
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("languagesAndSizes")
    void journeysChipsNeverCoverAnEventsTimeOrTitle(Locale language, int width, int height) throws Exception {
        start(language, width, height);
        List<String> covered = OnFx.get(() -> {
            List<String> found = new ArrayList<>();
            List<Node> chips = root().lookupAll(".schedule-view .leg").stream().filter(Node::isVisible).toList();
            assertThat(chips).as("journeys shown").isNotEmpty();
            for (Node chip : chips) {
                Bounds chipBounds = chip.localToScene(chip.getBoundsInLocal());
                for (Node block : root().lookupAll(".schedule-event")) {
                    for (Node text : block.lookupAll(".event-time, .event-title")) {
                        Bounds textBounds = text.localToScene(text.getBoundsInLocal());
                        if (text.isVisible() && !((Labeled) text).getText().isEmpty()
                                && chipBounds.intersects(textBounds)) {
                            found.add(((Labeled) chip).getText() + " covers " + ((Labeled) text).getText());
                        }
                    }
                }
            }
            return found;
        });
        assertThat(covered).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theItineraryNamesZonesAndCitiesInTheChosenLanguage(Locale language) throws Exception {
        start(language, 1600, 1000);
        String paris = ZoneNames.city(language, java.time.ZoneId.of("Europe/Paris"));
        String parisTime = ZoneNames.timeOf(language, java.time.ZoneId.of("Europe/Paris"));
        String shanghaiTime = ZoneNames.timeOf(language,
                java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(OnFx.get(() -> ((Labeled) lookup(".schedule-view .axis-title")).getText())).isEqualTo(paris);
        assertThat(OnFx.get(() -> ((Labeled) lookup("#homeAxisButton")).getText()))
                .isEqualToIgnoringCase(shanghaiTime);
        assertThat(OnFx.get(() -> ((Labeled) lookup("#subtitleLabel")).getText()))
                .contains(parisTime).doesNotContain("Europe/");

        robot.clickOn(lookup("#homeAxisButton"));
        OnFx.waitUntil(() -> lookup(".schedule-view").lookupAll(".axis-title").stream()
                .filter(Node::isVisible).count() == 2);
        List<String> axes = OnFx.get(() -> lookup(".schedule-view").lookupAll(".axis-title").stream()
                .map(node -> ((Labeled) node).getText()).toList());
        assertThat(axes).containsExactly(paris, ZoneNames.city(language, java.time.ZoneId.of("Asia/Shanghai")));

        robot.clickOn(lookup("#newEventButton"));
        OnFx.waitUntil(() -> find("#zoneLabel") != null);
        assertThat(OnFx.get(() -> ((Labeled) find("#zoneLabel")).getText())).contains(parisTime)
                .doesNotContain("/");
        robot.type(KeyCode.ESCAPE);
        // No English left around the week in French or Chinese.
        if (language.equals(Locale.CHINESE)) {
            assertThat(String.join("", axes) + shanghaiTime + parisTime).doesNotContainPattern("[A-Za-z]");
        } else if (language.equals(Locale.FRENCH)) {
            assertThat(OnFx.get(() -> ((Labeled) lookup("#homeAxisButton")).getText())).isEqualTo("Heure de Shanghai");
        }
    }

    // ---------------------------------------------------------------- helpers (on the FX thread)

    private List<String> cutsOnThePage(String page, Locale language) {
        OnFx.waitUntil(() -> !stage.getScene().getRoot().isNeedsLayout());
        return OnFx.get(() -> LabelCuts.cutInAWord(stage.getScene().getRoot(), language)).stream()
                .map(problem -> page + ": " + problem).toList();
    }

    private void shortcut(KeyCode key) {
        window.shortcut(key);
    }

    private javafx.scene.Parent root() {
        return stage.getScene().getRoot();
    }

    private Node lookup(String selector) {
        return window.lookup(selector);
    }

    private static Node find(String selector) {
        return RunningApp.find(selector);
    }

    private Node textOnPage(String text) {
        return OnFx.get(() -> root().lookupAll(".table-cell").stream()
                .filter(cell -> text.equals(((Labeled) cell).getText())).findFirst().orElseThrow());
    }

    /** Whether {@code node} is laid out inside the main window (not hidden, not beyond its edges). */
    private boolean inWindow(Node node) {
        if (node.getScene() != stage.getScene() || !node.isVisible()) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinX() >= -0.5 && bounds.getMaxX() <= stage.getScene().getWidth() + 0.5
                && bounds.getWidth() > 0;
    }
}
