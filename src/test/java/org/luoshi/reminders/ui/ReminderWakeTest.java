package org.luoshi.reminders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.storage.Workspace;

/**
 * The reminders sleep between looks: no timer ticks every half minute, one wake is set for the
 * moment the next reminder fires (or midnight, or at most a quarter of an hour on). The schedule is
 * recorded here instead of waiting, on the sample plan, Beijing time. Task 29's milestone of 30 June
 * 2023 has a reminder 3 working days before: Tuesday 27 June at 9:00.
 */
class ReminderWakeTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Workspace ws;
    private long task29;
    private final MutableClock clock = new MutableClock(at(2023, 6, 27, 8, 50), BEIJING);
    private final List<Wake> wakes = new ArrayList<>();
    private final List<List<DueEntry>> notified = new ArrayList<>();
    private ReminderController controller;

    private static final class Wake {
        final Duration delay;
        final Runnable work;
        boolean cancelled;

        Wake(Duration delay, Runnable work) {
            this.delay = delay;
            this.work = work;
        }
    }

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ws = Workspace.open(dir.resolve("workspace.db"));
        Plan plan = ws.plans().save(SamplePlanFixture.plan());
        task29 = SamplePlanFixture.task(plan, "29").id();
        controller = new ReminderController(SameThreadSession.of(ws), clock, WorkingDayCalendar.bundled());
        controller.setSchedule((delay, work) -> {
            Wake w = new Wake(delay, work);
            wakes.add(w);
            return () -> w.cancelled = true;
        });
        controller.setOnCameDue(notified::add);
    }

    @AfterEach
    void close() {
        controller.stop();
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BEIJING).toInstant();
    }

    private boolean isJuneIn3Days(DueEntry e) {
        return e.item().taskId() == task29 && e.item().date().equals(java.time.LocalDate.of(2023, 6, 30))
                && e.reminder().offset() == 3;
    }

    private Wake pending() {
        List<Wake> open = wakes.stream().filter(w -> !w.cancelled).toList();
        assertThat(open).as("wakes set and not cancelled").hasSize(1);
        return open.get(0);
    }

    @Test
    void sleepsUntilTheNextReminderFiresThenSaysItCameDue() {
        controller.start();
        // 8:50 → the reminder of 9:00, ten minutes on (and a fifth of a second, to be past it).
        assertThat(pending().delay).isEqualTo(Duration.ofMinutes(10).plusMillis(200));
        assertThat(controller.active()).noneMatch(e -> isJuneIn3Days(e));

        clock.set(at(2023, 6, 27, 9, 0).plusMillis(200));
        pending().work.run();

        assertThat(controller.active()).anyMatch(e -> isJuneIn3Days(e));
        assertThat(notified).anyMatch(list -> list.stream().anyMatch(this::isJuneIn3Days));
        // And the next wake is set: the one that ran is not counted, exactly one waits.
        assertThat(pending().work).isNotNull();
    }

    @Test
    void sleepsAtMostAQuarterOfAnHourAndStopsWatchingOnStop() {
        clock.set(at(2023, 6, 27, 10, 0));
        controller.start();
        assertThat(pending().delay).isEqualTo(ReminderController.LONGEST_SLEEP).isEqualTo(Duration.ofMinutes(15));
        controller.stop();
        assertThat(wakes).allMatch(w -> w.cancelled);
        assertThat(controller.nextWake()).isNull();
    }

    @Test
    void wakesJustAfterMidnightWhenThatComesFirst() {
        Instant lateEvening = at(2023, 6, 27, 23, 50);
        assertThat(controller.nextLook(lateEvening, null)).isEqualTo(at(2023, 6, 28, 0, 0).plusMillis(200));
        assertThat(controller.nextLook(lateEvening, at(2023, 6, 27, 23, 52)))
                .isEqualTo(at(2023, 6, 27, 23, 52).plusMillis(200));
        assertThat(controller.nextLook(at(2023, 6, 27, 12, 0), at(2023, 6, 28, 9, 0)))
                .isEqualTo(at(2023, 6, 27, 12, 15));
    }
}
