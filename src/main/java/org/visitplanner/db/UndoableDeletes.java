package org.visitplanner.db;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.visitplanner.db.jooq.DefaultSchema;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Restorer;

/**
 * Deletes rows so that they can be put back exactly: before deleting, it reads the row and everything the database
 * will delete with it or unlink from it, following the foreign keys the schema declares ({@code ON DELETE CASCADE}
 * rows are kept, {@code ON DELETE SET NULL} links remembered). Tables added by later migrations are followed too,
 * without code here knowing them.
 */
public final class UndoableDeletes implements Restorer {

    /** A foreign key of {@code child.childColumn} referencing {@code parentColumn} of some parent table. */
    private record Reference(String child, String childColumn, String parentColumn, boolean cascade) {
    }

    private final DSLContext dsl;
    private final Map<String, List<Reference>> referencesTo = new ConcurrentHashMap<>();

    public UndoableDeletes(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Deletes the row of {@code table} with this {@code ID}, if it still has this {@code VERSION}; returns all it
     * took with it. Throws {@link DataProblem.Kind#STALE} when the row changed or went since it was read.
     */
    public DeletedRows delete(Table<?> table, long id, int version) {
        Field<Long> idField = longField(table, "ID");
        Field<Integer> versionField = table.field("VERSION", Integer.class);
        return dsl.transactionResult(() -> {
            Record row = dsl.selectFrom(table).where(idField.eq(id)).fetchOne();
            if (row == null || !Objects.equals(row.get(versionField), version)) {
                throw stale(table, id);
            }
            DeletedRows deleted = collect(table, List.of(row));
            if (dsl.deleteFrom(table).where(idField.eq(id).and(versionField.eq(version))).execute() == 0) {
                throw stale(table, id);
            }
            return deleted;
        });
    }

    /** What {@link #delete} would take with the row of {@code table} with this {@code ID}, deleting nothing. */
    public DeletedRows whatGoesWith(Table<?> table, long id) {
        return dsl.transactionResult(() -> collect(table,
                new ArrayList<>(dsl.selectFrom(table).where(longField(table, "ID").eq(id)).fetch())));
    }

    /** Deletes the rows of {@code table} matching {@code condition} (link rows, which carry no meaning alone). */
    public DeletedRows deleteWhere(Table<?> table, Condition condition) {
        return dsl.transactionResult(() -> {
            List<Record> rows = new ArrayList<>(dsl.selectFrom(table).where(condition).fetch());
            DeletedRows deleted = collect(table, rows);
            dsl.deleteFrom(table).where(condition).execute();
            return deleted;
        });
    }

    @Override
    public void restore(DeletedRows deleted) {
        dsl.transaction(() -> {
            for (DeletedRows.Row row : deleted.rows()) {
                Table<?> table = table(row.table());
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                row.values().forEach((column, value) -> values.put(table.field(column), value));
                dsl.insertInto(table).set(values).execute();
            }
            for (DeletedRows.Relink link : deleted.relinks()) {
                Table<?> table = table(link.table());
                @SuppressWarnings("unchecked")
                Field<Object> column = (Field<Object>) table.field(link.column());
                dsl.update(table).set(column, link.value()).where(keyCondition(table, link.key())).execute();
            }
        });
    }

    private DeletedRows collect(Table<?> table, List<Record> roots) {
        List<DeletedRows.Row> rows = new ArrayList<>();
        List<DeletedRows.Relink> relinks = new ArrayList<>();
        collect(table, roots, rows, relinks, new HashSet<>());
        return new DeletedRows(rows, relinks);
    }

    private void collect(Table<?> table, List<Record> records, List<DeletedRows.Row> rows,
                         List<DeletedRows.Relink> relinks, Set<String> seen) {
        List<Record> fresh = new ArrayList<>();
        for (Record record : records) {
            if (seen.add(table.getName() + ":" + key(table, record))) {
                rows.add(new DeletedRows.Row(table.getName(), values(table, record)));
                fresh.add(record);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        for (Reference reference : referencesTo(table.getName())) {
            Field<?> parentColumn = table.field(reference.parentColumn());
            List<Object> parentValues = fresh.stream().<Object>map(r -> r.get(parentColumn))
                    .filter(Objects::nonNull).distinct().toList();
            if (parentValues.isEmpty()) {
                continue;
            }
            Table<?> child = table(reference.child());
            @SuppressWarnings("unchecked")
            Field<Object> childColumn = (Field<Object>) child.field(reference.childColumn());
            List<Record> children = new ArrayList<>(dsl.selectFrom(child).where(childColumn.in(parentValues)).fetch());
            if (reference.cascade()) {
                collect(child, children, rows, relinks, seen);
            } else {
                for (Record linked : children) {
                    relinks.add(new DeletedRows.Relink(child.getName(), childColumn.getName(), linked.get(childColumn),
                            keyValues(child, linked)));
                }
            }
        }
    }

    /** The foreign keys pointing at {@code parent}, read once from the database's own description of itself. */
    private List<Reference> referencesTo(String parent) {
        return referencesTo.computeIfAbsent(parent, name -> dsl.connectionResult(connection -> {
            List<Reference> references = new ArrayList<>();
            // H2 names the schema and tables in capitals, PostgreSQL in small letters; jOOQ's classes in capitals.
            DatabaseMetaData meta = connection.getMetaData();
            boolean lower = meta.storesLowerCaseIdentifiers();
            try (ResultSet keys = meta.getExportedKeys(null, lower ? connection.getSchema() : "PUBLIC",
                    lower ? name.toLowerCase(Locale.ROOT) : name)) {
                while (keys.next()) {
                    int rule = keys.getShort("DELETE_RULE");
                    if (rule == DatabaseMetaData.importedKeyCascade || rule == DatabaseMetaData.importedKeySetNull) {
                        references.add(new Reference(upper(keys.getString("FKTABLE_NAME")),
                                upper(keys.getString("FKCOLUMN_NAME")), upper(keys.getString("PKCOLUMN_NAME")),
                                rule == DatabaseMetaData.importedKeyCascade));
                    }
                }
            }
            return List.copyOf(references);
        }));
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> values(Table<?> table, Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> field : table.fields()) {
            values.put(field.getName(), record.get(field));
        }
        return values;
    }

    private static Map<String, Object> keyValues(Table<?> table, Record record) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (Field<?> field : primaryKey(table)) {
            key.put(field.getName(), record.get(field));
        }
        return key;
    }

    private static String key(Table<?> table, Record record) {
        return keyValues(table, record).values().toString();
    }

    private static Condition keyCondition(Table<?> table, Map<String, Object> key) {
        Condition condition = DSL.noCondition();
        for (Map.Entry<String, Object> part : key.entrySet()) {
            @SuppressWarnings("unchecked")
            Field<Object> field = (Field<Object>) table.field(part.getKey());
            condition = condition.and(field.eq(part.getValue()));
        }
        return condition;
    }

    private static List<? extends Field<?>> primaryKey(Table<?> table) {
        if (table.getPrimaryKey() == null) {
            throw new IllegalStateException("table " + table.getName() + " has no primary key");
        }
        return table.getPrimaryKey().getFields();
    }

    private static Table<?> table(String name) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
        if (table == null) {
            throw new IllegalStateException("unknown table " + name);
        }
        return table;
    }

    private static Field<Long> longField(Table<?> table, String name) {
        return table.field(name, Long.class);
    }

    private static DataProblem stale(Table<?> table, long id) {
        return OptimisticLock.stale(table.getName(), id);
    }
}
