package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.itinerary.WeekOverviewViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class WeekOverviewViewModelTest {

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theWeekHasAColumnPerDayWithEventsInTimeOrder() {
        Messages.setLocale(Locale.ENGLISH);
        try (Services services = TestServices.withSample()) {
            AppState state = new AppState();
            WeekOverviewViewModel week = new WeekOverviewViewModel(new CurrentThreadTaskExecutor(), state,
                    services.trips(), services.events(), services.institutions());
            state.currentTripProperty().set(services.trips().findSample().orElseThrow());

            assertThat(week.days()).extracting(WeekOverviewViewModel.DayColumn::header).containsExactly(
                    "Monday 8 December", "Tuesday 9 December", "Wednesday 10 December", "Thursday 11 December",
                    "Friday 12 December");
            WeekOverviewViewModel.EventLine first = week.days().get(0).events().get(0);
            assertThat(first.time()).isEqualTo("09:30–11:00");
            assertThat(first.title()).isEqualTo("Strategic partnership review");
            assertThat(first.place()).isEqualTo("Polytechnique");
            for (WeekOverviewViewModel.DayColumn day : week.days()) {
                assertThat(day.events()).extracting(WeekOverviewViewModel.EventLine::time).isSorted();
            }
            assertThat(week.members()).extracting(WeekOverviewViewModel.MemberLine::name)
                    .startsWith("Zied MOUMNI", "Ma Wei");
            assertThat(week.titleProperty().get()).contains("SJTU / SPEIT", "(sample)");
        }
    }

    @Test
    void dayNamesFollowTheLanguage() {
        Messages.setLocale(Locale.CHINESE);
        try (Services services = TestServices.withSample()) {
            AppState state = new AppState();
            WeekOverviewViewModel week = new WeekOverviewViewModel(new CurrentThreadTaskExecutor(), state,
                    services.trips(), services.events(), services.institutions());
            state.currentTripProperty().set(services.trips().findSample().orElseThrow());
            assertThat(week.days().get(0).header()).isEqualTo("12月8日 星期一");
        }
    }
}
