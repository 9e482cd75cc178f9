package org.visitplanner.gui.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** A failure no code caught: one sentence in the window, its details in the data folder's log. */
@Tag("ui")
class UnexpectedFailureWindowTest {

    @TempDir
    Path data;

    @Test
    void aFailureOnTheWindowsThreadIsOneSentenceAndItsDetailsAreInTheLog() throws Exception {
        try (RunningApp app = RunningApp.start(data, Locale.ENGLISH)) {
            Platform.runLater(() -> {
                throw new IllegalStateException("a click handler with a bug");
            });

            DialogPane dialog = awaitDialog();
            Path logs = data.toAbsolutePath().resolve("logs");
            String sentence = OnFx.get(dialog::getContentText);
            assertThat(sentence).startsWith("Something unexpected went wrong")
                    .contains("The details were written to the log in " + logs)
                    .doesNotContain("null").doesNotContain("IllegalStateException");
            Button close = closeButton(dialog);
            assertThat(OnFx.get(close::getText)).isEqualTo("Close");
            OnFx.run(close::fire);
            OnFx.waitUntil(() -> openDialog().isEmpty());

            String log = Files.readString(logs.resolve("visit-planner.log"), StandardCharsets.UTF_8);
            assertThat(log).contains("Uncaught on thread JavaFX Application Thread")
                    .contains("java.lang.IllegalStateException: a click handler with a bug");
        }
    }

    @Test
    void anErrorOnAnotherThreadIsToldAndLoggedTheSameWay() throws Exception {
        try (RunningApp app = RunningApp.start(data, Locale.FRENCH)) {
            Thread failing = new Thread(() -> {
                throw new AssertionError("a timer with a bug");
            }, "visit-planner-test-timer");
            failing.start();
            failing.join();

            DialogPane dialog = awaitDialog();
            assertThat(OnFx.get(dialog::getContentText)).startsWith("Un problème inattendu est survenu")
                    .contains(data.toAbsolutePath().resolve("logs").toString());
            Button close = closeButton(dialog);
            assertThat(OnFx.get(close::getText)).isEqualTo("Fermer");
            OnFx.run(close::fire);

            assertThat(Files.readString(data.resolve("logs").resolve("visit-planner.log"), StandardCharsets.UTF_8))
                    .contains("Uncaught on thread visit-planner-test-timer")
                    .contains("java.lang.AssertionError: a timer with a bug");
        }
    }

    @Test
    void theHelpMenuOpensTheLogFolder() throws Exception {
        try (RunningApp app = RunningApp.start(data, Locale.CHINESE)) {
            MenuBar bar = (MenuBar) app.lookup(".menu-bar");
            assertThat(OnFx.get(() -> bar.getMenus().stream().filter(menu -> menu.getText().startsWith("帮助"))
                    .map(Menu::getItems).flatMap(List::stream).map(MenuItem::getText).toList()))
                    .contains("打开日志文件夹(_L)");
        }
    }

    /** The dialog's button that closes it (Escape's). */
    private static Button closeButton(DialogPane dialog) {
        return OnFx.get(() -> dialog.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(type -> (Button) dialog.lookupButton(type)).findFirst().orElseThrow());
    }

    private static DialogPane awaitDialog() {
        OnFx.waitUntil(() -> openDialog().isPresent());
        return OnFx.get(() -> openDialog().orElseThrow());
    }

    private static Optional<DialogPane> openDialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(window -> window.getScene() == null ? null : window.getScene().getRoot())
                .filter(root -> root instanceof DialogPane).map(root -> (DialogPane) root).findFirst();
    }
}
