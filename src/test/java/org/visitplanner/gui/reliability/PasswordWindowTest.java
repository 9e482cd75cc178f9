package org.visitplanner.gui.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.Services;

/** Setting a password in the settings, then starting with a wrong one and the right one. */
@Tag("ui")
class PasswordWindowTest {

    private static final String PASSWORD = "Liaisons 2025!";

    @TempDir
    Path temp;

    @Test
    void aPasswordSetInTheSettingsIsAskedAtStartAndAWrongOneIsSaidSo() throws Exception {
        Path data = temp.resolve("data");
        try (AppRunner app = AppRunner.start(data)) {
            app.awaitMainWindow(1);
            app.robot.clickOn("File").clickOn("Settings…");
            app.awaitText("Your data is not protected by a password.");
            app.robot.clickOn("#settings-password-set");
            app.awaitText("Protect your data with a password");

            app.robot.clickOn("#password-new").write("short");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(app.robot.lookup("#password-problem").queryAs(Label.class).getText())
                    .isEqualTo("Use at least 8 characters.");
            Button encrypt = app.robot.lookup("Encrypt").queryButton();
            assertThat(encrypt.isDisabled()).isTrue();

            app.robot.clickOn("#password-new").eraseText(5).write(PASSWORD);
            app.robot.clickOn("#password-confirm").write(PASSWORD);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(encrypt.isDisabled()).isFalse();
            app.robot.clickOn(encrypt);

            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.robot.lookup("#settings-password-status")
                    .queryAs(Label.class).getText().startsWith("Your data and its backups are encrypted"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Services.isEncrypted(data)).isTrue();
            assertThat(app.robot.lookup("#settings-outcome").queryAs(Label.class).getText())
                    .startsWith("Your data is now protected by a password.");
            app.robot.clickOn("Close");
        }

        try (AppRunner app = AppRunner.start(data)) {
            app.awaitText("Your data in " + data + " is protected by a password.");
            app.robot.clickOn("#password-prompt-field").write("liaisons 2025!");
            app.robot.clickOn("Open");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.robot.lookup("#password-prompt-problem")
                    .tryQuery().map(l -> ((Label) l).getText().startsWith("This password is wrong")).orElse(false));
            // The prompt is asked again in a new dialog: wait until it is on the screen (a loaded machine is slow).
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.robot.lookup("#password-prompt-field")
                    .queryAll().stream().anyMatch(field -> field.isVisible() && field.getScene() != null
                            && field.getScene().getWindow() != null && field.getScene().getWindow().isShowing()));
            WaitForAsyncUtils.waitForFxEvents();
            app.robot.clickOn("#password-prompt-field").write(PASSWORD);
            app.robot.clickOn("Open");
            app.awaitMainWindow(1);
            assertThat(app.exitCount()).isZero();
        }
    }
}
