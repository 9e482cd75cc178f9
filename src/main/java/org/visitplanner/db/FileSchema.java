package org.visitplanner.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.value.Value;
import org.h2.value.ValueNull;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;

/**
 * Looks inside a closed database file below SQL, with H2's storage layer only, before H2's database engine may open
 * it: the engine compiles and runs the Java source of a trigger or a function when it opens a file, and evaluates
 * the expressions of defaults, checks and views when rows are written or read. A file is opened only when every
 * object its schema holds is one this build's migrations create ({@link SchemaReference}); anything else — a
 * trigger, a function, a user, a table, a view, a setting, an altered column or constraint — is refused with one
 * sentence, and so is a file whose schema lacks something (a dropped index).
 *
 * <p>{@link #verify(Path, FileKey, boolean)} with {@code indexes} also checks that every index holds exactly the
 * rows of its table with the same values (a damaged index hides rows from the queries that use it).
 */
final class FileSchema {

    private static final String META_MAP = "table.0";
    private static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Pattern TABLE = Pattern.compile("^CREATE (?:CACHED |MEMORY )?TABLE \"PUBLIC\"\\.\"([^\"]+)\"");
    private static final Pattern COLUMN = Pattern.compile("^\\s+\"([^\"]+)\" ", Pattern.MULTILINE);
    private static final Pattern INDEX = Pattern.compile(
            "^CREATE (PRIMARY KEY|(?:UNIQUE (?:NULLS DISTINCT )?)?INDEX) \"PUBLIC\"\\.\"([^\"]+)\" "
                    + "ON \"PUBLIC\"\\.\"([^\"]+)\"\\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern NAMED = Pattern.compile("\"PUBLIC\"\\.\"([^\"]+)\"|(?:USER|ROLE|SCHEMA) "
            + "(?:IF NOT EXISTS )?\"([^\"]+)\"|^SET ([A-Z_]+)");

    /** One object of a file's schema, as H2's meta table holds it. */
    record SchemaObject(int id, int type, String sql) {
    }

    private FileSchema() {
    }

