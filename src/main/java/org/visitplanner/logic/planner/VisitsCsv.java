package org.visitplanner.logic.planner;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.directory.InstitutionNames;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;

/**
 * A list of visits to place as a CSV file ({@code institution, title, minutes, members, days, from, to, after}, and
 * optionally {@code kind, location, preferred, notes}), recognised by its header as the directory's files are. Read
 * defensively by {@link CsvSheet}; each row is checked as the "To place" dialog checks a visit. All or nothing: a
 * file with a bad row is refused whole, every bad row named with its line and reason, and nothing is written.
 *
 * <p>A row updates the trip's visit at the same institution with the same title (accents and case ignored), else
 * adds one, so importing the same file again changes nothing. {@code after} names another visit by its title (one in
 * the file or already on the trip; at the same institution when several have that title). A member named who is in
 * the delegation list but not on the trip is put on it.
 */
public final class VisitsCsv {

    /** The documented columns, in order (the first eight are the ones a file needs to be recognised). */
    public static final List<String> COLUMNS = List.of("institution", "title", "minutes", "members", "days", "from",
            "to", "after", "kind", "location", "preferred", "notes");

    private static final Map<String, String> ALIASES = aliases(Map.ofEntries(
            Map.entry("institution", List.of("institution_name", "school", "venue", "etablissement", "ecole",
                    "机构", "院校", "单位", "学校")),
            Map.entry("title", List.of("visit", "subject", "titre", "objet", "visite", "标题", "主题", "名称")),
            Map.entry("minutes", List.of("duration", "length", "min", "duree", "时长", "分钟")),
            Map.entry("members", List.of("who", "participants", "attendees", "membres", "qui", "成员", "参加人员",
                    "参与者")),
            Map.entry("days", List.of("day", "jours", "jour", "日期", "星期")),
            Map.entry("from", List.of("earliest", "start", "not_before", "des", "debut", "de", "最早", "开始")),
            Map.entry("to", List.of("latest", "end", "not_after", "jusqu_a", "fin", "a", "最晚", "结束")),
            Map.entry("after", List.of("apres", "之后", "在之后")),
            Map.entry("kind", List.of("type", "genre", "类型")),
            Map.entry("location", List.of("place", "lieu", "地点")),
            Map.entry("preferred", List.of("preferred_times", "prefere", "horaire_prefere", "偏好时间")),
            Map.entry("notes", List.of("note", "comments", "remarques", "备注"))));

    /** What a visits file would do to a trip; nothing is written until it is applied. */
    public static final class Preview {
        private final Trip trip;
        private final String source;
        private final List<Row> rows = new ArrayList<>();
        private final List<Rejected> rejected = new ArrayList<>();
        private final List<Member> joining = new ArrayList<>();
        /** "After" links to new visits of the same file, set once those have ids. */
        private final Map<Row, Row> pendingAfter = new LinkedHashMap<>();
        private int unchanged;

        private Preview(Trip trip, String source) {
            this.trip = trip;
            this.source = source;
        }

        public Trip trip() {
            return trip;
        }

        public String source() {
            return source;
        }

        /** Rows that add a visit. */
        public List<Change> added() {
            return rows.stream().filter(r -> r.before == null).map(Row::change).toList();
        }

        /** Rows that change a visit of the trip. */
        public List<Change> updated() {
            return rows.stream().filter(r -> r.before != null).map(Row::change).toList();
        }

        public int unchanged() {
            return unchanged;
        }

        /** Bad rows, with their line and reason: while there is one, nothing can be imported. */
        public List<Rejected> rejected() {
            return Collections.unmodifiableList(rejected);
        }

        /** Members named in the file who will be put on the trip. */
        public List<Member> joining() {
            return Collections.unmodifiableList(joining);
        }

        public boolean importable() {
            return rejected.isEmpty();
        }
    }

    /** A row that adds or changes a visit. */
    public record Change(int line, String title, String detail) {
    }

    /** A row that cannot be imported, and why. */
    public record Rejected(int line, String reason) {
    }

    /** What an import did, and the edit that undoes it. */
    public record Imported(int added, int updated, List<Member> joined, UndoHistory.Edit undo) {
    }

    /** One usable row: the visit as it was (null when new), as it will be, and the title it must follow. */
    private static final class Row {
        final int line;
        final VisitToPlace before;
        VisitToPlace after;
        final String afterTitle;
        final Long afterInstitution;

        Row(int line, VisitToPlace before, VisitToPlace after, String afterTitle) {
            this.line = line;
            this.before = before;
            this.after = after;
            this.afterTitle = afterTitle;
            this.afterInstitution = after.institutionId();
        }

        Change change() {
            return new Change(line, after.title(), "");
        }
    }

