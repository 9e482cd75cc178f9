package org.visitplanner.gui.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.Services;
import org.visitplanner.gui.backup.BackupsViewModel;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.model.Trip;

/** File → Backup now… and File → Restore…, as the secretary uses them. */
@Tag("ui")
class BackupAndRestoreWindowTest {

    @TempDir
    Path temp;

    @Test
    void backupNowSavesACheckedBackupAndSaysWhere() throws Exception {
        Path data = temp.resolve("data");
        try (AppRunner app = AppRunner.start(data)) {
            app.awaitMainWindow(1);
            app.robot.clickOn("File").clickOn("Backup now…");
            app.awaitText("Your data is backed up");
            Path saved = Path.of(app.robot.lookup("#backup-done-path").queryAs(TextField.class).getText());
            assertThat(saved).exists().hasParent(data.resolve("backups"));
            assertThat(saved.getFileName().toString()).endsWith("-manual.zip");
            assertThat(app.robot.lookup("The backup was saved and checked: it holds 1 trip, 18 events, "
                    + "12 meeting records.").tryQuery()).isPresent();
            app.robot.clickOn("Close");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(app.robot.lookup(".status-message").queryAs(Label.class).getText()).startsWith("Backed up at");
        }
    }

    @Test
    void restoreGoesBackToTheChosenBackupAndKeepsTheDataItReplaced() throws Exception {
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.backups().backUp(BackupKind.MANUAL);
            services.trips().insert(new Trip(0, "Second trip, added after the backup", LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 6), ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Shanghai"), false, null, 0));
        }
        try (AppRunner app = AppRunner.start(data)) {
            app.awaitMainWindow(2);
            // The automatic backup of the start is made once the window has been left alone a moment (ADR 0019).
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> org.visitplanner.support.OnFx.get(
                    () -> app.robot.lookup(".status-message").tryQuery()
                            .map(status -> ((Label) status).getText().startsWith("Backed up at")).orElse(false)));
            app.robot.clickOn("File").clickOn("Restore…");
            app.awaitText("Restore a backup");
            TableView<BackupsViewModel.Row> table = app.robot.lookup("#restore-backups").queryTableView();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
            // The automatic backup made at start is newest; go back to the one made by hand before the second trip.
            app.robot.clickOn("Made by you");
            app.robot.clickOn("Restore");
            app.awaitText("Your data will be replaced by this backup", true);
            app.robot.clickOn(app.robot.lookup(".dialog-pane .button").match(
                    (javafx.scene.control.Button b) -> "Restore".equals(b.getText())
                            && b.getScene() != table.getScene())
                    .queryButton());

            app.awaitMainWindow(1);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.robot.lookup(".status-message").tryQuery()
                    .map(status -> ((Label) status).getText().startsWith("Restored the backup of")).orElse(false));
            // Shown where the user looks too: in a bar over the page, whole.
            org.visitplanner.support.OnFx.waitUntil(() -> javafx.stage.Window.getWindows().stream()
                    .filter(javafx.stage.Window::isShowing)
                    .map(window -> window.getScene().getRoot().lookup(".main-view .notification-pane"))
                    .anyMatch(pane -> pane instanceof org.controlsfx.control.NotificationPane bar && bar.isShowing()
                            && bar.getText().startsWith("Restored the backup of")
                            && bar.getText().contains("Your previous data was kept as")));
        }
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-restore.zip"));
        }
        try (Services services = Services.open(data)) {
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }
}
