package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** The week of the sample trip as the secretary reads it: which event is which, its card, one rule per click. */
@Tag("ui")
class WeekThatCanBeReadTest {

    @TempDir
    Path dataDirectory;

    private RunningApp window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private List<String> titles() {
        return window.blocks().stream().map(RunningApp::title).toList();
    }

    @Test
    void eventsWithTheSameOrAGenericTitleShowTheirInstitutionsShortName() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        assertThat(titles()).contains("Albert School · First contact", "EIVP · First contact",
                "SupBioTech · First contact", "Polytechnique · Strategic partnership review",
                "ENSTA · Strategic partnership review", "Louis-le-Grand · Descartes Class: first immersive stay",
                // Titles that tell their events apart stay as typed.
                "Innovation laboratory visit", "Delegation debrief", "Lunch with the ENSTA team");
    }

    @Test
    void narrowColumnsShowTheStartTimeAndTheShortTitleWideOnesTheWholeEvent() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1024, 700);
        Node review = window.block("Polytechnique");
        assertThat(OnFx.get(() -> ((Labeled) review.lookup(".event-time")).getText())).isEqualTo("09:30");
        assertThat(RunningApp.title(review)).isEqualTo("Polytechnique");

        window.resize(1600, 1000);
        OnFx.waitUntil(() -> window.blocks().stream().map(RunningApp::title)
                .anyMatch("Polytechnique · Strategic partnership review"::equals));
        Node wide = window.block("Polytechnique · Strategic partnership review");
        assertThat(OnFx.get(() -> ((Labeled) wide.lookup(".event-time")).getText())).isEqualTo("09:30–11:00");
    }

    @Test
    void selectingAnEventShowsItsWholeCardWithAButtonToItsMeetingRecord() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1024, 700);
        // In a narrow column the block shows the institution's short name: Tuesday's first event at Polytech.
        window.robot.clickOn(window.event("Dual-degree"));
        OnFx.waitUntil(() -> RunningApp.find(".event-card") != null);
        List<String> card = OnFx.get(() -> RunningApp.find(".event-card").lookupAll(".label").stream()
                .map(label -> ((Labeled) label).getText()).toList());
        assertThat(card).contains("Dual-degree agreement: curriculum, selection, schedule",
                "Tuesday 9 December · 09:30–11:30", "Meeting · Polytech Paris-Saclay",
                "Delegation: Zied MOUMNI, Ma Wei, Li Na (李娜), Chen Hao (陈浩)");
        assertThat(card).anyMatch(line -> line.startsWith("Hosts: Nathalie Leroy"));
        assertThat(card).anyMatch(line -> line.startsWith("Address: "));

        window.robot.clickOn(RunningApp.find(".card-meeting-record"));
        OnFx.waitUntil(() -> RunningApp.window("Meeting record — Dual-degree") != null);
        OnFx.waitUntil(() -> RunningApp.find(".event-card") == null);
    }

    @Test
    void restingTheMouseOnAnEventShowsItsCardAndLeavingItTakesItAway() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        window.robot.moveTo(window.block("Innovation laboratory visit"));
        OnFx.waitUntil(() -> RunningApp.find(".event-card") != null && RunningApp.find(".event-card")
                .lookupAll(".card-title").stream().anyMatch(t -> ((Labeled) t).getText()
                        .equals("Innovation laboratory visit")));
        window.robot.moveTo(window.lookup("#titleLabel"));
        OnFx.waitUntil(() -> RunningApp.find(".event-card") == null);
    }

    @Test
    void doubleClickOpensTheEvent() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        RunningApp.doubleClick(window.block("Lunch with the ENSTA team"));
        OnFx.waitUntil(() -> RunningApp.find("#titleField") instanceof TextField title
                && title.getText().equals("Lunch with the ENSTA team"));
        window.robot.type(KeyCode.ESCAPE);
        OnFx.waitUntil(() -> RunningApp.find("#titleField") == null);
    }

    @Test
    void aMemberFilterUpdatesTheCountsItShows() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        assertThat(RunningApp.text(window.lookup("#subtitleLabel"))).endsWith("· 18 events");
        tick("Chen");
        // Chen Hao is not at Albert School's first contact: 17 of the 18 events are his.
        OnFx.waitUntil(() -> window.blocks().size() == 17);
        assertThat(RunningApp.text(window.lookup("#subtitleLabel"))).contains("Chen Hao").endsWith("17 events of 18");
    }

    @Test
    void twoMembersChosenShowTheEventsOfBoth() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        tick("Chen");
        OnFx.waitUntil(() -> window.blocks().size() == 17);
        OnFx.run(() -> assertThat(titles()).noneMatch(title -> title.startsWith("Albert School")));
        tick("Li Na");
        // Li Na is at Albert School's first contact: with Chen Hao's, every event of the week shows, once.
        OnFx.waitUntil(() -> window.blocks().size() == 18);
        OnFx.run(() -> assertThat(titles()).contains("Albert School · First contact"));
        assertThat(RunningApp.text(window.lookup("#subtitleLabel"))).contains("Li Na (李娜), Chen Hao (陈浩)")
                .endsWith("18 events of 18");
        assertThat(OnFx.get(() -> ((CheckComboBox<?>) window.lookup("#memberFilter")).getTitle()))
                .isEqualTo("2 members");
    }

    @Test
    void theMemberFilterIsUsedFromTheKeyboard() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        CheckComboBox<?> box = (CheckComboBox<?>) window.lookup("#memberFilter");
        OnFx.run(box::requestFocus);
        window.robot.type(KeyCode.F4); // opens the list
        OnFx.waitUntil(WeekThatCanBeReadTest::memberListShown);
        window.robot.type(KeyCode.DOWN);
        window.robot.type(KeyCode.SPACE); // ticks the member under the focus
        OnFx.waitUntil(() -> box.getCheckModel().getCheckedItems().size() == 1);
        String member = OnFx.get(() -> box.getCheckModel().getCheckedItems().get(0).toString());
        window.robot.type(KeyCode.ESCAPE);
        OnFx.waitUntil(() -> !memberListShown());
        OnFx.waitUntil(() -> RunningApp.text(window.lookup("#subtitleLabel")).contains(member));
        assertThat(OnFx.get(box::getTitle)).isEqualTo(member);
    }

    /** Opens the member filter and ticks the member whose name starts with {@code name}. */
    private void tick(String name) {
        Node box = window.lookup("#memberFilter");
        if (!OnFx.get(WeekThatCanBeReadTest::memberListShown)) {
            window.robot.clickOn(box);
        }
        OnFx.waitUntil(() -> checkBoxOf(name) != null);
        window.robot.clickOn(OnFx.get(() -> checkBoxOf(name)));
        OnFx.waitUntil(() -> ((CheckComboBox<?>) box).getCheckModel().getCheckedItems().stream()
                .anyMatch(member -> member.toString().startsWith(name)));
    }

    /** Whether the member filter's list is open (on the FX thread). */
    private static boolean memberListShown() {
        return checkBoxOf("") != null;
    }

    /** The check box of {@code name}'s line in the member filter's open list (on the FX thread). */
    private static Node checkBoxOf(String name) {
        for (Window popup : Window.getWindows()) {
            if (popup.isShowing() && popup.getScene() != null) {
                for (Node cell : popup.getScene().getRoot().lookupAll(".list-cell")) {
                    if (cell instanceof ListCell<?> line && line.getText() != null && line.getText().startsWith(name)
                            && line.getGraphic() instanceof CheckBox box) {
                        return box;
                    }
                }
            }
        }
        return null;
    }
}
