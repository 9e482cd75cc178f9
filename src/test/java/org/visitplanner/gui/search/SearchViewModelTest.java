package org.visitplanner.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.model.SearchKind;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.ManualScheduler;
import org.visitplanner.support.TestServices;

class SearchViewModelTest {

    private final Services services = TestServices.withSample();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SearchViewModel viewModel = new SearchViewModel(new CurrentThreadTaskExecutor(), scheduler,
            services::search);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void resultsComeAMomentAfterTypingGroupedByKind() {
        viewModel.queryProperty().set("Descar");
        viewModel.queryProperty().set("Descartes");
        assertThat(viewModel.lines()).isEmpty();
        scheduler.advance(Duration.ofMillis(200));
        assertThat(viewModel.lines()).isNotEmpty();
        assertThat(viewModel.lines().get(0).isHeading()).isTrue();
        assertThat(viewModel.lines()).filteredOn(SearchViewModel.Line::isHeading)
                .extracting(SearchViewModel.Line::kind).doesNotHaveDuplicates()
                .contains(SearchKind.MEETING, SearchKind.OUTCOME, SearchKind.ACTION);
        assertThat(viewModel.lines()).filteredOn(l -> !l.isHeading() && l.kind() == SearchKind.MEETING)
                .extracting(l -> l.hit().title())
                .containsExactlyInAnyOrder("Descartes Class: first immersive stay — Louis-le-Grand",
                        "Descartes Class: first immersive stay — Henri-IV");
    }

    @Test
    void nothingFoundIsSaidAndClearingTheBoxClearsTheResults() {
        viewModel.queryProperty().set("zeppelin");
        viewModel.searchNow();
        assertThat(viewModel.lines()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Nothing found for “zeppelin”.");
        viewModel.queryProperty().set("");
        assertThat(viewModel.statusProperty().get()).isEmpty();
    }
}