    private final Transactions transactions;
    private final PlannerRepository planner;
    private final TripRepository trips;
    private final MemberRepository members;
    private final InstitutionRepository institutions;
    private final Restorer restorer;
    private final CsvSheet.Limits limits;

    public VisitsCsv(Transactions transactions, PlannerRepository planner, TripRepository trips,
                     MemberRepository members, InstitutionRepository institutions, Restorer restorer,
                     CsvSheet.Limits limits) {
        this.transactions = transactions;
        this.planner = planner;
        this.trips = trips;
        this.members = members;
        this.institutions = institutions;
        this.restorer = restorer;
        this.limits = limits;
    }

    /**
     * Whether a CSV header is a list of visits: it has a title and a duration column. (A directory file never has
     * both; its "institution" column alone would make it a list of institutions.)
     */
    public static boolean recognises(List<String> header) {
        List<String> columns = header.stream().map(h -> ALIASES.getOrDefault(normalise(h), "")).toList();
        return columns.contains("title") && columns.contains("minutes");
    }

    /** Reads only the header of {@code file}: whether it is a list of visits. */
    public boolean isVisitsFile(Path file) throws CsvProblem {
        return recognises(CsvSheet.read(file, limits).header());
    }

    // ------------------------------------------------------------------ preview

    /** Reads {@code file} and works out what importing it into {@code trip} would do; writes nothing. */
    public Preview preview(Path file, Trip trip) throws CsvProblem {
        return preview(CsvSheet.read(file, limits), file.getFileName().toString(), trip);
    }

    public Preview preview(CsvSheet sheet, String source, Trip trip) throws CsvProblem {
        Map<String, Integer> columns = columns(sheet.header());
        Preview preview = new Preview(trip, source);
        transactions.run(() -> read(sheet, columns, preview));
        return preview;
    }

