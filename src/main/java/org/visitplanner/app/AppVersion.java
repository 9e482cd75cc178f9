package org.visitplanner.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, read from a filtered resource (works from the IDE, the jar and {@code javafx:run}). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/visitplanner/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
