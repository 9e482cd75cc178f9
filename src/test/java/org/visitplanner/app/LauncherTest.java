package org.visitplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the window is started again with the desktop options: commands and help run at once as they are. */
class LauncherTest {

    @Test
    void theWindowsOptionsAloneOpenTheWindow() {
        assertThat(Launcher.opensTheWindow(new String[] {})).isTrue();
        assertThat(Launcher.opensTheWindow(new String[] {"--data-dir", "/tmp/d", "--lang", "fr"})).isTrue();
        assertThat(Launcher.opensTheWindow(new String[] {"--data-dir=/tmp/d", "--startup-trace"})).isTrue();
    }

    @Test
    void aCommandOrHelpDoesNot() {
        assertThat(Launcher.opensTheWindow(new String[] {"trips"})).isFalse();
        assertThat(Launcher.opensTheWindow(new String[] {"--data-dir", "/tmp/d", "export", "1"})).isFalse();
        assertThat(Launcher.opensTheWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensTheWindow(new String[] {"--lang"})).isTrue(); // picocli then says what is missing
    }

    @Test
    void theClassArchiveLivesInTheUsersCacheNeverBesideTheData() {
        assertThat(Launcher.ClassArchive.cacheFolder().toString()).containsIgnoringCase("cache");
    }
}
