package org.luoshi.reminders.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** The rules dialog's saving, level by level, on a real workspace. */
class SaveReminderRulesTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private Session session;
    private Plan plan;
    private DueItem june;

    @BeforeEach
    void sampleWorkspace() {
        ws = Workspace.open(dir.resolve("workspace.db"));
        plan = ws.plans().save(SamplePlanFixture.plan());
        june = DueItems.of(plan, new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false))
                .stream().filter(i -> i.taskNumber().equals("29") && i.date().getMonthValue() == 6)
                .findFirst().orElseThrow();
        session = Session.of(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void thePlanAloneLeavesTheOtherLevelsAsTheyAre() {
        ws.reminders().setTaskRules(june.taskId(), ReminderRules.of(2));
        SaveReminderRules.plan(plan.id(), ReminderRules.of(5, 0)).run(session);
        ReminderRuleBook book = ws.reminders().ruleBook();
        assertThat(book.plans()).containsExactly(java.util.Map.entry(plan.id(), ReminderRules.of(5, 0)));
        assertThat(book.tasks()).containsEntry(june.taskId(), ReminderRules.of(2));
        assertThat(book.milestones()).isEmpty();
    }

    @Test
    void taskAndMilestoneRulesAreSetAndTakenBack() {
        SaveReminderRules.plan(plan.id(), ReminderRules.of(5, 0)).task(june.taskId(), ReminderRules.of(10))
                .milestone(june.milestoneId(), ReminderRules.of(3)).run(session);
        ReminderRuleBook set = ws.reminders().ruleBook();
        assertThat(set.tasks()).containsEntry(june.taskId(), ReminderRules.of(10));
        assertThat(set.milestones()).containsEntry(june.milestoneId(), ReminderRules.of(3));
        assertThat(set.rulesFor(june)).isEqualTo(ReminderRules.of(3));

        SaveReminderRules.plan(plan.id(), ReminderRules.of(7, 1)).clearTask(june.taskId())
                .clearMilestone(june.milestoneId()).run(session);
        ReminderRuleBook cleared = ws.reminders().ruleBook();
        assertThat(cleared.tasks()).isEmpty();
        assertThat(cleared.milestones()).isEmpty();
        assertThat(cleared.rulesFor(june)).isEqualTo(ReminderRules.of(7, 1));
    }

    @Test
    void eachLevelIsItsOwnTransaction() {
        SaveReminderRules save = SaveReminderRules.plan(plan.id(), ReminderRules.of(4)).task(424242, ReminderRules.of(1));
        assertThatThrownBy(() -> save.run(session)).isInstanceOf(IllegalArgumentException.class);
        // The plan's rules went in before the task was found missing.
        assertThat(ws.reminders().ruleBook().plans()).containsEntry(plan.id(), ReminderRules.of(4));
    }
}
