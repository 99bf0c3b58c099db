package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.find.PlanRef;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.UsableDates;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.workspace.CalendarEdits;
import org.luoshi.reminders.workspace.WorkspaceReminders;
import org.luoshi.session.CallerThreadTasks;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.testing.PoisonedWorkspaces;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.TimelineHorizons;
import org.luoshi.timeline.TimelineTree;

/**
 * Defence in depth (issue 13, item 5): a workspace that already holds dates no view can show — year
 * -999999999, text that is no date, 9999-12-31, a calendar year 999999999, a last reminder run at
 * the beginning of time — still opens in the window, every other plan works, and the bad dates are
 * flagged (shown as invalid dates, named in the status bar) and left out of every reckoning.
 * Before, the window refused to open such a workspace.
 */
class PoisonedWorkspaceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2023, 3, 28);
    private static final Clock TODAY = Clock.fixed(DAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    private PoisonedWorkspaces.Made made;

    @BeforeEach
    void poison() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        made = PoisonedWorkspaces.make(dir.resolve("workspace.db"));
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theWindowOpensOnThePoisonedPlanAndFlagsItsDates() {
        MainViewModel model = new MainViewModel(new CallerThreadTasks(), made.file(), TODAY, Runnable::run);
        try {
            model.open();

            assertThat(model.statusLine().errorProperty().get()).as("no error").isNull();
            assertThat(model.loadedProperty().get()).isTrue();
            assertThat(model.indexReadyProperty().get()).isTrue();
            Plan shown = model.planProperty().get();
            assertThat(shown.id()).isEqualTo(made.poisoned());
            assertThat(model.cache().index().size()).isEqualTo(2 * shown.tasks().size());
            assertThat(model.planOnShow().dateWarningProperty().get())
                    .startsWith("7 dates of this plan cannot be shown")
                    .contains(PoisonedWorkspaces.YEAR_MINUS_999999999);
            assertThat(model.planOnShow().unusableDatesProperty().get()).isEqualTo(7);
            // Every task of both plans gets its light and dates: nothing throws.
            List<Plan> all = model.plansInMemory();
            assertThat(all).hasSize(2);
            for (Plan p : all) {
                for (Task t : p.tasks()) {
                    TaskFacts f = model.facts().of(t, PlanRef.of(p));
                    assertThat(f.light()).isNotNull();
                    if (f.schedule().finalDue() != null) {
                        assertThat(Dates.canShow(f.schedule().finalDue())).isTrue();
                    }
                }
            }
            Deadline poisoned = shown.tasks().stream().flatMap(t -> t.deadlines().stream())
                    .filter(d -> d.date() != null && d.date().getYear() == -999_999_999).findFirst().orElseThrow();
            assertThat(Dates.format(poisoned.date())).isEqualTo("invalid date (-999999999-01-01)");

            model.showPlan(made.sound(), p -> { });
            assertThat(model.planOnShow().dateWarningProperty().get()).as("the sound plan has nothing to flag").isNull();
            assertThat(model.planOnShow().unusableDatesProperty().get()).isZero();
        } finally {
            model.close();
        }
    }

    @Test
    void theEarlyOpeningReadsTheFirstScreen() {
        WorkspaceOpening.Opened opened = WorkspaceOpening.open(made.file(), false);
        try {
            assertThat(opened.plans()).hasSize(2);
            assertThat(opened.first().id()).isEqualTo(made.poisoned());
            assertThat(UsableDates.in(opened.first())).hasSize(7);
        } finally {
            opened.workspace().close();
        }
    }

    @Test
    void remindersCalendarAndTimelineLeaveTheBadDatesOut() throws Exception {
        try (Workspace ws = Workspace.open(made.file())) {
            Session session = Session.of(ws);
            // The last run at year -999999999 once made the digest walk every month since then.
            WorkspaceReminders.Snapshot s = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    WorkspaceReminders.sinceLastRun(WorkingDayCalendar.bundled(), null, DAY, ZONE).run(session));
            assertThat(s.items()).isNotEmpty().allMatch(i -> Dates.canShow(i.date()));
            assertThat(s.items().stream().map(DueItem::planId)).contains(made.poisoned(), made.sound());

            WorkingDayCalendar calendar = CalendarEdits.calendar(WorkingDayCalendar.bundled()).run(session);
            assertThat(calendar.knownYears()).doesNotContain(999_999_999);
            assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)))
                    .isEqualTo(WorkingDayCalendar.bundled().workingDaysBetween(LocalDate.of(2023, 6, 1),
                            LocalDate.of(2023, 6, 30)));

            Plan plan = ws.plans().load(made.poisoned()).orElseThrow();
            LocalDate horizon = TimelineHorizons.loadAll().run(session).get(made.poisoned());
            assertThat(horizon).as("a horizon at year 999999999 is no horizon").isNull();
            TimelineTree tree = TimelineTree.build(plan, Grouping.OUTLINE, horizon,
                    new StatusLights(TODAY, LightThresholds.DEFAULT));
            assertThat(Dates.canShow(tree.firstDate())).isTrue();
            assertThat(Dates.canShow(tree.lastDate())).isTrue();
        }
    }
}
