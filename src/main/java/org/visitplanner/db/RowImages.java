package org.visitplanner.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.visitplanner.db.jooq.DefaultSchema;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.RowImage;
import org.visitplanner.logic.undo.RowScope;
import org.visitplanner.logic.undo.RowStore;

/**
 * Whole rows read and written back for undo and redo: every column, the version and the time stamps included, so
 * that undoing a change leaves the database exactly as before it (see {@link RowStore}).
 */
public final class RowImages implements RowStore {

    private final DSLContext dsl;

    public RowImages(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RowImage read(List<RowScope> scopes) {
        List<DeletedRows.Row> rows = new ArrayList<>();
        for (RowScope scope : scopes) {
            Table<?> table = table(scope.table());
            for (Record record : dsl.selectFrom(table).where(condition(table, scope.where()))
                    .orderBy(primaryKey(table)).fetch()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (Field<?> field : table.fields()) {
                    values.put(field.getName(), record.get(field));
                }
                rows.add(new DeletedRows.Row(table.getName(), values));
            }
        }
        return new RowImage(scopes, rows);
    }

    @Override
    public void replace(RowImage expected, RowImage wanted) {
        dsl.transaction(() -> {
            RowImage now = read(expected.scopes());
            if (!same(now.rows(), expected.rows())) {
                throw new DataProblem(DataProblem.Kind.STALE, expected.scopes().isEmpty() ? ""
                        : expected.scopes().get(0).toString(), null);
            }
            Map<List<Object>, DeletedRows.Row> was = byKey(expected.rows());
            Map<List<Object>, DeletedRows.Row> will = byKey(wanted.rows());
            // Children before parents out, parents before children in: scopes list parents first.
            List<DeletedRows.Row> leaving = new ArrayList<>(expected.rows());
            Collections.reverse(leaving);
            for (DeletedRows.Row row : leaving) {
                if (!will.containsKey(key(row))) {
                    Table<?> table = table(row.table());
                    dsl.deleteFrom(table).where(keyCondition(table, row)).execute();
                }
            }
            for (DeletedRows.Row row : wanted.rows()) {
                Table<?> table = table(row.table());
                DeletedRows.Row old = was.get(key(row));
                if (old == null) {
                    Map<Field<?>, Object> values = new LinkedHashMap<>();
                    row.values().forEach((column, value) -> values.put(table.field(column), value));
                    dsl.insertInto(table).set(values).execute();
                } else if (!sameValues(old, row)) {
                    Map<Field<?>, Object> values = new LinkedHashMap<>();
                    List<? extends Field<?>> keyFields = primaryKey(table);
                    row.values().forEach((column, value) -> {
                        Field<?> field = table.field(column);
                        if (!keyFields.contains(field)) {
                            values.put(field, value);
                        }
                    });
                    dsl.update(table).set(values).where(keyCondition(table, row)).execute();
                }
            }
        });
    }

    private static boolean same(List<DeletedRows.Row> a, List<DeletedRows.Row> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).table().equals(b.get(i).table()) || !sameValues(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValues(DeletedRows.Row a, DeletedRows.Row b) {
        if (!a.values().keySet().equals(b.values().keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> column : a.values().entrySet()) {
            if (!Objects.deepEquals(column.getValue(), b.values().get(column.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<List<Object>, DeletedRows.Row> byKey(List<DeletedRows.Row> rows) {
        Map<List<Object>, DeletedRows.Row> keyed = new LinkedHashMap<>();
        rows.forEach(row -> keyed.put(key(row), row));
        return keyed;
    }

    private static List<Object> key(DeletedRows.Row row) {
        List<Object> key = new ArrayList<>();
        key.add(row.table());
        for (Field<?> field : primaryKey(table(row.table()))) {
            key.add(row.values().get(field.getName()));
        }
        return key;
    }

    private static Condition keyCondition(Table<?> table, DeletedRows.Row row) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (Field<?> field : primaryKey(table)) {
            key.put(field.getName(), row.values().get(field.getName()));
        }
        return condition(table, key);
    }

    private static Condition condition(Table<?> table, Map<String, Object> values) {
        Condition condition = DSL.noCondition();
        for (Map.Entry<String, Object> part : values.entrySet()) {
            @SuppressWarnings("unchecked")
            Field<Object> field = (Field<Object>) table.field(part.getKey());
            if (field == null) {
                throw new IllegalArgumentException("no column " + part.getKey() + " in " + table.getName());
            }
            condition = condition.and(part.getValue() == null ? field.isNull() : field.eq(part.getValue()));
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
}
