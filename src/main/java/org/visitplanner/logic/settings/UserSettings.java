package org.visitplanner.logic.settings;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.AtomicFiles;
import org.visitplanner.logic.team.TeamAddress;

/**
 * The user's preferences (language, theme, last trip, where the windows were and how their panels were arranged),
 * kept in {@code settings.properties} in the data directory so
 * that they travel with the data. Read before the database opens, because error messages need the language.
 */
public final class UserSettings {

    public static final String FILE_NAME = "settings.properties";

    private static final String LANGUAGE = "language";
    private static final String DARK_THEME = "theme.dark";
    private static final String LAST_TRIP = "trip.last";
    private static final String TEAM_DATABASE = "team.database";
    private static final String HISTORY_NAME = "history.name";
    private static final String WINDOW = "window.";
    private static final String SPLIT = "split.";
    private static final String SIDEBAR_COLLAPSED = "sidebar.collapsed";
    private static final String PROBLEMS_HIDDEN = "itinerary.problems.hidden";

    private final Path file;
    private final Properties values = new Properties();
    /** What the file holds (as read or last written): a setting set to the value it has writes nothing. */
    private Map<Object, Object> written = Map.of();

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
        settings.written = Map.copyOf(settings.values);
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

    /** Where the window called {@code name} ("main", "meeting", "preview") was last closed, if it ever was. */
    public synchronized Optional<WindowPlacement> window(String name) {
        String value = values.getProperty(WINDOW + name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            String[] parts = value.split(",");
            if (parts.length != 5) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a hand-edited or damaged value: the window opens at its default place
        }
    }

    public synchronized void setWindow(String name, WindowPlacement placement) {
        values.setProperty(WINDOW + name, String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", placement.x(),
                placement.y(), placement.width(), placement.height(), placement.maximized()));
        save();
    }

    /** The divider positions (0–1) of the split pane {@code key}, empty when never moved or unreadable. */
    public synchronized List<Double> splitPositions(String key) {
        String value = values.getProperty(SPLIT + key);
        List<Double> positions = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return positions;
        }
        try {
            for (String part : value.split(",")) {
                double position = Double.parseDouble(part.trim());
                if (!(position >= 0 && position <= 1)) {
                    return new ArrayList<>();
                }
                positions.add(position);
            }
        } catch (NumberFormatException e) {
            return new ArrayList<>();
        }
        return positions;
    }

    /** Records the divider positions of several split panes, written at once. */
    public synchronized void setSplitPositions(Map<String, List<Double>> positionsByKey) {
        positionsByKey.forEach((key, positions) -> {
            StringBuilder value = new StringBuilder();
            for (double position : positions) {
                if (value.length() > 0) {
                    value.append(',');
                }
                value.append(String.format(Locale.ROOT, "%.4f", position));
            }
            values.setProperty(SPLIT + key, value.toString());
        });
        save();
    }

    /** Whether the side navigation shows its icons only. */
    public synchronized boolean sidebarCollapsed() {
        return Boolean.parseBoolean(values.getProperty(SIDEBAR_COLLAPSED, "false"));
    }

    public synchronized void setSidebarCollapsed(boolean collapsed) {
        values.setProperty(SIDEBAR_COLLAPSED, Boolean.toString(collapsed));
        save();
    }

    /** Whether the itinerary's Problems panel is shown. */
    public synchronized boolean problemsPanelShown() {
        return !Boolean.parseBoolean(values.getProperty(PROBLEMS_HIDDEN, "false"));
    }

    public synchronized void setProblemsPanelShown(boolean shown) {
        values.setProperty(PROBLEMS_HIDDEN, Boolean.toString(!shown));
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
     * The name a data folder's change history records as who changed something (File → Settings…); empty: this
     * computer's user. A team database records the colleague's database user instead.
     */
    public synchronized Optional<String> historyName() {
        String value = values.getProperty(HISTORY_NAME);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Remembers the name the change history records ({@code null} or blank: this computer's user). */
    public synchronized void setHistoryName(String name) {
        if (name == null || name.isBlank()) {
            values.remove(HISTORY_NAME);
        } else {
            values.setProperty(HISTORY_NAME, name.strip());
        }
        save();
    }

    /**
     * Writes to a temporary file, then moves it over the old one, so a crash never leaves half a file (and the file
     * is owner-only, like every file in the data folder). Nothing changed writes nothing: the window sets the trip it
     * shows at every start, on the FX thread, and a write waits for the disk.
     */
    private void save() {
        if (values.equals(written)) {
            return;
        }
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "Visit Planner settings");
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
        written = Map.copyOf(values);
    }
}
