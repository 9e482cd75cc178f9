package org.visitplanner.gui.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.logic.bundle.Clash;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.merge.FieldMerge;

/**
 * The model of the dialog that shows the fields changed on both sides (and the records deleted on one side and
 * changed on the other): one row per clash with both values, and for each the choice of the value to keep — this
 * database's (the default: nothing is replaced unless chosen) or the trip file's.
 *
 * <p>For a save that met someone else's change of the same fields ({@link #live}), the "database" value is theirs
 * (stored meanwhile) and the other one is mine (this window's); each row then also holds the text to save, which
 * starts as mine and which the user may set to theirs, or edit to combine both.
 */
public final class ClashChoices {

    /** One clash and the user's choice. */
    public static final class Row {
        private final Clash clash;
        private final BooleanProperty takeTheirs = new SimpleBooleanProperty(false);
        private final StringProperty value = new SimpleStringProperty();

        Row(Clash clash) {
            this.clash = clash;
            value.set(clash.bundleValue() == null ? "" : clash.bundleValue());
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
            return fieldName(clash.field());
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

        /** A live save: the value stored meanwhile by someone else, as stored ("" for none). */
        public String storedText() {
            return clash.databaseValue() == null ? "" : clash.databaseValue();
        }

        /** A live save: this window's value ("" for none). */
        public String myText() {
            return clash.bundleValue() == null ? "" : clash.bundleValue();
        }

        /** A live save: the text to save for this field (mine to begin with; theirs, or both combined). */
        public StringProperty valueProperty() {
            return value;
        }

        /** A live save: saves theirs for this field. */
        public void useStored() {
            value.set(storedText());
        }

        /** A live save: saves mine for this field. */
        public void useMine() {
            value.set(myText());
        }

        /** A live save: saves both texts, theirs first; one per line in a text of several lines. */
        public void combine() {
            String between = MULTI_LINE_FIELDS.contains(clash.field()) ? "\n" : " ";
            value.set(storedText().isEmpty() ? myText() : myText().isEmpty() ? storedText()
                    : storedText() + between + myText());
        }

        /** Whether the trip file's value is to be kept (else this database's). */
        public BooleanProperty takeTheirsProperty() {
            return takeTheirs;
        }
    }

    /** The fields (as in {@code bundle.field.*}) whose texts have several lines: notes, agendas, hours. */
    static final Set<String> MULTI_LINE_FIELDS = Set.of("notes", "agenda", "opening_hours", "closures");

    private final List<Row> rows = new ArrayList<>();

    /** A field's name as the user reads it ({@code bundle.field.*}), from its column. */
    public static String fieldName(String column) {
        return Messages.bundle().containsKey("bundle.field." + column) ? Messages.get("bundle.field." + column)
                : column.replace('_', ' ');
    }

    public ClashChoices(List<Clash> clashes) {
        clashes.forEach(clash -> rows.add(new Row(clash)));
    }

    /**
     * The clashes of a live save of record {@code title} (of {@code kind}, as in {@code bundle.kind.*}): theirs as the
     * database's value, mine as the incoming one; {@code column} names each field as in {@code bundle.field.*}.
     */
    public static <K> ClashChoices live(String kind, String title, FieldMerge<K> merge, Function<K, String> column) {
        return new ClashChoices(merge.clashes().stream().map(clash -> new Clash(kind, "", title,
                column.apply(clash.field()), clash.theirs(), clash.mine())).toList());
    }

    /** A live save: the user's text for each clashing field of {@code merge}, by field. */
    public <K> Map<K, String> decisions(FieldMerge<K> merge, Function<K, String> column) {
        Map<String, String> values = values();
        Map<K, String> decisions = new LinkedHashMap<>();
        merge.clashes().forEach(clash -> decisions.put(clash.field(), values.get(column.apply(clash.field()))));
        return decisions;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The same choice for every row. */
    public void takeAll(boolean theirs) {
        rows.forEach(row -> row.takeTheirs.set(theirs));
    }

    /** A live save: the text to save for each clashing field ({@link Clash#field()}), in the rows' order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put(row.clash.field(), row.value.get() == null ? "" : row.value.get()));
        return values;
    }

    /** The clashes where the trip file's value was chosen ({@link Clash#id()}). */
    public Set<String> takenFromFile() {
        Set<String> ids = new LinkedHashSet<>();
        rows.stream().filter(row -> row.takeTheirs.get()).forEach(row -> ids.add(row.clash.id()));
        return ids;
    }
}
