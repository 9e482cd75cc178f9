package org.visitplanner.logic.directory;

import static org.visitplanner.logic.directory.DirectoryCsvFile.reject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;

/**
 * The second stage of a directory import: the rows read from a file matched to the records that exist, with no
 * database (the records are handed in). A row matches by its {@code id}, else by name ignoring accents and case (the
 * official name of an institution; the name of a contact at the same institution); what it would add or change goes
 * into the {@link DirectoryCsv.Preview}, with the records to write, and a row that cannot be used is rejected with
 * the reason.
 */
final class DirectoryCsvMatches {

    private DirectoryCsvMatches() {
    }

    /** Matches institution rows to {@code existing} (every institution with its hours and closures). */
    static void institutions(List<DirectoryCsvFile.Row<InstitutionField>> rows, List<InstitutionProfile> existing,
                             DirectoryCsv.Preview preview) {
        Map<Long, InstitutionProfile> byId = existing.stream()
                .collect(Collectors.toMap(InstitutionProfile::id, Function.identity()));
        Map<String, List<InstitutionProfile>> byName = existing.stream()
                .collect(Collectors.groupingBy(p -> TextFold.fold(p.institution().officialName())));
        Map<Long, Integer> lineOfExisting = new HashMap<>();
        Map<String, Integer> lineOfNewName = new HashMap<>();

        for (DirectoryCsvFile.Row<InstitutionField> row : rows) {
            if (row.refusal() != null) {
                preview.rejected.add(new DirectoryCsv.Rejected(row.line(), row.refusal()));
                continue;
            }
            try {
                Map<InstitutionField, String> texts = row.texts();
                String name = texts.getOrDefault(InstitutionField.OFFICIAL_NAME, "");
                InstitutionProfile match = matchInstitution(row.id(), name, byId, byName);
                if (match == null && FieldChecks.isBlank(name)) {
                    throw reject("directory.import.noName");
                }
                if (match != null) {
                    Integer earlier = lineOfExisting.putIfAbsent(match.id(), row.line());
                    if (earlier != null) {
                        throw reject("directory.import.sameAsLine", earlier);
                    }
                } else {
                    Integer earlier = lineOfNewName.putIfAbsent(TextFold.fold(name), row.line());
                    if (earlier != null) {
                        throw reject("directory.import.sameAsLine", earlier);
                    }
                }
                InstitutionProfile base = match != null ? match : InstitutionProfile.blank();
                InstitutionProfile after = InstitutionTexts.apply(base, checked(base, texts));
                preview.rowNotes.addAll(row.notes());
                if (match == null) {
                    preview.added.add(new DirectoryCsv.Change(row.line(), after.institution().officialName(),
                            Objects.toString(after.institution().city(), "")));
                    preview.institutionWrites.add(new DirectoryCsv.Write<>(null, after));
                    continue;
                }
                Map<InstitutionField, String> was = InstitutionTexts.of(match);
                Map<InstitutionField, String> now = InstitutionTexts.of(after);
                if (was.equals(now)) {
                    preview.unchanged++;
                } else {
                    preview.updated.add(new DirectoryCsv.Change(row.line(), after.institution().officialName(),
                            changedColumns(was, now)));
                    preview.institutionWrites.add(new DirectoryCsv.Write<>(match, after));
                }
            } catch (FieldProblemException e) {
                preview.rejected.add(new DirectoryCsv.Rejected(row.line(), e.getMessage()));
            }
        }
    }

    /** The texts, or the first problem as "column: problem". */
    private static Map<InstitutionField, String> checked(InstitutionProfile base, Map<InstitutionField, String> texts)
            throws FieldProblemException {
        for (Map.Entry<InstitutionField, FieldProblem> problem : InstitutionTexts.checkAll(base, texts).entrySet()) {
            if (problem.getValue().isError()) {
                throw reject("directory.import.field", problem.getKey().column(), problem.getValue().message());
            }
        }
        return texts;
    }

    private static InstitutionProfile matchInstitution(Optional<Long> id, String name,
                                                       Map<Long, InstitutionProfile> byId,
                                                       Map<String, List<InstitutionProfile>> byName)
            throws FieldProblemException {
        List<InstitutionProfile> named = FieldChecks.isBlank(name) ? List.of()
                : byName.getOrDefault(TextFold.fold(name), List.of());
        InstitutionProfile byItsId = id.map(byId::get).orElse(null);
        if (byItsId != null) {
            boolean nameIsAnother = !named.isEmpty() && named.stream().noneMatch(p -> p.id() == byItsId.id());
            if (nameIsAnother) {
                throw reject("directory.import.idAndNameDisagree", id.get(), byItsId.institution().officialName(),
                        name.strip());
            }
            return byItsId;
        }
        if (named.size() > 1) {
            throw reject("directory.import.ambiguousName", name.strip());
        }
        return named.isEmpty() ? null : named.get(0);
    }

