package org.visitplanner.logic.settings;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.io.AtomicFiles;

/**
 * The user's preferences (language, theme, last trip), kept in {@code settings.properties} in the data directory so
 * that they travel with the data. Read before the database opens, because error messages need the language.
 */
public final class UserSettings {

    public static final String FILE_NAME = "settings.properties";

    private static final String LANGUAGE = "language";
    private static final String DARK_THEME = "theme.dark";
    private static final String LAST_TRIP = "trip.last";
    private static final String TEAM_DATABASE = "team.database";

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings in {@code dataDirectory}; a missing or unreadable file gives the defaults. */
    public static UserSettings load(Path dataDirectory) {
        UserSettings settings = new UserSettings(dataDirectory.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Preferences are a convenience: a damaged file must not stop the app, so start from the defaults.
                settings.values.clear();
            }
        }
        return settings;
    }

    /** The language the user chose in the menu, if any. */
    public synchronized Optional<Locale> language() {
        return Optional.ofNullable(Messages.parseLanguage(values.getProperty(LANGUAGE)));
    }

    public synchronized void setLanguage(Locale language) {
        values.setProperty(LANGUAGE, language.getLanguage());
        save();
    }

    public synchronized boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty(DARK_THEME, "false"));
    }

    public synchronized void setDarkTheme(boolean dark) {
        values.setProperty(DARK_THEME, Boolean.toString(dark));
        save();
    }

    public synchronized OptionalLong lastTripId() {
        try {
            String value = values.getProperty(LAST_TRIP);
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public synchronized void setLastTripId(long tripId) {
        values.setProperty(LAST_TRIP, Long.toString(tripId));
        save();
    }

    /**
     * The team database chosen in File → Team database…, opened at the next start too; empty: this computer's data.
     * Only its address is kept (never a password); an address that no longer reads is forgotten.
     */
    public synchronized Optional<TeamAddress> teamDatabase() {
        String value = values.getProperty(TEAM_DATABASE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TeamAddress.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Remembers the team database to open ({@code null}: this computer's data from now on). */
    public synchronized void setTeamDatabase(TeamAddress team) {
        if (team == null) {
            values.remove(TEAM_DATABASE);
        } else {
            values.setProperty(TEAM_DATABASE, team.toString());
        }
        save();
    }

    /**
     * Writes to a temporary file, then moves it over the old one, so a crash never leaves half a file (and the file
     * is owner-only, like every file in the data folder).
     */
    private void save() {
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "Visit Planner settings");
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }
}
