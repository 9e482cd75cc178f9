package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.OnFx;

/** The status bar's long work: the work running with its progress, what waits after it, Cancel where it stops. */
@Tag("ui")
class LongWorkBarTest {

    private final FxRobot robot = new FxRobot();
    private final LongWork work = new LongWork();
    private LongWorkBar bar;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        FxToolkit.registerPrimaryStage();
        OnFx.run(() -> {
            bar = new LongWorkBar();
            bar.show(work);
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(bar), 640, 60));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        OnFx.run(stage::close);
    }

    private String title() {
        return ((Label) bar.lookup(".long-work-title")).getText();
    }

    private Node cancel() {
        return bar.lookup(".long-work-cancel");
    }

    @Test
    void theWorkRunningShowsWithItsProgressWhatWaitsAfterItAndCancelWhereItStops() {
        OnFx.run(() -> assertThat(bar.isVisible()).as("nothing runs").isFalse());
        LongWork.Job[] jobs = OnFx.get(() -> new LongWork.Job[] {
            work.start("Backing up your data", false), work.start("Exporting week.pdf", true)});
        OnFx.waitUntil(() -> bar.isVisible() && title().equals("Backing up your data (then 1 more)"));
        OnFx.run(() -> {
            assertThat(cancel()).as("a backup cannot be stopped half-way").isNull();
            assertThat(((ProgressBar) bar.lookup(".long-work-progress")).isIndeterminate()).isTrue();
        });

        OnFx.run(jobs[0]::finish);
        OnFx.waitUntil(() -> title().equals("Exporting week.pdf") && cancel() != null && cancel().isVisible());
        jobs[1].update(1, 4); // from the worker's thread, as the work reports it
        OnFx.waitUntil(() -> ((ProgressBar) bar.lookup(".long-work-progress")).getProgress() == 0.25);

        robot.clickOn(OnFx.get(this::cancel));
        OnFx.waitUntil(jobs[1]::cancelled);
        OnFx.waitUntil(() -> title().equals("Exporting week.pdf (cancelling…)") && cancel().isDisabled());

        OnFx.run(() -> assertThat(((Button) cancel()).getText()).isEqualTo("Cancel"));
        OnFx.run(jobs[1]::finish);
        OnFx.waitUntil(() -> !bar.isVisible() && cancel() == null);
    }
}
