package org.visitplanner.db.bundle;

import static org.visitplanner.db.jooq.Tables.ACTION_ITEM;
import static org.visitplanner.db.jooq.Tables.ATTACHMENT;
import static org.visitplanner.db.jooq.Tables.BUNDLE_BASE;
import static org.visitplanner.db.jooq.Tables.CLOSURE;
import static org.visitplanner.db.jooq.Tables.CONTACT;
import static org.visitplanner.db.jooq.Tables.DAY_NOTE;
import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.EVENT_HOST;
import static org.visitplanner.db.jooq.Tables.EVENT_PARTICIPANT;
import static org.visitplanner.db.jooq.Tables.INSTITUTION;
import static org.visitplanner.db.jooq.Tables.MEETING_CONTACT;
import static org.visitplanner.db.jooq.Tables.MEETING_MEMBER;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;
import static org.visitplanner.db.jooq.Tables.MEMBER;
import static org.visitplanner.db.jooq.Tables.OPENING_HOURS;
import static org.visitplanner.db.jooq.Tables.OUTCOME;
import static org.visitplanner.db.jooq.Tables.PARTNERSHIP;
import static org.visitplanner.db.jooq.Tables.TRAVEL_LEG;
import static org.visitplanner.db.jooq.Tables.TRIP;
import static org.visitplanner.db.jooq.Tables.TRIP_MEMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.bundle.BundleRecord;
import org.visitplanner.logic.bundle.BundleRepository;
import org.visitplanner.logic.bundle.Clash;

/**
 * A trip's rows as bundle records, and bundle records merged into the rows, table by table from jOOQ's description
 * of the schema: a record's fields are its table's columns but the local id, the global id and the version; a
 * reference to another row is that row's global id. Records with an id of their own are known by their global id
 * (an event also by its calendar UID); links and day notes by the keys of what they join.
 */
public final class JooqBundleRepository implements BundleRepository {

