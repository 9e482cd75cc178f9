package org.visitplanner.gui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.logic.followup.FollowUpFilter;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class FollowUpsViewModelTest {

    @TempDir
    Path temp;

    private final Services services = TestServices.withSample();
    private final AppState state = new AppState();
    /** 1 February 2026: some sample actions are overdue, others not yet. */
    private final FollowUpsViewModel viewModel = new FollowUpsViewModel(new CurrentThreadTaskExecutor(), state,
            services.followUps(), services.meetings(), Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"),
            ZoneOffset.UTC));

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void openItemsOfEveryoneAreShownFirstWithTheOverdueOnesMarked() {
        viewModel.reload();
        assertThat(viewModel.rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.followUp().item().status()).isEqualTo(ActionStatus.OPEN));
        assertThat(viewModel.rows()).filteredOn(FollowUpsViewModel.Row::overdue)
                .extracting(FollowUpsViewModel.Row::action)
                .contains("Send the SPEIT presentation to Albert School")
                .doesNotContain("Send the draft dual-degree agreement to the SJTU legal office");
        assertThat(viewModel.rows().get(0).due()).isEqualTo("9 January 2026");
        assertThat(viewModel.countProperty().get()).contains("overdue");
    }

    @Test
    void filtersCombine() {
        viewModel.reload();
        var li = viewModel.owners().stream().filter(c -> c.label().startsWith("Li Na")).findFirst().orElseThrow();
        viewModel.ownerProperty().set(li);
        assertThat(viewModel.rows()).extracting(FollowUpsViewModel.Row::owner).containsOnly("Li Na (李娜)");
        var henri = viewModel.institutions().stream().filter(c -> c.label().equals("Henri-IV")).findFirst()
                .orElseThrow();
        viewModel.institutionProperty().set(henri);
        assertThat(viewModel.rows()).extracting(FollowUpsViewModel.Row::action)
                .containsExactly("Confirm boarding places for the Descartes Class with Henri-IV");
        viewModel.dueProperty().set(viewModel.dues().stream()
                .filter(d -> d.due() == FollowUpFilter.Due.OVERDUE).findFirst().orElseThrow());
        assertThat(viewModel.rows()).isEmpty();
        viewModel.statusProperty().set(viewModel.statuses().stream()
                .filter(s -> s.status() == ActionStatus.DONE).findFirst().orElseThrow());
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void markingDoneInPlaceMovesTheItemOutOfTheOpenList() {
        viewModel.reload();
        var first = viewModel.rows().get(0);
        viewModel.setStatus(first, ActionStatus.DONE);
        assertThat(viewModel.rows()).extracting(FollowUpsViewModel.Row::actionId).doesNotContain(first.actionId());
        viewModel.statusProperty().set(viewModel.statuses().get(0));
        assertThat(viewModel.rows()).filteredOn(r -> r.actionId() == first.actionId())
                .extracting(r -> r.followUp().item().status()).containsExactly(ActionStatus.DONE);
    }

    @Test
    void revealingAnItemClearsTheFiltersAndSelectsIt() {
        viewModel.reload();
        long done = services.followUps().findAll().stream()
                .filter(f -> f.item().status() == ActionStatus.DONE).findFirst().orElseThrow().item().id();
        viewModel.reveal(done);
        assertThat(viewModel.rows()).extracting(FollowUpsViewModel.Row::actionId).contains(done);
        assertThat(viewModel.selectedActionProperty().get()).isEqualTo(done);
    }

    @Test
    void theShownItemsAreExportedAsCsvWithFormulasNeutralised() throws Exception {
        viewModel.reload();
        var first = viewModel.rows().get(0).followUp().item();
        services.meetings().updateAction(new org.visitplanner.model.ActionItem(first.id(), first.meetingId(),
                "=HYPERLINK(\"http://x\")", first.ownerMemberId(), first.due(), first.status(), first.position(),
                first.version()));
        state.dataChanged();
        Path file = temp.resolve("follow-ups.csv");
        viewModel.export(file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFAction,Owner,Due,Status,Overdue,Institution,Meeting,Meeting day,Trip\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv.lines().count()).isEqualTo(viewModel.rows().size() + 1);
        assertThat(state.statusMessageProperty().get()).contains(file.toString());
    }
}
