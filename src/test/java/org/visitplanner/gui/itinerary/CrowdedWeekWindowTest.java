package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/**
 * A trip of 2,000 events in the window: the crowd (events in lanes too narrow for a letter) is drawn as bars, one node
 * per day; the event selected with the keyboard or under the mouse gets a block.
 */
@Tag("ui")
class CrowdedWeekWindowTest {

    private static final int EVENTS = 2000;
    private static final String TRIP = "Crowded archive week";

    @TempDir
    Path data;

    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /**
     * 400 events a day over the sample's five days, one every 2¼ minutes from 07:00 to 22:00, each 30 minutes long:
     * about 13 side by side at any time, as an archive's busiest trip has.
     */
    private void createCrowdedTrip() {
        try (Services services = Services.open(data)) {
            services.sampleTrip().loadIfDatabaseEmpty();
            Trip sample = services.trips().findSample().orElseThrow();
            Trip trip = services.trips().insert(new Trip(0, TRIP, sample.firstDay(), sample.lastDay(),
                    sample.venueZone(), sample.homeZone(), false, null, 0));
            List<Member> delegation = services.trips().members(sample.id());
            for (int i = 0; i < delegation.size(); i++) {
                services.trips().addMember(trip.id(), delegation.get(i).id(), i);
            }
            services.database().withConnection(connection -> {
                connection.setAutoCommit(false);
                try (PreparedStatement event = connection.prepareStatement("INSERT INTO event (trip_id, uid, kind,"
                        + " title, starts_at, ends_at, zone) VALUES (?, ?, 'MEETING', ?, ?, ?, 'Europe/Paris')")) {
                    for (int e = 0; e < EVENTS; e++) {
                        LocalDate day = sample.firstDay().plusDays(e % 5);
                        LocalDateTime start = day.atTime(7, 0).plusSeconds(e / 5 * 135L);
                        event.setLong(1, trip.id());
                        event.setString(2, "crowded-archive-" + e + "@visitplanner");
                        event.setString(3, String.format("Crowded %04d at %s", e, start.toLocalTime()));
                        event.setTimestamp(4, Timestamp.valueOf(start));
                        event.setTimestamp(5, Timestamp.valueOf(start.plusMinutes(30)));
                        event.addBatch();
                    }
                    event.executeBatch();
                }
                connection.commit();
                return null;
            });
        }
    }

    @Test
    void aWeekOfTwoThousandEventsDrawsItsCrowdAsBarsAndMakesABlockForTheEventTheUserIsBusyWith() throws Exception {
        createCrowdedTrip();
        app = RunningApp.start(data, Locale.ENGLISH).resize(1024, 700);
        OnFx.run(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<TripSummary> picker = (ComboBox<TripSummary>) app.root().lookup("#tripPicker");
            picker.setValue(picker.getItems().stream()
                    .filter(t -> t.trip() != null && t.trip().name().equals(TRIP)).findFirst().orElseThrow());
        });
        OnFx.waitUntil(() -> ((Label) app.root().lookup("#titleLabel")).getText().startsWith(TRIP)
                && barsDrawn() > 0);

        OnFx.run(() -> {
            // ~13 events side by side all day: nearly all are bars, drawn on one node per day, not blocks.
            assertThat(crowds()).hasSize(5);
            assertThat(barsDrawn()).isGreaterThan(EVENTS * 9 / 10).isLessThanOrEqualTo(EVENTS);
            assertThat(blocks().size()).isLessThan(100);
            assertThat(blocks()).allSatisfy(block -> assertThat(title(block)).startsWith("Crowded"));
            // What a screen reader says of a day's crowd, and that the evening is drawn as well as the morning.
            assertThat(crowds().get(0).getAccessibleText())
                    .matches("Monday 8 December: \\d+ events too close together to draw apart\\..*");
            List<?> monday = (List<?>) crowds().get(0).getUserData();
            assertThat(monday).hasSizeGreaterThan(360);
            app.lookup(".schedule-view").requestFocus();
        });

        // The keyboard goes through the crowd: the selected event is a block, with its texts for a screen reader.
        app.robot.type(KeyCode.DOWN);
        OnFx.waitUntil(() -> blocks().stream().anyMatch(block -> block.getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("selected"))));
        OnFx.run(() -> assertThat(blocks()).filteredOn(block -> block.getPseudoClassStates().stream()
                        .anyMatch(state -> state.getPseudoClassName().equals("selected")))
                .singleElement().satisfies(block -> assertThat(title(block)).startsWith("Crowded 0000 at 07:00")));

        // The mouse on a bar in the evening: that event becomes a block under the mouse (its card, clicks, drags).
        OnFx.run(() -> scroller().setVvalue(1));
        double[] point = OnFx.get(() -> {
            Node crowd = crowds().get(1);
            Bounds inScene = crowd.localToScene(crowd.getBoundsInLocal());
            Bounds viewport = scroller().localToScene(scroller().getBoundsInLocal());
            return new double[] {inScene.getMinX() + 3 + 4, viewport.getMaxY() - 2 * hourHeight()};
        });
        app.robot.moveTo(new javafx.geometry.Point2D(point[0], point[1]));
        OnFx.waitUntil(() -> blocks().stream().anyMatch(block -> block.localToScene(block.getBoundsInLocal())
                .contains(point[0], point[1]) && title(block).matches("Crowded \\d+ at (19|20|21):.*")));
    }

    private List<Node> blocks() {
        return List.copyOf(app.root().lookupAll(".schedule-event"));
    }

    private List<Node> crowds() {
        return List.copyOf(app.root().lookupAll(".schedule-crowd"));
    }

    /** How many events the days' crowds draw as bars. */
    private int barsDrawn() {
        return crowds().stream().mapToInt(crowd -> ((List<?>) crowd.getUserData()).size()).sum();
    }

    /** The event a block shows, as a screen reader says it (a block in a narrow lane shows no text). */
    private static String title(Node block) {
        return String.valueOf(block.getAccessibleText());
    }

    private ScrollPane scroller() {
        return (ScrollPane) app.root().lookup(".schedule-view .scroll-pane");
    }

    /** The height of an hour on the week's time axis. */
    private double hourHeight() {
        List<Label> hours = app.root().lookupAll(".axis-hour").stream().map(Label.class::cast).toList();
        double nine = hours.stream().filter(l -> l.getText().equals("09:00")).findFirst().orElseThrow()
                .localToScene(0, 0).getY();
        double ten = hours.stream().filter(l -> l.getText().equals("10:00")).findFirst().orElseThrow()
                .localToScene(0, 0).getY();
        return ten - nine;
    }
}