    private void read(CsvSheet sheet, Map<String, Integer> columns, Preview preview) {
        Trip trip = preview.trip;
        List<Institution> allInstitutions = institutions.findAll();
        List<Member> onTrip = trips.members(trip.id());
        List<Member> delegation = new ArrayList<>(onTrip);
        members.findAll().stream().filter(m -> delegation.stream().noneMatch(d -> d.id() == m.id()))
                .forEach(delegation::add);
        List<VisitToPlace> existing = planner.visits(trip.id());
        Map<String, Integer> lineOfKey = new HashMap<>();
        for (CsvSheet.Row row : sheet.rows()) {
            try {
                int last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
                if (row.cells().size() > last + 1
                        && row.cells().subList(last + 1, row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                    throw reject("directory.import.extraCells");
                }
                Function<String, String> cell = column -> columns.containsKey(column)
                        ? row.cell(columns.get(column)) : "";
                Institution institution = InstitutionNames.find(cell.apply("institution"), allInstitutions);
                String title = field("title", () -> VisitTexts.title(cell.apply("title")));
                int minutes = field("minutes", () -> VisitTexts.minutes(cell.apply("minutes")));
                List<Long> who = field("members", () -> VisitTexts.members(cell.apply("members"), delegation));
                AllowedDays days = field("days", () -> VisitTexts.days(cell.apply("days"), trip));
                LocalTime[] window = field("from", () -> VisitTexts.window(cell.apply("from"), cell.apply("to")));
                LocalTime[] preferred = field("preferred", () -> VisitTexts.preferred(cell.apply("preferred")));
                EventKind kind = field("kind", () -> VisitTexts.kind(cell.apply("kind")));
                String location = blankToNull(cell.apply("location"));
                String notes = blankToNull(cell.apply("notes"));
                if (location != null && location.length() > 500) {
                    throw reject("planner.import.field", "location", Messages.get("planner.field.tooLong", 500));
                }
                Long institutionId = institution == null ? null : institution.id();
                String key = institutionId + "|" + TextFold.fold(title);
                Integer earlier = lineOfKey.putIfAbsent(key, row.line());
                if (earlier != null) {
                    throw reject("directory.import.sameAsLine", earlier);
                }
                if (window[0] != null && window[1] != null && window[1].isBefore(window[0].plusMinutes(minutes))) {
                    throw reject("planner.import.field", "minutes", Messages.get("planner.field.longerThanWindow",
                            UnplacedReasons.duration(minutes), VisitTexts.time(window[0]), VisitTexts.time(window[1])));
                }
                for (long memberId : who) {
                    if (onTrip.stream().noneMatch(m -> m.id() == memberId)
                            && preview.joining.stream().noneMatch(m -> m.id() == memberId)) {
                        delegation.stream().filter(m -> m.id() == memberId).findFirst().ifPresent(preview.joining::add);
                    }
                }
                VisitToPlace match = existing.stream().filter(v -> Objects.equals(v.institutionId(), institutionId)
                        && TextFold.same(v.title(), title)).findFirst().orElse(null);
                VisitToPlace after = new VisitToPlace(match == null ? 0 : match.id(), trip.id(), institutionId,
                        location, kind, title, minutes, days, window[0], window[1], preferred[0], preferred[1],
                        match == null ? null : match.afterId(), match == null ? null : match.eventId(), notes, who,
                        match == null ? 0 : match.version());
                preview.rows.add(new Row(row.line(), match, after, blankToNull(cell.apply("after"))));
            } catch (FieldProblemException e) {
                preview.rejected.add(new Rejected(row.line(), e.getMessage()));
            } catch (IllegalArgumentException e) {
                preview.rejected.add(new Rejected(row.line(), Messages.get("planner.import.invalid")));
            }
        }
        resolveAfter(preview, existing);
        List<Row> changing = new ArrayList<>();
        for (Row row : preview.rows) {
            if (row.before != null && !preview.pendingAfter.containsKey(row) && sameWishes(row.before, row.after)) {
                preview.unchanged++;
            } else {
                changing.add(row);
            }
        }
        preview.rows.retainAll(changing);
    }

    /** Links each row's "after" to a visit of the file or of the trip; refuses unknown, ambiguous and circles. */
    private void resolveAfter(Preview preview, List<VisitToPlace> existing) {
        Map<Row, Object> target = new LinkedHashMap<>(); // Row of the file, or a stored VisitToPlace
        for (Row row : new ArrayList<>(preview.rows)) {
            if (row.afterTitle == null) {
                row.after = row.after.withAfterId(null);
                continue;
            }
            List<Object> candidates = new ArrayList<>();
            for (Row other : preview.rows) {
                if (other != row && TextFold.same(other.after.title(), row.afterTitle)) {
                    candidates.add(other);
                }
            }
            for (VisitToPlace visit : existing) {
                boolean inFile = preview.rows.stream().anyMatch(r -> r.before != null && r.before.id() == visit.id());
                if (!inFile && visit.id() != row.after.id() && TextFold.same(visit.title(), row.afterTitle)) {
                    candidates.add(visit);
                }
            }
            if (candidates.size() > 1) {
                List<Object> sameInstitution = candidates.stream().filter(c -> Objects.equals(institutionOf(c),
                        row.afterInstitution)).toList();
                if (sameInstitution.size() == 1) {
                    candidates = sameInstitution;
                }
            }
            if (candidates.isEmpty()) {
                reject(preview, row, Messages.get("planner.import.afterUnknown", row.afterTitle));
            } else if (candidates.size() > 1) {
                reject(preview, row, Messages.get("planner.import.afterAmbiguous", row.afterTitle));
            } else {
                target.put(row, candidates.get(0));
            }
        }
        // A row whose "after" leads back to itself would never be placed.
        for (Row row : target.keySet()) {
            Object at = target.get(row);
            for (int steps = 0; at instanceof Row next && steps <= target.size(); steps++) {
                if (next == row) {
                    reject(preview, row, Messages.get("planner.import.afterCircle", row.afterTitle));
                    break;
                }
                at = target.get(next);
            }
        }
        for (Map.Entry<Row, Object> link : target.entrySet()) {
            Row row = link.getKey();
            if (link.getValue() instanceof VisitToPlace visit) {
                row.after = row.after.withAfterId(visit.id());
            } else if (link.getValue() instanceof Row earlier && earlier.before != null) {
                row.after = row.after.withAfterId(earlier.before.id());
            } else {
                row.after = row.after.withAfterId(null);
                preview.pendingAfter.put(row, (Row) link.getValue());
            }
        }
    }

    private static Long institutionOf(Object candidate) {
        return candidate instanceof Row row ? row.after.institutionId() : ((VisitToPlace) candidate).institutionId();
    }

    private static void reject(Preview preview, Row row, String reason) {
        preview.rows.remove(row);
        preview.rejected.add(new Rejected(row.line, reason));
        preview.rejected.sort(Comparator.comparingInt(Rejected::line));
    }

    private static boolean sameWishes(VisitToPlace a, VisitToPlace b) {
        return Objects.equals(a.institutionId(), b.institutionId()) && Objects.equals(a.location(), b.location())
                && a.kind() == b.kind() && a.title().equals(b.title()) && a.minutes() == b.minutes()
                && a.days().equals(b.days()) && Objects.equals(a.earliest(), b.earliest())
                && Objects.equals(a.latest(), b.latest()) && Objects.equals(a.preferredFrom(), b.preferredFrom())
                && Objects.equals(a.preferredTo(), b.preferredTo()) && Objects.equals(a.afterId(), b.afterId())
                && Objects.equals(a.notes(), b.notes()) && Set.copyOf(a.memberIds()).equals(Set.copyOf(b.memberIds()));
    }

    // ------------------------------------------------------------------ apply

    /**
     * Writes the whole preview in one transaction: the new visits, the changed ones, the links between them, and
     * the members put on the trip. A preview with a bad row is refused (all or nothing); if anything fails, nothing
     * is written.
     */
    public Imported apply(Preview preview) {
        if (!preview.importable()) {
            throw new IllegalStateException("a visits file with bad rows is not imported");
        }
        return transactions.inTransaction(() -> {
            int position = trips.members(preview.trip.id()).size();
            for (Member member : preview.joining) {
                trips.addMember(preview.trip.id(), member.id(), position++);
            }
            Map<Row, VisitToPlace> stored = new LinkedHashMap<>();
            for (Row row : preview.rows) {
                stored.put(row, row.before == null ? planner.insert(row.after) : planner.update(row.after));
            }
            preview.pendingAfter.forEach((row, earlier) ->
                    stored.put(row, planner.update(stored.get(row).withAfterId(stored.get(earlier).id()))));
            return new Imported((int) preview.rows.stream().filter(r -> r.before == null).count(),
                    (int) preview.rows.stream().filter(r -> r.before != null).count(), List.copyOf(preview.joining),
                    undo(preview, stored));
        });
    }

    /** Undo deletes the visits added and puts the changed ones back; redo does the import again, same ids. */
    private UndoHistory.Edit undo(Preview preview, Map<Row, VisitToPlace> stored) {
        List<DeletedRows> removed = new ArrayList<>();
        List<VisitToPlace> changedBefore = preview.rows.stream().filter(r -> r.before != null).map(r -> r.before)
                .toList();
        List<VisitToPlace> changedAfter = preview.rows.stream().filter(r -> r.before != null).map(stored::get)
                .toList();
        List<DeletedRows> membersRemoved = new ArrayList<>();
        Runnable back = () -> transactions.run(() -> {
            removed.clear();
            membersRemoved.clear();
            for (Row row : preview.rows) {
                if (row.before == null) {
                    VisitToPlace now = planner.visit(stored.get(row).id()).orElseThrow();
                    removed.add(planner.delete(now.id(), now.version()));
                }
            }
            for (VisitToPlace before : changedBefore) {
                overwrite(before);
            }
            for (Member member : preview.joining) {
                membersRemoved.add(trips.removeMember(preview.trip.id(), member.id()));
            }
        });
        Runnable forth = () -> transactions.run(() -> {
            for (int i = membersRemoved.size() - 1; i >= 0; i--) {
                restorer.restore(membersRemoved.get(i));
            }
            for (int i = removed.size() - 1; i >= 0; i--) {
                restorer.restore(removed.get(i));
            }
            for (VisitToPlace after : changedAfter) {
                overwrite(after);
            }
        });
        String label = Messages.get("planner.undo.import", preview.source);
        return new UndoHistory.Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                forth.run();
            }

            @Override
            public void revert() {
                back.run();
            }
        };
    }

    /** Writes a visit's fields whatever its current version (undo and redo are last-in first-out). */
    private void overwrite(VisitToPlace values) {
        VisitToPlace current = planner.visit(values.id()).orElseThrow();
        planner.update(values.withVersion(current.version()).withEventId(current.eventId()));
    }

    // ------------------------------------------------------------------ columns

    private static Map<String, Integer> columns(List<String> header) throws CsvProblem {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = ALIASES.get(normalise(header.get(i)));
            if (column == null) {
                throw new CsvProblem(1, Messages.get("directory.csv.unknownColumn", header.get(i),
                        String.join(", ", COLUMNS)));
            }
            if (columns.put(column, i) != null) {
                throw new CsvProblem(1, Messages.get("directory.csv.repeatedColumn", header.get(i)));
            }
        }
        if (!columns.containsKey("title") || !columns.containsKey("minutes")) {
            throw new CsvProblem(1, Messages.get("planner.import.notVisits"));
        }
        return columns;
    }

    /** "Not before" → "not_before": how header names are compared (as the directory's). */
    static String normalise(String header) {
        return TextFold.fold(header).replaceAll("[\\s\\-./’']+", "_").replaceAll("^_+|_+$", "");
    }

    private static Map<String, String> aliases(Map<String, List<String>> byColumn) {
        Map<String, String> aliases = new HashMap<>();
        byColumn.forEach((column, others) -> {
            aliases.put(column, column);
            others.forEach(other -> aliases.put(normalise(other), column));
        });
        return Map.copyOf(aliases);
    }

    // ------------------------------------------------------------------ cells

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws FieldProblemException;
    }

    /** The value of a cell, or the row refused as "column: problem". */
    private static <T> T field(String column, Reader<T> reader) throws FieldProblemException {
        try {
            return reader.read();
        } catch (FieldProblemException e) {
            throw reject("planner.import.field", column, e.problem().message());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static FieldProblemException reject(String key, Object... args) {
        return new FieldProblemException(FieldProblem.error(key, args));
    }
}
