package org.visitplanner.gui.team;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.visitplanner.logic.bundle.Clash;
import org.visitplanner.logic.i18n.Messages;

/**
 * The model of the dialog that shows the fields changed on both sides (and the records deleted on one side and
 * changed on the other): one row per clash with both values, and for each the choice of the value to keep — this
 * database's (the default: nothing is replaced unless chosen) or the trip file's.
 */
public final class ClashChoices {

    /** One clash and the user's choice. */
    public static final class Row {
        private final Clash clash;
        private final BooleanProperty takeTheirs = new SimpleBooleanProperty(false);

        Row(Clash clash) {
            this.clash = clash;
        }

        public Clash clash() {
            return clash;
        }

        /** What the user knows the record by, with its kind: "Visit to ENPC". */
        public String record() {
            String kind = "bundle.kind." + clash.kind();
            return (Messages.bundle().containsKey(kind) ? Messages.get(kind) : clash.kind()) + " — " + clash.title();
        }

        public String field() {
            if (clash.wholeRecord()) {
                return Messages.get("bundle.clashes.wholeRecord");
            }
            return Messages.bundle().containsKey("bundle.field." + clash.field())
                    ? Messages.get("bundle.field." + clash.field())
                    : clash.field().replace('_', ' ');
        }

        public String mine() {
            return shown(clash.databaseValue());
        }

        public String theirs() {
            return shown(clash.bundleValue());
        }

        private String shown(String value) {
            if (clash.wholeRecord()) {
                return Messages.get(value == null ? "bundle.clashes.deleted" : "bundle.clashes.changed");
            }
            return value == null || value.isEmpty() ? Messages.get("bundle.clashes.empty") : value;
        }

        /** Whether the trip file's value is to be kept (else this database's). */
        public BooleanProperty takeTheirsProperty() {
            return takeTheirs;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public ClashChoices(List<Clash> clashes) {
        clashes.forEach(clash -> rows.add(new Row(clash)));
    }

    public List<Row> rows() {
        return rows;
    }

    /** The same choice for every row. */
    public void takeAll(boolean theirs) {
        rows.forEach(row -> row.takeTheirs.set(theirs));
    }

    /** The clashes where the trip file's value was chosen ({@link Clash#id()}). */
    public Set<String> takenFromFile() {
        Set<String> ids = new LinkedHashSet<>();
        rows.stream().filter(row -> row.takeTheirs.get()).forEach(row -> ids.add(row.clash.id()));
        return ids;
    }
}
