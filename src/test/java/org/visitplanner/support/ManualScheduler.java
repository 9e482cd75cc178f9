package org.visitplanner.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.visitplanner.gui.common.Scheduler;

/** A scheduler whose clock only moves when the test says so; due actions run during {@link #advance}. */
public final class ManualScheduler implements Scheduler {

    private record Task(Instant due, Runnable action, long order) {
    }

    private Instant now;
    private final ZoneId zone;
    private final List<Task> tasks = new ArrayList<>();
    private long order;

    public ManualScheduler(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public ManualScheduler() {
        this(Instant.parse("2025-12-09T09:42:00Z"), ZoneOffset.ofHours(1));
    }

    @Override
    public Clock clock() {
        return Clock.fixed(now, zone);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Task task = new Task(now.plus(delay), action, order++);
        tasks.add(task);
        return () -> tasks.remove(task);
    }

    /** Moves the clock on, running every action that falls due, in time order. */
    public void advance(Duration duration) {
        Instant end = now.plus(duration);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.due().isAfter(end))
                    .min(Comparator.comparing(Task::due).thenComparing(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due();
            next.action().run();
        }
        now = end;
    }

    public int pending() {
        return tasks.size();
    }
}
