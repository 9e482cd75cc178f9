package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theCommandLineOptionWinsOverTheEnvironment() {
        assertThat(DataDirectory.resolve("/tmp/a", Map.of("VISIT_PLANNER_DATA", "/tmp/b")))
                .isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("VISIT_PLANNER_DATA", "/tmp/b"))).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataDirectory.platformDefault("Linux", "/home/li", Map.of("XDG_DATA_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/visit-planner"));
        assertThat(DataDirectory.platformDefault("Linux", "/home/li", Map.of()))
                .isEqualTo(Path.of("/home/li/.local/share/visit-planner"));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertThat(DataDirectory.platformDefault("Windows 11", "C:/Users/li",
                Map.of("APPDATA", "C:/Users/li/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/li/AppData/Roaming", "VisitPlanner"));
        assertThat(DataDirectory.platformDefault("Mac OS X", "/Users/li", Map.of()))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/VisitPlanner"));
    }
}
