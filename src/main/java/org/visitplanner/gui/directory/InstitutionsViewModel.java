package org.visitplanner.gui.directory;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Institution;

/** The table of institutions. */
public final class InstitutionsViewModel {

    /** One row of the table, with its texts ready to show. */
    public record Row(long id, String officialName, String englishName, String chineseName, String city,
                      String relation) {
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final InstitutionRepository institutions;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public InstitutionsViewModel(TaskExecutor tasks, AppState state, InstitutionRepository institutions) {
        this.tasks = tasks;
        this.state = state;
        this.institutions = institutions;
        state.dataRevisionProperty().addListener((obs, was, revision) -> reload());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public void reload() {
        tasks.run(institutions::findAll, this::show, failure -> state.showStatus(Problems.describe(failure)));
    }

    private void show(List<Institution> loaded) {
        rows.setAll(loaded.stream().map(i -> new Row(i.id(), i.officialName(), nullToEmpty(i.englishName()),
                nullToEmpty(i.chineseName()), nullToEmpty(i.city()), Messages.of(i.relation()))).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
