package org.visitplanner.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.RunningApp;

/** The print preview, headless: Ctrl+P shows the week page; day sheets show five; no printer offers a PDF. */
@Tag("ui")
class PrintPreviewWindowTest {

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".event-title").tryQuery().isPresent());
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void printShowsThePagesAndOffersAPdfWhenThereIsNoPrinter() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".preview-page").queryAllAs(ImageView.class).size() == 1);

        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> documents = robot.lookup(".print-preview .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> documents.setValue(ExportFormat.PDF_DAYS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".preview-page").queryAllAs(ImageView.class).size() == 5);

        robot.clickOn("Print…");
        // No printer on a test machine: the user is offered a PDF instead of an error.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("No printer found — save as PDF?").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup(".dialog-pane").queryAll()).lookup("Cancel").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingWindows() == 2);
        assertThat(showingWindows()).as("the main window and the preview stay open").isEqualTo(2);
    }

    private static long showingWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).count();
    }
}
