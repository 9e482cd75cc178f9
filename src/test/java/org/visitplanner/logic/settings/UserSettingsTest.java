package org.visitplanner.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void whatIsSetIsThereAtTheNextStart() {
        UserSettings settings = UserSettings.load(dataDirectory);
        settings.setLastTripId(42);
        settings.setLanguage(Locale.FRENCH);
        settings.setDarkTheme(true);

        UserSettings next = UserSettings.load(dataDirectory);

        assertThat(next.lastTripId()).isEqualTo(OptionalLong.of(42));
        assertThat(next.language()).contains(Locale.FRENCH);
        assertThat(next.darkTheme()).isTrue();
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws IOException {
        Files.write(dataDirectory.resolve(UserSettings.FILE_NAME), new byte[] {'a', '=', '\\', 'u', '0', '0'});

        UserSettings settings = UserSettings.load(dataDirectory);

        assertThat(settings.lastTripId()).isEmpty();
        assertThat(settings.darkTheme()).isFalse();
    }

    @Test
    void aSettingSetToTheValueItHasWritesNothing() throws IOException {
        UserSettings.load(dataDirectory).setLastTripId(7);
        UserSettings settings = UserSettings.load(dataDirectory);
        Path file = dataDirectory.resolve(UserSettings.FILE_NAME);
        Files.delete(file); // a write would bring it back

        settings.setLastTripId(7);
        assertThat(file).doesNotExist();

        settings.setLastTripId(8);
        assertThat(UserSettings.load(dataDirectory).lastTripId()).isEqualTo(OptionalLong.of(8));
    }
}