    /**
     * Checks the closed database {@code file} (encrypted with {@code key}, or plain when it is {@code null}) and
     * returns the schema version it is at ("5"). Throws a {@link DataProblem}: {@code CORRUPT} for a file that is
     * not a database, is damaged, or holds objects Visit Planner did not create; {@code NEWER_SCHEMA} for a file of
     * a newer Visit Planner; {@code WRONG_PASSWORD}, {@code LOCKED} as they come.
     *
     * @param indexes also compare every index with its table (slower: it reads every row)
     */
    static String verify(Path file, FileKey key, boolean indexes) {
        String location = file.toString();
        try (MVStore store = store(file, key)) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            Transaction reader = transactions.begin();
            List<SchemaObject> objects = objects(location, reader, store);
            String version = match(location, objects, reader, store);
            if (indexes) {
                checkIndexes(location, objects, reader, store);
            }
            return version;
        } catch (DataProblem problem) {
            throw problem;
        } catch (MVStoreException e) {
            if (DataProblems.isOutOfMemory(e)) {
                throw DataProblems.outOfMemory(e, location);
            }
            throw new DataProblem(switch (e.getErrorCode()) {
                case DataUtils.ERROR_FILE_LOCKED -> DataProblem.Kind.LOCKED;
                case DataUtils.ERROR_FILE_CORRUPT -> key != null ? DataProblem.Kind.WRONG_PASSWORD
                        : DataProblem.Kind.CORRUPT;
                default -> DataProblem.Kind.CORRUPT;
            }, location, e);
        } catch (RuntimeException | AssertionError e) {
            // Whatever a damaged page makes the storage layer throw: the file cannot be trusted.
            throw DataProblems.isOutOfMemory(e) ? DataProblems.outOfMemory(e, location)
                    : new DataProblem(DataProblem.Kind.CORRUPT, location, e);
        } catch (OutOfMemoryError e) {
            throw DataProblems.outOfMemory(e, location);
        }
    }

    /** The objects of the plain database {@code file} in the form {@link SchemaReference} keeps them, sorted. */
    static List<String> referenceForm(Path file) {
        try (MVStore store = store(file, null)) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            return normalised(objects(file.toString(), transactions.begin(), store));
        }
    }

    private static List<String> normalised(List<SchemaObject> objects) {
        List<String> normalised = new ArrayList<>();
        for (SchemaObject object : objects) {
            String form = SchemaReference.normalise(object.type(), object.sql());
            if (form != null) {
                normalised.add(form);
            }
        }
        Collections.sort(normalised);
        return normalised;
    }

    private static MVStore store(Path file, FileKey key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).readOnly();
        return (key == null ? builder : builder.encryptionKey(key.filePassword())).open();
    }

    /** The objects of the schema, read from H2's meta table. */
    private static List<SchemaObject> objects(String location, Transaction reader, MVStore store) {
        if (!store.hasMap(META_MAP)) {
            throw new DataProblem(DataProblem.Kind.CORRUPT, location, null);
        }
        TransactionMap<Long, Row> meta = reader.openMap(META_MAP);
        List<SchemaObject> objects = new ArrayList<>();
        for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext(); ) {
            MetaRecord record = new MetaRecord(meta.get(keys.next()));
            objects.add(new SchemaObject(record.getId(), record.getObjectType(), record.getSQL()));
        }
        return objects;
    }

    /** The known version whose objects the file holds exactly; otherwise the problem, in one sentence. */
    private static String match(String location, List<SchemaObject> objects, Transaction reader, MVStore store) {
        List<String> found = normalised(objects);
        Map<String, List<String>> known = SchemaReference.versions();
        List<String> versions = new ArrayList<>(known.keySet());
        String newestKnown = versions.get(versions.size() - 1);
        String recorded = recordedVersion(objects, reader, store);
        if (recorded != null && MigrationVersion.fromVersion(recorded)
                .compareTo(MigrationVersion.fromVersion(newestKnown)) > 0) {
            // Written by a newer Visit Planner (its migration may have changed data only): not opened at all.
            throw new DataProblem(DataProblem.Kind.NEWER_SCHEMA, location, null);
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (known.get(versions.get(i)).equals(found)) {
                return versions.get(i);
            }
        }
        List<String> expected = known.getOrDefault(recorded, known.get(newestKnown));
        List<SchemaObject> extra = new ArrayList<>();
        Map<String, Integer> allowed = counts(expected);
        for (SchemaObject object : objects) {
            String normalised = SchemaReference.normalise(object.type(), object.sql());
            if (normalised != null && allowed.merge(normalised, -1, Integer::sum) < 0) {
                extra.add(object);
            }
        }
        if (!extra.isEmpty()) {
            extra.sort(Comparator.comparingInt(FileSchema::danger));
            SchemaObject first = extra.get(0);
            // An object of the app's whose definition was changed (a default that writes files, say) is named so.
            Set<String> expectedNames = new HashSet<>();
            expected.forEach(object -> expectedNames.add(type(object) + " " + name(object.substring(
                    object.indexOf(' ') + 1))));
            boolean changed = expectedNames.contains(first.type() + " " + name(first.sql()));
            throw new DataProblem(DataProblem.Kind.CORRUPT, location, new DataProblem.Reason(
                    changed ? "schema.error.changed" : "schema.error.foreign", location, describe(first)), null);
        }
        throw new DataProblem(DataProblem.Kind.CORRUPT, location,
                new DataProblem.Reason("schema.error.incomplete", location), null);
    }

    private static Map<String, Integer> counts(List<String> objects) {
        Map<String, Integer> counts = new HashMap<>();
        objects.forEach(object -> counts.merge(object, 1, Integer::sum));
        return counts;
    }

    /** Objects that can run code come first in the sentence. */
    private static int danger(SchemaObject object) {
        return switch (object.type()) {
            case SchemaReference.TRIGGER, SchemaReference.FUNCTION_ALIAS, SchemaReference.AGGREGATE -> 0;
            case SchemaReference.SETTING, SchemaReference.USER, SchemaReference.ROLE, SchemaReference.RIGHT -> 1;
            case SchemaReference.TABLE_OR_VIEW -> 2;
            default -> 3;
        };
    }

    /** "a trigger “EVIL”", in the user's language. */
    private static String describe(SchemaObject object) {
        String kind = switch (object.type()) {
            case SchemaReference.TRIGGER -> "trigger";
            case SchemaReference.FUNCTION_ALIAS, SchemaReference.AGGREGATE -> "function";
            case SchemaReference.USER, SchemaReference.ROLE, SchemaReference.RIGHT -> "user";
            case SchemaReference.SETTING -> "setting";
            case SchemaReference.TABLE_OR_VIEW -> object.sql().contains(" VIEW ") ? "view" : "table";
            case SchemaReference.INDEX -> "index";
            case SchemaReference.CONSTRAINT -> "constraint";
            default -> "object";
        };
        return Messages.get("schema.object." + kind, name(object.sql()));
    }

    private static int type(String normalised) {
        return Integer.parseInt(normalised.substring(0, normalised.indexOf(' ')));
    }

    /** The name an object's definition gives it ("EVIL" for a trigger, "DEFAULT_LOCK_TIMEOUT" for a setting). */
    private static String name(String sql) {
        Matcher name = NAMED.matcher(sql);
        if (!name.find()) {
            return "?";
        }
        return name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3);
    }

    /** The newest migration the file's Flyway history records as applied, or {@code null} when it has none. */
    private static String recordedVersion(List<SchemaObject> objects, Transaction reader, MVStore store) {
        Integer historyId = tableIds(objects).get(HISTORY_TABLE);
        if (historyId == null || !store.hasMap("table." + historyId)) {
            return null;
        }
        TransactionMap<Long, Row> history = reader.openMap("table." + historyId);
        MigrationVersion newest = null;
        for (Iterator<Long> keys = history.keyIterator(null); keys.hasNext(); ) {
            Row row = history.get(keys.next());
            Value version = row.getValue(1);
            Value success = row.getValue(9);
            if (version == null || version == ValueNull.INSTANCE || success == null
                    || !success.getBoolean()) {
                continue;
            }
            MigrationVersion applied = MigrationVersion.fromVersion(version.getString());
            if (newest == null || applied.compareTo(newest) > 0) {
                newest = applied;
            }
        }
        return newest == null ? null : newest.getVersion();
    }

    private static Map<String, Integer> tableIds(List<SchemaObject> objects) {
        Map<String, Integer> ids = new HashMap<>();
        for (SchemaObject object : objects) {
            Matcher table = TABLE.matcher(object.sql());
            if (object.type() == SchemaReference.TABLE_OR_VIEW && table.find()) {
                ids.put(table.group(1), object.id());
            }
        }
        return ids;
    }

    /**
     * Every index must hold each row of its table once, with the row's values: an index that lost or invented an
     * entry would make the queries that use it see other data than the table holds.
     */
    private static void checkIndexes(String location, List<SchemaObject> objects, Transaction reader,
                                     MVStore store) {
        Map<String, Integer> tableIds = tableIds(objects);
        Map<String, List<String>> columns = new HashMap<>();
        for (SchemaObject object : objects) {
            Matcher table = TABLE.matcher(object.sql());
            if (object.type() == SchemaReference.TABLE_OR_VIEW && table.find()) {
                List<String> names = new ArrayList<>();
                Matcher column = COLUMN.matcher(object.sql());
                while (column.find()) {
                    names.add(column.group(1));
                }
                columns.put(table.group(1), names);
            }
        }
        Map<String, Set<Long>> rowKeys = new HashMap<>();
        for (SchemaObject object : objects) {
            Matcher index = INDEX.matcher(object.sql());
            if (object.type() != SchemaReference.INDEX || !index.matches()) {
                continue;
            }
            String table = index.group(3);
            Integer tableId = tableIds.get(table);
            List<String> tableColumns = columns.get(table);
            if (tableId == null || tableColumns == null || !store.hasMap("table." + tableId)) {
                throw damaged(location);
            }
            List<Integer> positions = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(index.group(4));
            while (quoted.find()) {
                positions.add(tableColumns.indexOf(quoted.group(1)));
            }
            if (positions.contains(-1)) {
                throw damaged(location);
            }
            TransactionMap<Long, Row> rows = reader.openMap("table." + tableId);
            Set<Long> keys = rowKeys.computeIfAbsent(table, t -> allKeys(rows));
            String indexMap = "index." + object.id();
            if (!store.hasMap(indexMap)) {
                // A primary key of one number is the table's own row key: no separate index to check.
                if (!index.group(1).equals("PRIMARY KEY") || positions.size() != 1) {
                    throw damaged(location);
                }
                checkRowKeyColumn(location, rows, positions.get(0));
                continue;
            }
            TransactionMap<SearchRow, Value> entries = reader.openMap(indexMap);
            Set<Long> seen = new HashSet<>();
            for (Iterator<SearchRow> it = entries.keyIterator(null); it.hasNext(); ) {
                SearchRow entry = it.next();
                Row row = rows.get(entry.getKey());
                if (row == null || !seen.add(entry.getKey())) {
                    throw damaged(location);
                }
                for (int position : positions) {
                    if (!row.getValue(position).equals(entry.getValue(position))) {
                        throw damaged(location);
                    }
                }
            }
            if (seen.size() != keys.size()) {
                throw damaged(location);
            }
        }
    }

    private static Set<Long> allKeys(TransactionMap<Long, Row> rows) {
        Set<Long> keys = new HashSet<>();
        for (Iterator<Long> it = rows.keyIterator(null); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    private static void checkRowKeyColumn(String location, TransactionMap<Long, Row> rows, int position) {
        for (Iterator<Long> it = rows.keyIterator(null); it.hasNext(); ) {
            long key = it.next();
            if (rows.get(key).getValue(position).getLong() != key) {
                throw damaged(location);
            }
        }
    }

    private static DataProblem damaged(String location) {
        return new DataProblem(DataProblem.Kind.CORRUPT, location,
                new DataProblem.Reason("schema.error.damagedIndex", location), null);
    }
}
