package org.visitplanner.gui.team;

import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;

/**
 * File → Team database… and File → Copy my data to the team database…: the server, port, database and user of a
 * team's PostgreSQL database, checked as they would be on the command line, with the reason shown under the fields
 * (the text typed stays). No password here: it comes from {@code ~/.pgpass} or is asked when connecting, and is never
 * kept.
 */
public final class TeamDatabaseViewModel {

    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port",
            Integer.toString(TeamAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", System.getProperty("user.name", ""));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Starts from the team database in use, if any. */
    public TeamDatabaseViewModel(TeamAddress current) {
        if (current != null) {
            host.set(current.host());
            port.set(Integer.toString(current.port()));
            database.set(current.database());
            user.set(current.user());
        }
        host.addListener((obs, was, now) -> problem.set(""));
        port.addListener((obs, was, now) -> problem.set(""));
        database.addListener((obs, was, now) -> problem.set(""));
        user.addListener((obs, was, now) -> problem.set(""));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Why the fields do not make an address (empty when they do, or before a check). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The address the fields make, or empty with {@link #problemProperty()} saying why. */
    public Optional<TeamAddress> address() {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            problem.set(Messages.get("team.address.badPort"));
            return Optional.empty();
        }
        try {
            TeamAddress address = new TeamAddress(host.get().strip(), number, database.get().strip(),
                    user.get().strip());
            problem.set("");
            return Optional.of(address);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }
}
