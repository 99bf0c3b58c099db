package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.reminders.ReminderRules;

/**
 * A plan, task or milestone deleted and put back comes back with what the reminders kept about it
 * (rules at every level, snoozes, dismissals, items marked done): the workspace is as it was, row
 * for row.
 */
class RemovedTracesTest extends EngineTest {
    private static final Instant NOW = Instant.parse("2023-03-20T01:00:00Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Task task29;
    private Milestone march;

    @BeforeEach
    void planWithReminderSettings() {
        ws = open(dir.resolve("w.db"));
        plan = ws.plans().save(SamplePlans.shanxi());
        task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow();
        march = task29.milestones().get(0);
        Task task1 = plan.tasks().get(0);
        ws.reminders().setPlanRules(plan.id(), ReminderRules.of(5, 1));
        ws.reminders().setTaskRules(task29.id(), ReminderRules.of(3));
        ws.reminders().setMilestoneRules(march.id(), ReminderRules.of(10, 2));
        ws.reminders().snooze("m" + march.id() + ":2023-03-31@10", task29.id(), NOW.plusSeconds(86_400), NOW);
        ws.reminders().markDone("t" + task29.id() + ":2023-06-30", task29.id(), NOW);
        ws.reminders().dismiss("t" + task1.id() + ":2023-03-31@5", task1.id(), NOW);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aRemovedPlanComesBackWithEverythingTheRemindersKept() {
        Map<String, List<String>> before = WorkspaceDump.of(ws);

        Removed<Plan> removed = ws.plans().remove(plan.id());

        assertThat(removed.item()).isEqualTo(plan);
        assertThat(removed.traces().rowCount()).isEqualTo(6);
        assertThat(ws.reminders().ruleBook().plans()).isEmpty();
        assertThat(ws.reminders().states().reminders()).isEmpty();
        assertThat(ws.reminders().states().done()).isEmpty();

        ws.plans().restore(removed);

        assertThat(ws.plans().load(plan.id())).contains(plan);
        assertThat(reminderTables(WorkspaceDump.of(ws))).isEqualTo(reminderTables(before));
    }

    @Test
    void aRemovedTaskComesBackWithItsRulesSnoozesAndDoneMarks() {
        Map<String, List<String>> before = WorkspaceDump.of(ws);

        Removed<Task> removed = ws.tasks().remove(task29.id());

        // the task's rule, its milestone's rule, the snooze and the done mark; not task 1's dismissal
        assertThat(removed.traces().rowCount()).isEqualTo(4);
        assertThat(ws.reminders().states().reminders()).hasSize(1);

        ws.tasks().restore(plan.id(), removed);

        assertThat(ws.tasks().require(task29.id())).isEqualTo(task29);
        assertThat(reminderTables(WorkspaceDump.of(ws))).isEqualTo(reminderTables(before));
    }

    @Test
    void aRemovedMilestoneComesBackWithItsRule() {
        Map<String, List<String>> before = WorkspaceDump.of(ws);

        Traces traces = ws.tasks().removeMilestoneKeepingTraces(march.id());

        assertThat(traces.rowCount()).isEqualTo(1);
        assertThat(ws.reminders().ruleBook().milestones()).doesNotContainKey(march.id());

        ws.tasks().restoreMilestone(task29.id(), march, traces);

        assertThat(WorkspaceDump.of(ws)).isEqualTo(before);
    }

    /** The reminders' tables of a dump (the plan's own rows are compared through load()). */
    private static Map<String, List<String>> reminderTables(Map<String, List<String>> dump) {
        Map<String, List<String>> reminders = new java.util.TreeMap<>();
        dump.forEach((table, rows) -> {
            if (table.startsWith("reminder_")) {
                reminders.put(table, rows);
            }
        });
        assertThat(reminders).containsKeys("reminder_plan_rule", "reminder_task_rule", "reminder_milestone_rule",
                "reminder_state", "reminder_done");
        return reminders;
    }
}
