package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.gui.people.PeopleViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.ChangeFeed;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

/** A colleague's change reloads only the views that show the tables it changed. */
class AreaRefreshTest {

    /** Stands for the team database's feed: the test says which tables a colleague changed. */
    private static final class Feed implements ChangeFeed {
        Consumer<Set<String>> listener;

        @Override
        public void start(Consumer<Set<String>> changed) {
            listener = changed;
        }

        @Override
        public void close() {
        }
    }

    private Services services;
    private AppState state;
    private final Feed feed = new Feed();
    /** Stands for the JavaFX thread: the refreshes it was handed, run when the test says. */
    private final List<Runnable> fxThread = new ArrayList<>();
    private LiveRefresh refresh;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
        state = new AppState();
        refresh = new LiveRefresh(feed, fxThread::add, () -> state);
        refresh.start();
    }

    @AfterEach
    void close() {
        refresh.close();
        services.close();
    }

    private void colleagueChanged(String... tables) {
        feed.listener.accept(Set.of(tables));
        List<Runnable> waiting = List.copyOf(fxThread);
        fxThread.clear();
        waiting.forEach(Runnable::run);
    }

    private Map<DataArea, Long> revisions() {
        Map<DataArea, Long> revisions = new EnumMap<>(DataArea.class);
        for (DataArea area : DataArea.values()) {
            revisions.put(area, state.revisionProperty(area).get());
        }
        return revisions;
    }

    private Set<DataArea> movedSince(Map<DataArea, Long> before) {
        Set<DataArea> moved = EnumSet.noneOf(DataArea.class);
        revisions().forEach((area, revision) -> {
            if (!revision.equals(before.get(area))) {
                moved.add(area);
            }
        });
        return moved;
    }

    @Test
    void aNoteTypedElsewhereRefreshesTheMeetingViewsAndNotTheDirectoryPeopleOrWeek() {
        Map<DataArea, Long> before = revisions();

        colleagueChanged("meeting_record");

        assertThat(movedSince(before)).contains(DataArea.MEETING, DataArea.FOLLOW_UPS,
                DataArea.INSTITUTION_HISTORY).doesNotContain(DataArea.DIRECTORY, DataArea.PEOPLE, DataArea.WEEK,
                DataArea.TRIPS, DataArea.DAY_NOTES);
    }

    @Test
    void anInstitutionChangedElsewhereRefreshesTheViewsThatNameItButNotTheDayNotesOrTheTripPicker() {
        Map<DataArea, Long> before = revisions();

        colleagueChanged("institution");

        assertThat(movedSince(before)).contains(DataArea.DIRECTORY, DataArea.WEEK, DataArea.INSTITUTION_HISTORY,
                DataArea.PEOPLE).doesNotContain(DataArea.DAY_NOTES, DataArea.TRIPS);
    }

    @Test
    void whenTheFeedCannotTellWhatChangedAndAfterMyOwnEditsEveryAreaRefreshes() {
        Map<DataArea, Long> before = revisions();
        colleagueChanged("*");
        assertThat(movedSince(before)).containsExactlyInAnyOrder(DataArea.values());

        before = revisions();
        state.dataChanged();
        assertThat(movedSince(before)).containsExactlyInAnyOrder(DataArea.values());
    }

    @Test
    void changesReportedWhileARefreshWaitsAreRefreshedTogetherOnce() {
        Map<DataArea, Long> before = revisions();
        feed.listener.accept(Set.of("day_note"));
        feed.listener.accept(Set.of("member"));
        assertThat(fxThread).hasSize(1);

        fxThread.remove(0).run();

        assertThat(movedSince(before)).contains(DataArea.DAY_NOTES, DataArea.PEOPLE)
                .doesNotContain(DataArea.DIRECTORY);
        assertThat(state.revisionProperty(DataArea.DAY_NOTES).get() - before.get(DataArea.DAY_NOTES)).isEqualTo(1);
    }

    @Test
    void eachPageShowsAColleaguesRenameWhenItsTableIsReportedAndIsNotReloadedForOthers() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        DirectoryActions actions = new DirectoryActions(tasks, state, new UndoActions(tasks, state,
                new UndoHistory(10)), services.directory());
        InstitutionsViewModel directory = new InstitutionsViewModel(actions);
        directory.reload();
        PeopleViewModel people = new PeopleViewModel(actions, services.history());
        people.reload();
        Institution ponts = services.institutions().findAll().get(0);
        Member member = services.members().findAll().get(0);
        // Written behind the views' backs, as a colleague's save is: they show it once they reload.
        services.institutions().update(new Institution(ponts.id(), "Renamed elsewhere", ponts.englishName(),
                ponts.chineseName(), ponts.shortName(), ponts.kind(), ponts.relation(), ponts.address(),
                ponts.postcode(), ponts.city(), ponts.country(), ponts.coordinates(), ponts.website(), ponts.phone(),
                ponts.notes(), ponts.version()));
        services.members().update(new Member(member.id(), "Renamed Member", member.nameChinese(), member.title(),
                member.organisation(), member.role(), member.email(), member.phone(), member.notes(),
                member.version()));

        colleagueChanged("meeting_record", "outcome");
        colleagueChanged("day_note");
        assertThat(names(directory)).doesNotContain("Renamed elsewhere");
        assertThat(memberNames(people)).doesNotContain("Renamed Member");

        colleagueChanged("member");
        assertThat(memberNames(people)).contains("Renamed Member");
        assertThat(names(directory)).doesNotContain("Renamed elsewhere");

        colleagueChanged("institution");
        assertThat(names(directory)).contains("Renamed elsewhere");
    }

    private static List<String> names(InstitutionsViewModel directory) {
        return directory.rows().stream().map(InstitutionsViewModel.Row::officialName).toList();
    }

    private static List<String> memberNames(PeopleViewModel people) {
        return people.members().stream().map(PeopleViewModel.MemberRow::nameLatin).toList();
    }
}
