package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.visitplanner.support.ManualScheduler;

class DebouncerTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();
    private final Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(800), Duration.ofSeconds(1),
            runs::incrementAndGet);

    @Test
    void burstsOfTriggersRunTheActionOnceAfterTheQuietPeriod() {
        debouncer.trigger();
        scheduler.advance(Duration.ofMillis(300));
        debouncer.trigger();
        scheduler.advance(Duration.ofMillis(300));
        assertThat(runs).hasValue(0);
        scheduler.advance(Duration.ofMillis(1000));
        assertThat(runs).hasValue(1);
    }

    @Test
    void triggersThatNeverPauseStillRunWithinTheLongestWait() {
        for (int i = 0; i < 25; i++) { // typing every 200 ms for 5 seconds
            debouncer.trigger();
            scheduler.advance(Duration.ofMillis(200));
        }
        assertThat(runs.get()).isBetween(4, 5);
    }

    @Test
    void aCancelledRunDoesNotHappen() {
        debouncer.trigger();
        debouncer.cancel();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(runs).hasValue(0);
        assertThat(debouncer.isPending()).isFalse();
    }
}
