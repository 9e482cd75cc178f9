package org.visitplanner.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.visitplanner.db.jooq.DefaultSchema;
import org.visitplanner.db.jooq.Tables;
import org.visitplanner.logic.DataProblem;

/**
 * Copies every row of one database into another of the same schema, H2 or PostgreSQL either way: an H2 data folder
 * into an empty team database ({@code copy-to}), and a team database into an H2 file that a backup is made of. Rows
 * keep their ids, versions and time stamps; the copy is one transaction on the target, read from one consistent state
 * of the source, and checked against it (every table's content, value for value) before it commits: all or nothing.
 *
 * <p>The search queue is not copied: it is each database's own, and the index is rebuilt from the rows.
 */
public final class DatabaseCopy {

    private DatabaseCopy() {
    }

    /** What was copied: rows per table, and the digest both sides gave. */
    public record Copied(long rows, String digest) {
    }

    /**
     * Copies {@code source} into {@code target}, whose tables must be empty (else
     * {@link DataProblem.Kind#REFUSED}, with the sentence {@code team.error.notEmpty}).
     */
    public static Copied copy(Database source, Database target) {
        return target.transactions().inTransaction(() -> consistently(source, () -> {
            DSLContext from = source.dsl();
            DSLContext to = target.dsl();
            for (Table<?> table : tables()) {
                if (to.fetchExists(table)) {
                    throw new DataProblem(DataProblem.Kind.REFUSED, target.location(),
                            new DataProblem.Reason("team.error.notEmpty", target.location()), null);
                }
            }
            long rows = 0;
            for (Table<?> table : tables()) {
                if (table.equals(Tables.CHANGE_HISTORY)) {
                    // copied last: the rows the target's triggers wrote for the records copied in are not history
                    to.deleteFrom(Tables.CHANGE_HISTORY).execute();
                }
                List<TableRecord<?>> records = new ArrayList<>();
                for (Record record : from.selectFrom(table).fetch()) {
                    TableRecord<?> copy = (TableRecord<?>) to.newRecord(table);
                    copy.from(record);
                    copy.changed(true);
                    records.add(copy);
                }
                if (!records.isEmpty()) {
                    to.batchInsert(records).execute();
                    rows += records.size();
                }
                moveIdentityOn(to, table);
            }
            String expected = digest(from);
            String found = digest(to);
            if (!expected.equals(found)) {
                throw new DataProblem(DataProblem.Kind.OTHER, target.location(),
                        new DataProblem.Reason("team.error.copyDiffers", target.location()), null);
            }
            return new Copied(rows, found);
        }));
    }

    /** Runs {@code work} while the source shows one state throughout (a read-only snapshot on PostgreSQL). */
    private static <T> T consistently(Database source, Callable<T> work) throws Exception {
        if (!source.isTeam()) {
            // H2's data is written by this app's one data thread, which is running this copy: nothing moves.
            return work.call();
        }
        return source.transactions().inTransaction(() -> {
            source.dsl().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            return work.call();
        });
    }

    /**
     * Puts an identity column's next value past the copied rows: neither engine moves it on for an explicit id, and
     * the next new record would otherwise take the id of a copied one.
     */
    private static void moveIdentityOn(DSLContext to, Table<?> table) {
        if (table.getIdentity() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Field<Long> id = (Field<Long>) table.getIdentity().getField();
        Long max = to.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        if (to.dialect().family() == SQLDialect.POSTGRES) {
            to.fetch("SELECT setval(pg_get_serial_sequence({0}, {1}), {2}, false)",
                    DSL.inline(table.getName().toLowerCase(Locale.ROOT)),
                    DSL.inline(id.getName().toLowerCase(Locale.ROOT)), DSL.inline(next));
        } else {
            to.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", table, DSL.name(id.getName()),
                    DSL.inline(next));
        }
    }

    /**
     * A digest of every copied table's content, the same on both engines for the same rows: tables by name, rows by
     * primary key, values through jOOQ's types (time stamps as instants: PostgreSQL gives them in the session's
     * offset, H2 in the offset they were written with).
     */
    public static String digest(DSLContext dsl) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Table<?> table : tables().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
            sha256.update(("TABLE " + table.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            List<? extends Field<?>> key = table.getPrimaryKey().getFields();
            for (Record record : dsl.selectFrom(table).orderBy(key.toArray(Field[]::new)).fetch()) {
                StringBuilder line = new StringBuilder();
                for (Field<?> field : table.fields()) {
                    Object value = record.get(field);
                    if (value instanceof OffsetDateTime time) {
                        value = time.withOffsetSameInstant(ZoneOffset.UTC);
                    }
                    line.append(value == null ? "NULL" : "<" + value + ">").append('\t');
                }
                sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    /** The tables to copy, each after the tables it refers to; the change history after all the others. */
    static List<Table<?>> tables() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (!table.equals(Tables.SEARCH_PENDING) && !table.equals(Tables.CHANGE_HISTORY)) {
                visit(table, ordered, new LinkedHashSet<>());
            }
        }
        ordered.add(Tables.CHANGE_HISTORY);
        return List.copyOf(ordered);
    }

    private static void visit(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return;
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> parent = reference.getKey().getTable();
            if (!parent.equals(table)) {
                visit(parent, ordered, path);
            }
        }
        ordered.add(table);
    }
}
