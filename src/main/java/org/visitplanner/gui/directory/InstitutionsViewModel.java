package org.visitplanner.gui.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.logic.directory.DirectoryService;
import org.visitplanner.logic.directory.PartnershipStanding;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;

/**
 * The institutions view: a table that filters as the user types (any of the three names, the short name, the city
 * or a contact's name, ignoring accents and case) and by partnership status, and the detail form of the selected one.
 */
public final class InstitutionsViewModel {

    /** One row of the table, with its texts ready to show and what the search looks in, folded. */
    public record Row(Institution institution, String officialName, String chineseName, String city,
                      String kind, String relation, List<PartnershipStatus> statuses, String statusText,
                      String searchText) {
        public long id() {
            return institution.id();
        }
    }

    /** A choice of the status filter: every institution, those without a partnership, or those at one status. */
    public record StatusFilter(String label, PartnershipStatus status, boolean withoutPartnership) {
        boolean accepts(Row row) {
            if (withoutPartnership) {
                return row.statuses().isEmpty();
            }
            return status == null || row.statuses().contains(status);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final DirectoryActions actions;
    private final InstitutionFormViewModel form;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<StatusFilter> statusFilters = FXCollections.observableArrayList();
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private Long selectedId;
    private boolean replacingRows;

    public InstitutionsViewModel(DirectoryActions actions) {
        this.actions = actions;
        this.form = new InstitutionFormViewModel(actions);
        form.setNameCheck((name, id) -> rows.stream().anyMatch(r -> r.id() != id
                && TextFold.same(r.officialName(), name)));
        form.setOnCreated(id -> selectedId = id);

        statusFilters.add(new StatusFilter(Messages.get("directory.filter.anyStatus"), null, false));
        for (PartnershipStatus status : PartnershipStatus.values()) {
            statusFilters.add(new StatusFilter(Messages.of(status), status, false));
        }
        statusFilters.add(new StatusFilter(Messages.get("directory.filter.noPartnership"), null, true));
        statusFilter.set(statusFilters.get(0));

        search.addListener((obs, was, now) -> filter());
        statusFilter.addListener((obs, was, now) -> filter());
        filtered.addListener((ListChangeListener<Row>) change -> updateCount());
        rows.addListener((ListChangeListener<Row>) change -> updateCount());
        actions.state().revisionProperty(DataArea.DIRECTORY).addListener((obs, was, revision) -> {
            reload();
            form.refresh();
        });
    }

    /** The window's shared state: whether the data may only be read, the notices. */
    public AppState state() {
        return actions.state();
    }

    public InstitutionFormViewModel form() {
        return form;
    }

    /**
     * The rows shown, filtered; the table binds the sorting of its columns to {@link SortedList#comparatorProperty}.
     */
    public SortedList<Row> rows() {
        return sorted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<StatusFilter> statusFilters() {
        return statusFilters;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** "11 institutions", or "2 of 11 institutions" while filtering. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The id of the institution shown in the form; null for none or a draft. */
    public Long selectedId() {
        return selectedId;
    }

    public void reload() {
        actions.tasks().run(actions.directory()::directory, this::show, actions::fail);
    }

    private void show(DirectoryService.Directory directory) {
        Map<Long, List<Contact>> contactsByInstitution = directory.contacts().stream()
                .collect(Collectors.groupingBy(Contact::institutionId));
        Map<Long, List<Partnership>> partnershipsByInstitution = directory.partnerships().stream()
                .collect(Collectors.groupingBy(Partnership::institutionId));
        String separator = Messages.get("directory.statusSeparator");
        List<Row> loaded = new ArrayList<>();
        for (Institution i : directory.institutions()) {
            List<PartnershipStatus> statuses = PartnershipStanding.of(
                    partnershipsByInstitution.getOrDefault(i.id(), List.of()));
            List<String> searchable = new ArrayList<>(Arrays.asList(i.officialName(), i.englishName(),
                    i.chineseName(), i.shortName(), i.city()));
            for (Contact c : contactsByInstitution.getOrDefault(i.id(), List.of())) {
                searchable.add(c.nameLatin());
                searchable.add(c.nameChinese());
            }
            loaded.add(new Row(i, i.officialName(), text(i.chineseName()), text(i.city()), Messages.of(i.kind()),
                    Messages.of(i.relation()), statuses,
                    statuses.stream().map(Messages::of).collect(Collectors.joining(separator)),
                    searchable.stream().filter(Objects::nonNull).map(TextFold::fold)
                            .collect(Collectors.joining("\n"))));
        }
        replacingRows = true;
        try {
            rows.setAll(loaded);
        } finally {
            replacingRows = false;
        }
        if (selectedId != null && loaded.stream().noneMatch(r -> r.id() == selectedId)) {
            selectedId = null;
            form.goneElsewhere(); // what the user typed there stays
        }
    }

    /** Shows institution {@code id} in the form (null: none). Ignored while the table is being refilled. */
    public void select(Long id) {
        if (replacingRows || Objects.equals(id, selectedId)) {
            return;
        }
        if (id == null && form.draftProperty().get()) {
            return; // the draft stays until the user picks an institution
        }
        selectedId = id;
        if (id == null) {
            form.clear();
        } else {
            form.show(id);
        }
    }

    /** Shows an empty form for a new institution; it is stored once it has an official name. */
    public void newInstitution() {
        selectedId = null;
        form.startDraft();
    }

    /** Deletes the institution shown, after the user confirmed what goes with it. */
    public void deleteSelected(DirectoryActions.Confirmation confirmation) {
        if (selectedId == null || form.current() == null || form.current().id() != selectedId) {
            return;
        }
        Institution institution = form.current().institution();
        actions.deleteInstitution(institution, confirmation, () -> {
            selectedId = null;
            form.clear();
        });
    }

    private void filter() {
        List<String> words = Arrays.stream(TextFold.fold(search.get()).split(" ")).filter(w -> !w.isEmpty()).toList();
        StatusFilter status = statusFilter.get();
        filtered.setPredicate(row -> (status == null || status.accepts(row))
                && words.stream().allMatch(row.searchText()::contains));
    }

    private void updateCount() {
        count.set(filtered.size() == rows.size() ? Messages.get("institutions.count", rows.size())
                : Messages.get("directory.countFiltered", filtered.size(), rows.size()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