    /** Matches contact rows to {@code all} (the institutions and their contacts). */
    static void contacts(List<DirectoryCsvFile.Row<ContactField>> rows, DirectoryService.Directory all,
                         DirectoryCsv.Preview preview) {
        Map<Long, Institution> institutionsById = all.institutions().stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        Map<Long, Contact> byId = all.contacts().stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        Map<Long, Integer> lineOfExisting = new HashMap<>();
        Map<String, Integer> lineOfNew = new HashMap<>();

        for (DirectoryCsvFile.Row<ContactField> row : rows) {
            if (row.refusal() != null) {
                preview.rejected.add(new DirectoryCsv.Rejected(row.line(), row.refusal()));
                continue;
            }
            try {
                Map<ContactField, String> texts = row.texts();
                Contact byItsId = row.id().map(byId::get).orElse(null);
                Institution institution = institutionOf(row, all.institutions(), institutionsById);
                if (institution == null && byItsId == null) {
                    throw reject("directory.import.noInstitution");
                }
                long institutionId = institution != null ? institution.id() : byItsId.institutionId();
                String name = texts.getOrDefault(ContactField.NAME, "");
                Contact match = byItsId;
                if (match == null && !FieldChecks.isBlank(name)) {
                    List<Contact> named = all.contacts().stream().filter(c -> c.institutionId() == institutionId
                            && TextFold.same(c.nameLatin(), name)).toList();
                    if (named.size() > 1) {
                        throw reject("directory.import.ambiguousName", name.strip());
                    }
                    match = named.isEmpty() ? null : named.get(0);
                }
                if (match == null && FieldChecks.isBlank(name)) {
                    throw reject("directory.import.noName");
                }
                Integer earlier = match != null ? lineOfExisting.putIfAbsent(match.id(), row.line())
                        : lineOfNew.putIfAbsent(institutionId + ":" + TextFold.fold(name), row.line());
                if (earlier != null) {
                    throw reject("directory.import.sameAsLine", earlier);
                }
                for (Map.Entry<ContactField, FieldProblem> problem : ContactTexts.checkAll(texts).entrySet()) {
                    if (problem.getValue().isError()) {
                        throw reject("directory.import.field", problem.getKey().column(),
                                problem.getValue().message());
                    }
                }
                Contact base = match != null ? match : ContactTexts.blank(institutionId);
                Contact after = ContactTexts.apply(base, institutionId, texts);
                String at = institutionsById.get(institutionId).label();
                preview.rowNotes.addAll(row.notes());
                if (match == null) {
                    preview.added.add(new DirectoryCsv.Change(row.line(), after.displayName(), at));
                    preview.contactWrites.add(new DirectoryCsv.Write<>(null, after));
                } else if (after.equals(match)) {
                    preview.unchanged++;
                } else {
                    Map<String, String> old = contactColumns(match, institutionsById);
                    Map<String, String> now = contactColumns(after, institutionsById);
                    preview.updated.add(new DirectoryCsv.Change(row.line(), after.displayName(),
                            changedColumns(old, now)));
                    preview.contactWrites.add(new DirectoryCsv.Write<>(match, after));
                }
            } catch (FieldProblemException e) {
                preview.rejected.add(new DirectoryCsv.Rejected(row.line(), e.getMessage()));
            }
        }
    }

    /** The institution a contacts row names by {@code institution_id} or by one of its names; null if none. */
    private static Institution institutionOf(DirectoryCsvFile.Row<ContactField> row, List<Institution> all,
                                             Map<Long, Institution> byId) throws FieldProblemException {
        if (row.institutionId() != null) {
            String cell = row.institutionId().strip();
            Institution institution = DirectoryCsvFile.parseId(cell).map(byId::get).orElse(null);
            if (institution == null) {
                throw reject("directory.import.unknownInstitutionId", cell);
            }
            return institution;
        }
        return InstitutionNames.find(row.institutionName(), all);
    }

    private static Map<String, String> contactColumns(Contact c, Map<Long, Institution> institutionsById) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(CsvColumns.INSTITUTION, institutionsById.get(c.institutionId()).officialName());
        ContactTexts.of(c).forEach((field, text) -> columns.put(field.column(), text));
        return columns;
    }

    private static <K> String changedColumns(Map<K, String> before, Map<K, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                changed.add(key instanceof InstitutionField f ? f.column() : key.toString());
            }
        });
        return String.join(", ", changed);
    }
}
