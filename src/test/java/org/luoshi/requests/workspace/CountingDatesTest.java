package org.luoshi.requests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.find.PlanRef;
import org.luoshi.find.TaskFacts;
import org.luoshi.find.TaskFactsCache;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightColor;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.workspace.WorkspaceReminders;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.requests.TaskRequest;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * The dates that count once an extension of task 29 (原定 2023-06-30) to 2023-09-30 is approved: the light and the
 * reminders use the approved date (the default rule), the original under the rule "original", and the task keeps
 * its original date either way.
 */
class CountingDatesTest {
    static final LocalDate JULY_10 = LocalDate.of(2023, 7, 10);

    @TempDir
    Path dir;
    Workspace ws;
    Session session;
    Plan plan;
    Task t29;

    @BeforeEach
    void approved() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        plan = ws.plans().save(SamplePlanFixture.plan());
        t29 = SamplePlanFixture.task(plan, "29");
        TaskRequest r = Requests.extend(new Requests.Extend(t29.id(), null, LocalDate.of(2023, 9, 30), "联调未完成", "",
                null, LocalDate.of(2023, 6, 20))).run(session);
        Requests.decide(r.id(), true, "", LocalDateTime.of(2023, 6, 25, 10, 0)).run(session);
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theLightCountsTheApprovedDateAndTheOriginalUnderTheOtherRule() throws Exception {
        StatusLights lights = new StatusLights(Clock.fixed(JULY_10.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()), LightThresholds.DEFAULT);
        Task stored = ws.tasks().require(t29.id());
        PlanRef ref = PlanRef.of(plan);
        assertThat(TaskFacts.of(stored, ref, lights).light().color()).as("past 2023-06-30, not done").isEqualTo(LightColor.RED);

        TaskFactsCache cache = new TaskFactsCache(lights);
        assertThat(cache.useDeadlines(Requests.effectiveDeadlines().run(session))).isTrue();
        TaskFacts facts = cache.of(stored, ref);
        assertThat(facts.light().color()).as("due 2023-09-30 now").isNotEqualTo(LightColor.RED);
        assertThat(facts.task()).as("the task keeps its original dates").isSameAs(stored);
        assertThat(cache.useDeadlines(Requests.effectiveDeadlines().run(session))).as("nothing changed").isFalse();

        ws.settings().put(DeadlineRule.SETTING, "original");
        EffectiveDeadlines original = Requests.effectiveDeadlines().run(session);
        assertThat(cache.useDeadlines(original)).isTrue();
        assertThat(cache.of(stored, ref).light().color()).isEqualTo(LightColor.RED);
    }

    @Test
    void remindersMoveToTheApprovedDateWithTheMilestoneOnTheDeadlinesDay() {
        DueItems.Window window = new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), true);
        var items = WorkspaceReminders.load(ws, WorkingDayCalendar.bundled(), window).items().stream()
                .filter(i -> i.taskId() == t29.id()).map(DueItem::date).distinct().sorted().toList();
        assertThat(items).containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 9, 30));

        ws.settings().put(DeadlineRule.SETTING, "original");
        var byOriginal = WorkspaceReminders.load(ws, WorkingDayCalendar.bundled(), window).items().stream()
                .filter(i -> i.taskId() == t29.id()).map(DueItem::date).distinct().sorted().toList();
        assertThat(byOriginal).containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
    }

    @Test
    void theSheetsShowTheOriginalLimitAndTheAdjustedDate() throws Exception {
        Messages.setLocale(Locale.CHINESE);
        Plan printed = org.luoshi.sheets.ExportSheets.find(plan.id()).run(session).orElseThrow();
        Task task = printed.tasks().stream().filter(t -> t.id() == t29.id()).findFirst().orElseThrow();
        assertThat(org.luoshi.sheets.DeadlineText.of(task.deadlines()).lines().toList())
                .containsExactly("2023年3月底前（2023年3月31日）", "原定：6月底前（2023年6月30日）", "调整后：2023年9月30日");
        assertThat(ws.tasks().require(t29.id()).deadlines()).as("stored as before").hasSize(2);
    }
}