    /** The tables a trip bundle carries, each after those it refers to. */
    static final List<Table<?>> TABLES = List.of(INSTITUTION, OPENING_HOURS, CLOSURE, PARTNERSHIP, CONTACT, MEMBER,
            TRIP, TRIP_MEMBER, DAY_NOTE, EVENT, EVENT_HOST, EVENT_PARTICIPANT, TRAVEL_LEG, MEETING_RECORD,
            MEETING_CONTACT, MEETING_MEMBER, OUTCOME, ACTION_ITEM, ATTACHMENT);
    /** Carried so that a record that arrives is as it was, but never merged: they follow the fields' changes. */
    private static final Set<String> STAMPS = Set.of("created_at", "updated_at");
    private static final Set<String> LOCAL = Set.of("id", "gid", "version", "stored_path");
    /** The fields that name a directory's record, for a row here that never travelled in a file. */
    private static final Map<Table<?>, List<String>> SAME_WHEN = Map.of(
            INSTITUTION, List.of("official_name"),
            OPENING_HOURS, List.of("institution_id", "weekday", "opens_at"),
            CLOSURE, List.of("institution_id", "first_day"),
            PARTNERSHIP, List.of("institution_id", "type", "since_day"),
            CONTACT, List.of("institution_id", "name_latin"),
            MEMBER, List.of("name_latin", "name_chinese"));
    private static final Pattern GLOBAL_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
            + "[0-9a-f]{12}");

    private final DSLContext dsl;

    public JooqBundleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---------------------------------------------------------------- export

    @Override
    public List<BundleRecord> export(long tripId, Map<String, String> attachmentPaths) {
        Map<Table<?>, List<Record>> rows = new LinkedHashMap<>();
        rows.put(TRIP, fetch(TRIP, TRIP.ID.eq(tripId)));
        if (rows.get(TRIP).isEmpty()) {
            throw new DataProblem(DataProblem.Kind.OTHER, "trip " + tripId,
                    new DataProblem.Reason("cli.error.noTrip", Long.toString(tripId)), null);
        }
        rows.put(TRIP_MEMBER, fetch(TRIP_MEMBER, TRIP_MEMBER.TRIP_ID.eq(tripId)));
        rows.put(DAY_NOTE, fetch(DAY_NOTE, DAY_NOTE.TRIP_ID.eq(tripId)));
        rows.put(EVENT, fetch(EVENT, EVENT.TRIP_ID.eq(tripId)));
        Set<Long> events = ids(rows.get(EVENT), EVENT.ID);
        rows.put(EVENT_HOST, fetch(EVENT_HOST, EVENT_HOST.EVENT_ID.in(events)));
        rows.put(EVENT_PARTICIPANT, fetch(EVENT_PARTICIPANT, EVENT_PARTICIPANT.EVENT_ID.in(events)));
        rows.put(TRAVEL_LEG,
                fetch(TRAVEL_LEG, TRAVEL_LEG.FROM_EVENT_ID.in(events).and(TRAVEL_LEG.TO_EVENT_ID.in(events))));
        rows.put(MEETING_RECORD, fetch(MEETING_RECORD, MEETING_RECORD.EVENT_ID.in(events)));
        Set<Long> meetings = ids(rows.get(MEETING_RECORD), MEETING_RECORD.ID);
        rows.put(MEETING_CONTACT, fetch(MEETING_CONTACT, MEETING_CONTACT.MEETING_ID.in(meetings)));
        rows.put(MEETING_MEMBER, fetch(MEETING_MEMBER, MEETING_MEMBER.MEETING_ID.in(meetings)));
        rows.put(OUTCOME, fetch(OUTCOME, OUTCOME.MEETING_ID.in(meetings)));
        rows.put(ACTION_ITEM, fetch(ACTION_ITEM, ACTION_ITEM.MEETING_ID.in(meetings)));
        rows.put(ATTACHMENT, fetch(ATTACHMENT, ATTACHMENT.MEETING_ID.in(meetings)));
        Set<Long> contacts = ids(rows.get(EVENT_HOST), EVENT_HOST.CONTACT_ID);
        contacts.addAll(ids(rows.get(MEETING_CONTACT), MEETING_CONTACT.CONTACT_ID));
        rows.put(CONTACT, fetch(CONTACT, CONTACT.ID.in(contacts)));
        Set<Long> members = ids(rows.get(TRIP_MEMBER), TRIP_MEMBER.MEMBER_ID);
        members.addAll(ids(rows.get(EVENT_PARTICIPANT), EVENT_PARTICIPANT.MEMBER_ID));
        members.addAll(ids(rows.get(MEETING_MEMBER), MEETING_MEMBER.MEMBER_ID));
        members.addAll(ids(rows.get(ACTION_ITEM), ACTION_ITEM.OWNER_MEMBER_ID));
        rows.put(MEMBER, fetch(MEMBER, MEMBER.ID.in(members)));
        Set<Long> institutions = ids(rows.get(EVENT), EVENT.INSTITUTION_ID);
        institutions.addAll(ids(rows.get(CONTACT), CONTACT.INSTITUTION_ID));
        rows.put(INSTITUTION, fetch(INSTITUTION, INSTITUTION.ID.in(institutions)));
        rows.put(OPENING_HOURS, fetch(OPENING_HOURS, OPENING_HOURS.INSTITUTION_ID.in(institutions)));
        rows.put(CLOSURE, fetch(CLOSURE, CLOSURE.INSTITUTION_ID.in(institutions)));
        rows.put(PARTNERSHIP, fetch(PARTNERSHIP, PARTNERSHIP.INSTITUTION_ID.in(institutions)));

        // Every row leaving gets its global id once; references are written with them.
        Map<Table<?>, Map<Long, String>> globalIds = new HashMap<>();
        for (Table<?> table : TABLES) {
            Field<Long> id = idField(table);
            if (id == null) {
                continue;
            }
            Field<String> gid = gidField(table);
            Map<Long, String> byId = new HashMap<>();
            for (Record row : rows.get(table)) {
                String global = row.get(gid);
                if (global == null) {
                    global = UUID.randomUUID().toString();
                    dsl.update(table).set(gid, global).where(id.eq(row.get(id))).execute();
                }
                byId.put(row.get(id), global);
            }
            globalIds.put(table, byId);
        }
        Map<String, Map<String, String>> bases = bases();
        List<BundleRecord> records = new ArrayList<>();
        for (Table<?> table : TABLES) {
            String kind = kind(table);
            for (Record row : rows.get(table)) {
                String key = key(table, row, globalIds);
                Map<String, String> values = values(table, row, globalIds);
                Map<String, String> base = bases.get(kind + " " + key);
                if (base == null) {
                    base = values;
                    saveBase(kind, key, values);
                }
                Map<String, String> complete = new LinkedHashMap<>();
                for (String field : values.keySet()) {
                    // A field added to the table after the base was kept: its base is its value now.
                    complete.put(field, base.containsKey(field) ? base.get(field) : values.get(field));
                }
                records.add(new BundleRecord(kind, key, values, complete));
                if (table == ATTACHMENT) {
                    attachmentPaths.put(key, row.get(ATTACHMENT.STORED_PATH));
                }
            }
        }
        records.addAll(deletions(records, bases));
        return records;
    }

    /**
     * The trip's records that left or arrived in a bundle before and are gone since, each with the values it had
     * then, those that belonged to others first. A record belongs to the trip when its base refers to the trip or to
     * one of the trip's records, found the same way.
     */
    private static List<BundleRecord> deletions(List<BundleRecord> records, Map<String, Map<String, String>> bases) {
        Set<String> carried = new HashSet<>();
        records.forEach(record -> carried.add(record.name()));
        Set<String> ofTheTrip = new HashSet<>();
        records.stream().filter(record -> record.kind().equals(kind(TRIP))).forEach(r -> ofTheTrip.add(r.name()));
        List<BundleRecord> gone = new ArrayList<>();
        for (Table<?> table : TABLES.subList(TABLES.indexOf(TRIP) + 1, TABLES.size())) {
            String prefix = kind(table) + " ";
            List<String> names = bases.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
            for (String name : names) {
                Map<String, String> base = bases.get(name);
                if (references(table, base).stream().noneMatch(ofTheTrip::contains)) {
                    continue;
                }
                ofTheTrip.add(name);
                if (!carried.contains(name)) {
                    gone.add(BundleRecord.deleted(kind(table), name.substring(prefix.length()), base));
                }
            }
        }
        Collections.reverse(gone);
        return gone;
    }

    /** The records ({@code "kind key"}) a record with these values refers to. */
    private static List<String> references(Table<?> table, Map<String, String> values) {
        List<String> referred = new ArrayList<>();
        for (Field<?> field : fields(table)) {
            Table<?> parent = referenced(table, field);
            String value = values.get(name(field));
            if (parent != null && value != null) {
                referred.add(kind(parent) + " " + value);
            }
        }
        return referred;
    }

    @Override
    public String tripName(List<BundleRecord> records) {
        return records.stream().filter(r -> r.kind().equals(kind(TRIP))).map(r -> r.values().get("name"))
                .findFirst().orElse("");
    }

    private List<Record> fetch(Table<?> table, Condition condition) {
        return new ArrayList<>(dsl.selectFrom(table).where(condition).orderBy(table.getPrimaryKey().getFields()
                .toArray(Field[]::new)).fetch().map(r -> (Record) r));
    }

    private static Set<Long> ids(Collection<Record> rows, Field<Long> field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Record row : rows) {
            if (row.get(field) != null) {
                ids.add(row.get(field));
            }
        }
        return ids;
    }

    private String key(Table<?> table, Record row, Map<Table<?>, Map<Long, String>> globalIds) {
        Field<Long> id = idField(table);
        if (id != null) {
            return globalIds.get(table).get(row.get(id));
        }
        List<String> parts = new ArrayList<>();
        for (Field<?> field : table.getPrimaryKey().getFields()) {
            Table<?> parent = referenced(table, field);
            Object value = row.get(field);
            parts.add(parent != null ? globalIds.get(parent).get((Long) value) : text(value));
        }
        return String.join("/", parts);
    }

    private Map<String, String> values(Table<?> table, Record row, Map<Table<?>, Map<Long, String>> globalIds) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field<?> field : fields(table)) {
            Table<?> parent = referenced(table, field);
            Object value = row.get(field);
            values.put(name(field), parent != null && value != null ? globalIds.get(parent).get((Long) value)
                    : text(value));
        }
        return values;
    }

    // ---------------------------------------------------------------- merge

    @Override
    public Merged merge(List<BundleRecord> records, Predicate<Clash> takeBundle, AttachmentFiles attachments) {
        List<BundleRecord> kept = records.stream().filter(record -> !record.deleted()).toList();
        List<BundleRecord> deleted = records.stream().filter(BundleRecord::deleted).toList();
        if (!records.subList(0, kept.size()).equals(kept)) {
            throw damaged(); // this build writes the deleted records last
        }
        Map<String, Map<String, String>> basesHere = bases();
        Set<String> wanted = wanted(kept, basesHere);
        Map<String, Long> localIds = new HashMap<>(); // "kind gid" → local id
        Set<String> leftOut = new HashSet<>(); // "kind key": deleted here, and staying so
        boolean tripDeletedHere = false;
        List<Clash> clashes = new ArrayList<>();
        int added = 0;
        int changed = 0;
        long tripId = -1;
        int position = -1;
        for (BundleRecord record : kept) {
            Table<?> table = table(record);
            if (TABLES.indexOf(table) < position) {
                // A record before those it refers to: not a file this build wrote.
                throw damaged();
            }
            position = TABLES.indexOf(table);
            Field<Long> id = idField(table);
            if (id != null && !GLOBAL_ID.matcher(record.key()).matches()) {
                throw damaged();
            }
            UpdatableRecord<?> row = find(table, record, localIds, leftOut);
            if (row == null && table == TRIP) {
                // A trip deleted here comes back whole when its file is opened: none of its records stay out.
                tripDeletedHere = basesHere.containsKey(record.name());
            } else if (row == null && !tripDeletedHere && refersTo(table, record, leftOut, false)) {
                leftOut.add(record.name()); // belongs to a record that stays deleted
                continue;
            } else if (row == null && !tripDeletedHere && basesHere.containsKey(record.name())) {
                // Deleted here since it last left or arrived. It stays so unless the file changed it (or a record
                // that belongs to it); then the user decides.
                if (!wanted.contains(record.name())) {
                    leftOut.add(record.name());
                    continue;
                }
                String title = title(table, record.values());
                Clash clash = new Clash(record.kind(), record.key(), title, Clash.WHOLE_RECORD, null, title);
                clashes.add(clash);
                if (!takeBundle.test(clash)) {
                    leftOut.add(record.name());
                    continue;
                }
            }
            if (row == null) {
                row = (UpdatableRecord<?>) dsl.newRecord(table);
                for (Field<?> field : fields(table)) {
                    String value = record.values().get(name(field));
                    Table<?> parent = referenced(table, field);
                    boolean toLeftOut = parent != null && leftOut.contains(kind(parent) + " " + value);
                    set(row, field, toLeftOut ? null : typed(table, field, value, localIds));
                }
                if (id != null) {
                    row.set(gidField(table), record.key());
                }
                if (table == EVENT && dsl.fetchExists(EVENT, EVENT.UID.eq(row.get(EVENT.UID)))) {
                    // Its calendar id is an event's of another trip here: a copy gets its own, as a copied trip's
                    // events do, so that both can be on one phone's calendar.
                    row.set(EVENT.UID, UUID.randomUUID() + "@visitplanner");
                }
                if (table == ATTACHMENT) {
                    row.set(ATTACHMENT.STORED_PATH, attachments.store(row.get(ATTACHMENT.MEETING_ID),
                            record.values().get("sha256"), record.values().get("file_name")));
                }
                row.store();
                added++;
            } else {
                Map<String, String> here = valuesHere(table, row);
                boolean changes = false;
                for (Field<?> field : fields(table)) {
                    String name = name(field);
                    if (STAMPS.contains(name)) {
                        continue;
                    }
                    String mine = here.get(name);
                    String theirs = record.values().get(name);
                    String base = record.base().get(name);
                    if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
                        continue; // the same, or only this database changed it
                    }
                    Table<?> parent = referenced(table, field);
                    if (parent != null && leftOut.contains(kind(parent) + " " + theirs)) {
                        continue; // refers to a record that stays deleted here (its clash says so)
                    }
                    Clash clash = Objects.equals(mine, base) ? null
                            : new Clash(record.kind(), record.key(), title(table, row), name, mine, theirs);
                    if (clash != null) {
                        clashes.add(clash);
                    }
                    if (clash == null || takeBundle.test(clash)) {
                        set(row, field, typed(table, field, theirs, localIds));
                        changes = true;
                        if (table == ATTACHMENT && name.equals("sha256")) {
                            row.set(ATTACHMENT.STORED_PATH, attachments.store(row.get(ATTACHMENT.MEETING_ID),
                                    theirs, record.values().get("file_name")));
                        }
                    }
                }
                if (changes) {
                    Field<Integer> version = versionField(table);
                    row.set(version, row.get(version) + 1);
                    row.set(updatedField(table), OffsetDateTime.now());
                    row.update();
                    changed++;
                }
            }
            if (id != null) {
                localIds.put(record.kind() + " " + record.key(), row.get(id));
            }
            if (table == TRIP) {
                tripId = row.get(TRIP.ID);
            }
            saveBase(record.kind(), record.key(), record.values());
        }
        if (tripId < 0) {
            throw damaged();
        }
        int removed = 0;
        for (BundleRecord record : deleted) {
            if (deleteIfUnchanged(record, takeBundle, clashes)) {
                removed++;
            }
        }
        return new Merged(tripId, added, changed, removed, List.copyOf(clashes));
    }

    /**
     * The names ({@code "kind key"}) of the records the file changed since they last left or arrived here, or
     * brings for the first time, and of every record these refer to: a record deleted here that is among them is
     * not left out without asking.
     */
    private static Set<String> wanted(List<BundleRecord> records, Map<String, Map<String, String>> basesHere) {
        Set<String> wanted = new HashSet<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            BundleRecord record = records.get(i);
            Table<?> table = table(record);
            Set<String> expected = new LinkedHashSet<>();
            fields(table).forEach(field -> expected.add(name(field)));
            if (!expected.equals(record.values().keySet()) || !expected.equals(record.base().keySet())) {
                throw damaged();
            }
            if (wanted.contains(record.name()) || !basesHere.containsKey(record.name())
                    || !sameFields(record.values(), record.base())) {
                wanted.add(record.name());
                wanted.addAll(references(table, record.values()));
            }
        }
        return wanted;
    }

    private static boolean sameFields(Map<String, String> one, Map<String, String> other) {
        for (Map.Entry<String, String> field : one.entrySet()) {
            if (!STAMPS.contains(field.getKey()) && !Objects.equals(field.getValue(), other.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record the file's side deleted: deleted here too when this database has not changed it since it last left
     * or arrived and nothing here still belongs to it; else a clash, kept unless {@code takeBundle} says to delete
     * it (with what belongs to it). True when it was deleted.
     */
    private boolean deleteIfUnchanged(BundleRecord record, Predicate<Clash> takeBundle, List<Clash> clashes) {
        Table<?> table = table(record);
        Set<String> expected = new LinkedHashSet<>();
        fields(table).forEach(field -> expected.add(name(field)));
        if (table == TRIP || !expected.equals(record.base().keySet())
                || idField(table) != null && !GLOBAL_ID.matcher(record.key()).matches()) {
            throw damaged(); // this build never deletes a trip through a file
        }
        UpdatableRecord<?> row = find(table, record, Map.of(), Set.of());
        if (row == null) {
            return false; // deleted here too, or never here
        }
        if (!sameFields(valuesHere(table, row), record.base()) || othersBelongTo(table, row)) {
            String title = title(table, row);
            Clash clash = new Clash(record.kind(), record.key(), title, Clash.WHOLE_RECORD, title, null);
            clashes.add(clash);
            if (!takeBundle.test(clash)) {
                return false;
            }
        }
        row.delete(); // what belongs to it goes with it (the schema's ON DELETE CASCADE)
        return true;
    }

    /** Whether a row of a table a bundle carries still refers to {@code row}. */
    private boolean othersBelongTo(Table<?> table, Record row) {
        Field<Long> id = idField(table);
        if (id == null) {
            return false;
        }
        for (Table<?> other : TABLES) {
            for (ForeignKey<?, ?> reference : other.getReferences()) {
                if (reference.getKey().getTable().equals(table) && reference.getFields().size() == 1) {
                    @SuppressWarnings("unchecked")
                    Field<Long> referring = (Field<Long>) reference.getFields().get(0);
                    if (dsl.fetchExists(other, referring.eq(row.get(id)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code record} refers to a record left out; with {@code nullable}, references that may be empty count
     * too (else such a reference is emptied instead: an event outlives its institution).
     */
    private static boolean refersTo(Table<?> table, BundleRecord record, Set<String> leftOut, boolean nullable) {
        for (Field<?> field : fields(table)) {
            Table<?> parent = referenced(table, field);
            String value = record.values().get(name(field));
            if (parent != null && value != null && leftOut.contains(kind(parent) + " " + value)
                    && (nullable || !field.getDataType().nullable())) {
                return true;
            }
        }
        return false;
    }

    private static Table<?> table(BundleRecord record) {
        for (Table<?> table : TABLES) {
            if (kind(table).equals(record.kind())) {
                return table;
            }
        }
        throw damaged(); // an unknown kind: not a file this build wrote
    }

    /**
     * The row of this database that {@code record} is, if any (a deleted record is found by its base; a link to a
     * record not here, or left out, is not here either).
     */
    private UpdatableRecord<?> find(Table<?> table, BundleRecord record, Map<String, Long> localIds,
            Set<String> leftOut) {
        Field<Long> id = idField(table);
        if (id != null) {
            Record found = dsl.selectFrom(table).where(gidField(table).eq(record.key())).fetchOne();
            if (found == null && table == EVENT && !record.deleted()) {
                // The same calendar event made here before it travelled (or imported from the same calendar).
                found = dsl.selectFrom(EVENT).where(EVENT.UID.eq(record.values().get("uid"))).fetchOne();
                Long trip = localIds.get(kind(TRIP) + " " + record.values().get("trip_id"));
                if (found != null && trip != null && !trip.equals(found.get(EVENT.TRIP_ID))) {
                    found = null; // in another trip here (each database's own sample): it arrives as a copy
                }
            }
            if (found == null && SAME_WHEN.containsKey(table) && !record.deleted()) {
                found = sameNeverTravelled(table, record, localIds, leftOut);
            }
            if (found != null && !record.key().equals(found.get(gidField(table)))) {
                // Known from now on by the file's global id.
                dsl.update(table).set(gidField(table), record.key()).where(id.eq(found.get(id))).execute();
                found.set(gidField(table), record.key());
            }
            return (UpdatableRecord<?>) found;
        }
        Map<String, String> values = record.deleted() ? record.base() : record.values();
        List<Condition> conditions = new ArrayList<>();
        for (Field<?> field : table.getPrimaryKey().getFields()) {
            String text = values.get(name(field));
            Table<?> parent = referenced(table, field);
            if (parent != null && text != null && (leftOut.contains(kind(parent) + " " + text)
                    || !localIds.containsKey(kind(parent) + " " + text) && !dsl.fetchExists(parent,
                    gidField(parent).eq(text)))) {
                return null;
            }
            Object value = typed(table, field, text, localIds);
            if (value == null) {
                throw damaged();
            }
            conditions.add(equal(field, value));
        }
        return (UpdatableRecord<?>) dsl.selectFrom(table).where(conditions).fetchOne();
    }

    /**
     * The directory's row that a record of the file is, when that row never left or arrived in a file (it has no
     * global id) and it alone has the same values of the fields that name it ({@link #SAME_WHEN}): a directory kept
     * on both sides (each database's sample, a CSV imported on both) is not doubled by a trip file.
     */
    private Record sameNeverTravelled(Table<?> table, BundleRecord record, Map<String, Long> localIds,
            Set<String> leftOut) {
        List<Condition> same = new ArrayList<>(List.of(gidField(table).isNull()));
        for (String name : SAME_WHEN.get(table)) {
            Field<?> field = table.field(name.toUpperCase(Locale.ROOT));
            String text = record.values().get(name);
            Table<?> parent = referenced(table, field);
            if (parent != null && text != null && leftOut.contains(kind(parent) + " " + text)) {
                return null;
            }
            Object value = typed(table, field, text, localIds);
            same.add(value == null ? field.isNull() : equal(field, value));
        }
        List<? extends Record> rows = dsl.selectFrom(table).where(same).limit(2).fetch();
        return rows.size() == 1 ? rows.get(0) : null;
    }

    /** A row's values in the form a bundle has them, references as global ids (a row without one: its local id). */
    private Map<String, String> valuesHere(Table<?> table, Record row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field<?> field : fields(table)) {
            Table<?> parent = referenced(table, field);
            Object value = row.get(field);
            if (parent != null && value != null) {
                String global = dsl.select(gidField(parent)).from(parent).where(idField(parent).eq((Long) value))
                        .fetchOne(0, String.class);
                values.put(name(field), global != null ? global : "#" + value);
            } else {
                values.put(name(field), text(value));
            }
        }
        return values;
    }

    private Object typed(Table<?> table, Field<?> field, String text, Map<String, Long> localIds) {
        if (text == null) {
            return null;
        }
        Table<?> parent = referenced(table, field);
        if (parent != null) {
            Long local = localIds.get(kind(parent) + " " + text);
            if (local == null) {
                local = dsl.select(idField(parent)).from(parent).where(gidField(parent).eq(text))
                        .fetchOne(0, Long.class);
            }
            if (local == null) {
                throw damaged(); // a reference to a record neither in the bundle nor here
            }
            return local;
        }
        try {
            Class<?> type = field.getType();
            if (type == String.class) {
                return text;
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Double.class) {
                return Double.valueOf(text);
            } else if (type == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw damaged();
                }
                return Boolean.valueOf(text);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (type == LocalTime.class) {
                return LocalTime.parse(text);
            } else if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            } else if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(text);
            } else if (type.isEnum()) {
                return enumValue(type, text);
            }
        } catch (RuntimeException e) {
            throw damaged();
        }
        throw new IllegalStateException("a column type bundles do not carry: " + field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    @SuppressWarnings("unchecked")
    private static <T> Condition equal(Field<T> field, Object value) {
        return field.eq((T) value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record row, Field<T> field, Object value) {
        row.set(field, (T) value);
    }

    private String title(Table<?> table, Record row) {
        return title(table, valuesHere(table, row));
    }

    /** What the user knows a record by: its title, name or text (shortened), else its kind. */
    private static String title(Table<?> table, Map<String, String> values) {
        for (String name : List.of("title", "name", "official_name", "name_latin", "text", "file_name", "type")) {
            String text = values.get(name);
            if (text != null) {
                return text.length() > 80 ? text.substring(0, 79) + "…" : text;
            }
        }
        return kind(table);
    }

    // ---------------------------------------------------------------- bases

    private Map<String, Map<String, String>> bases() {
        Map<String, Map<String, String>> bases = new HashMap<>();
        for (Record row : dsl.selectFrom(BUNDLE_BASE).fetch()) {
            bases.put(row.get(BUNDLE_BASE.KIND) + " " + row.get(BUNDLE_BASE.RECORD_KEY),
                    decode(row.get(BUNDLE_BASE.FIELDS)));
        }
        return bases;
    }

    private void saveBase(String kind, String key, Map<String, String> values) {
        String fields = encode(values);
        String kept = dsl.select(BUNDLE_BASE.FIELDS).from(BUNDLE_BASE)
                .where(BUNDLE_BASE.KIND.eq(kind), BUNDLE_BASE.RECORD_KEY.eq(key)).fetchOne(BUNDLE_BASE.FIELDS);
        if (fields.equals(kept)) {
            return; // the same file again changes nothing, not even here
        }
        int updated = dsl.update(BUNDLE_BASE).set(BUNDLE_BASE.FIELDS, fields)
                .set(BUNDLE_BASE.VERSION, BUNDLE_BASE.VERSION.plus(1))
                .set(BUNDLE_BASE.UPDATED_AT, OffsetDateTime.now())
                .where(BUNDLE_BASE.KIND.eq(kind), BUNDLE_BASE.RECORD_KEY.eq(key)).execute();
        if (updated == 0) {
            dsl.insertInto(BUNDLE_BASE, BUNDLE_BASE.KIND, BUNDLE_BASE.RECORD_KEY, BUNDLE_BASE.FIELDS)
                    .values(kind, key, fields).execute();
        }
    }

    /** One {@code field=value} a line; a value's line breaks and backslashes escaped; no value: {@code field}. */
    static String encode(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((field, value) -> {
            text.append(field);
            if (value != null) {
                text.append('=').append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
            }
            text.append('\n');
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                values.put(line, null);
                continue;
            }
            StringBuilder value = new StringBuilder();
            String escaped = line.substring(equals + 1);
            for (int i = 0; i < escaped.length(); i++) {
                char c = escaped.charAt(i);
                if (c == '\\' && i + 1 < escaped.length()) {
                    char next = escaped.charAt(++i);
                    value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    value.append(c);
                }
            }
            values.put(line.substring(0, equals), value.toString());
        }
        return values;
    }

    // ---------------------------------------------------------------- the schema's description

    static String kind(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private static String name(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    /** The columns a record carries, in the table's order. */
    private static List<Field<?>> fields(Table<?> table) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (!LOCAL.contains(name(field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The table {@code field} refers to, when it is a reference to a table the bundle carries. */
    private static Table<?> referenced(Table<?> table, Field<?> field) {
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            if (reference.getFields().size() == 1 && reference.getFields().get(0).equals(field)
                    && TABLES.contains(reference.getKey().getTable())) {
                return reference.getKey().getTable();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> idField(Table<?> table) {
        return table.getIdentity() == null ? null : (Field<Long>) table.getIdentity().getField();
    }

    @SuppressWarnings("unchecked")
    private static Field<String> gidField(Table<?> table) {
        return (Field<String>) table.field("GID");
    }

    @SuppressWarnings("unchecked")
    private static Field<Integer> versionField(Table<?> table) {
        return (Field<Integer>) table.field("VERSION");
    }

    @SuppressWarnings("unchecked")
    private static Field<OffsetDateTime> updatedField(Table<?> table) {
        return (Field<OffsetDateTime>) table.field("UPDATED_AT");
    }

    /** The text of a value as a bundle holds it: ISO forms, instants in UTC. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
        }
        return value.toString();
    }

    private static DataProblem damaged() {
        return new DataProblem(DataProblem.Kind.REFUSED, "bundle",
                new DataProblem.Reason("bundle.error.inconsistent"), null);
    }
}
