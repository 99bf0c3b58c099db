package org.luoshi.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;

/** Each edit on the stored sample plan: done, undone (the plan loads back equal), redone. */
class EditHistoryTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Task task29;
    private final EditHistory history = new EditHistory();

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ws = Workspace.open(dir.resolve("w.db"));
        plan = ws.plans().save(SamplePlan.parse().plan());
        task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    private Task stored29() {
        return ws.tasks().require(task29.id());
    }

    private Plan stored() {
        return ws.plans().load(plan.id()).orElseThrow();
    }

    /** Does the edit, checks it, undoes it (plan back as it was), redoes it (checked again). */
    private void roundTrip(Edit edit, Runnable checkDone) {
        Plan before = stored();
        history.perform(ws, edit);
        checkDone.run();
        history.undo(ws);
        assertThat(stored()).isEqualTo(before);
        history.redo(ws);
        checkDone.run();
        history.undo(ws);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void textStatusContactAndNotes() {
        roundTrip(TaskEdits.text(task29, "  加快构建电子证照库。 "),
                () -> assertThat(stored29().text()).isEqualTo("加快构建电子证照库。"));
        roundTrip(TaskEdits.status(task29, TaskStatus.ON_HOLD),
                () -> assertThat(stored29().status()).isEqualTo(TaskStatus.ON_HOLD));
        roundTrip(TaskEdits.contact(task29, "王丽", "0351-4046688"),
                () -> assertThat(stored29().contact() + " " + stored29().phone()).isEqualTo("王丽 0351-4046688"));
        roundTrip(TaskEdits.notes(task29, "每月28日前报送"),
                () -> assertThat(stored29().notes()).isEqualTo("每月28日前报送"));
    }

    @Test
    void unitsAndDeadlines() {
        roundTrip(TaskEdits.units(task29, List.of(Assignment.of("省审批服务管理局", Role.LEAD),
                        Assignment.of("省大数据中心", Role.COOPERATING)), false),
                () -> assertThat(stored29().unitNames(Role.COOPERATING)).containsExactly("省大数据中心"));
        Deadline moved = Deadline.by("2023年3月底前", LocalDate.of(2023, 4, 10));
        roundTrip(TaskEdits.deadlines(task29, List.of(moved, task29.deadlines().get(1))),
                () -> assertThat(stored29().deadlines().get(0)).isEqualTo(moved));
    }

    @Test
    void milestonesAndProgress() {
        roundTrip(TaskEdits.addMilestone(task29, Milestone.of(LocalDate.of(2023, 5, 1), "试点")),
                () -> assertThat(stored29().milestones()).extracting(Milestone::label).contains("试点"));
        Milestone first = task29.milestones().get(0);
        roundTrip(TaskEdits.moveMilestone(task29, new Milestone(first.id(), LocalDate.of(2023, 4, 15), first.label())),
                () -> assertThat(stored29().milestones().get(0).date()).isEqualTo(LocalDate.of(2023, 4, 15)));
        roundTrip(TaskEdits.removeMilestone(task29, first),
                () -> assertThat(stored29().milestones()).hasSize(task29.milestones().size() - 1));
        roundTrip(TaskEdits.addProgress(task29, ProgressEntry.of(LocalDate.of(2023, 3, 15), 40, "系统联调")),
                () -> assertThat(stored29().latestProgress().text()).isEqualTo("系统联调"));
    }

    @Test
    void progressCorrectedAndRemoved() {
        ProgressEntry added = ws.tasks().addProgress(task29.id(), ProgressEntry.of(LocalDate.of(2023, 3, 15), 40, "联调"));
        roundTrip(TaskEdits.changeProgress(task29, new ProgressEntry(added.id(), added.date(), 45, "联调完成")),
                () -> assertThat(stored29().latestProgress().percent()).isEqualTo(45));
        roundTrip(TaskEdits.removeProgress(task29, added), () -> assertThat(stored29().progress()).isEmpty());
    }

    @Test
    void tasksAddedAndDeleted() {
        Task task1 = plan.tasks().get(0);
        roundTrip(PlanEdits.addTask(plan, task1, "新增的任务"), () -> {
            assertThat(stored().tasks()).hasSize(48);
            assertThat(stored().tasks().get(1).text()).isEqualTo("新增的任务");
            assertThat(stored().tasks().get(1).section()).isEqualTo(task1.section());
        });
        roundTrip(PlanEdits.deleteTask(task29), () -> assertThat(stored().task(task29.id())).isNull());
    }

    @Test
    void anEditMadeAfterADeleteIsUndoneWithIt() {
        // Delete task 29, undo (it comes back with its id), then an edit of it still undoes.
        history.perform(ws, TaskEdits.notes(task29, "先写备注"));
        history.perform(ws, PlanEdits.deleteTask(task29));
        history.undo(ws);
        history.undo(ws);
        assertThat(stored29()).isEqualTo(task29);
        history.redo(ws);
        history.redo(ws);
        assertThat(ws.tasks().load(task29.id())).isEmpty();
    }

    @Test
    void plansCreatedDuplicatedRenamedAndDeleted() {
        Plan byHand = new Plan(0, null, "2024年重点工作", "晋政办发〔2024〕3号", null, LocalDate.of(2024, 1, 5), "",
                List.of(), List.of(), List.of());
        Change created = history.perform(ws, PlanEdits.create(byHand));
        long newId = created.focusPlan();
        assertThat(ws.plans().load(newId).orElseThrow().title()).isEqualTo("2024年重点工作");
        history.perform(ws, PlanEdits.addTask(ws.plans().load(newId).orElseThrow(), null, "第一项"));
        history.undo(ws);
        history.undo(ws);
        assertThat(ws.plans().list()).hasSize(1);
        history.redo(ws);
        history.redo(ws);
        assertThat(ws.plans().load(newId).orElseThrow().tasks()).extracting(Task::text).containsExactly("第一项");

        Change copied = history.perform(ws, PlanEdits.duplicate(plan));
        Plan copy = ws.plans().load(copied.focusPlan()).orElseThrow();
        assertThat(copy.title()).isEqualTo(plan.title() + "（副本）");
        assertThat(copy.tasks()).hasSize(47);
        assertThat(copy.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow().milestones())
                .extracting(Milestone::date).containsExactlyElementsOf(
                        task29.milestones().stream().map(Milestone::date).toList());

        history.perform(ws, PlanEdits.rename(plan, "放管服任务"));
        assertThat(stored().title()).isEqualTo("放管服任务");
        history.undo(ws);
        assertThat(stored()).isEqualTo(plan);

        // What the reminders keep about the plan comes back with it.
        ws.reminders().setPlanRules(plan.id(), org.luoshi.reminders.ReminderRules.of(5, 1));
        ws.reminders().setTaskRules(task29.id(), org.luoshi.reminders.ReminderRules.of(3));
        history.perform(ws, PlanEdits.delete(plan));
        assertThat(ws.plans().load(plan.id())).isEmpty();
        assertThat(ws.reminders().ruleBook().plans()).isEmpty();
        history.undo(ws);
        assertThat(stored()).isEqualTo(plan);
        assertThat(ws.reminders().ruleBook().forPlan(plan.id())).isEqualTo(org.luoshi.reminders.ReminderRules.of(5, 1));
        assertThat(ws.reminders().ruleBook().tasks()).containsEntry(task29.id(), org.luoshi.reminders.ReminderRules.of(3));
    }

    @Test
    void menuTextsNameTheEditsAndTheRevisionCounts() {
        assertThat(history.state()).isEqualTo(new EditHistory.State(0, null, null));
        history.perform(ws, TaskEdits.status(task29, TaskStatus.DONE));
        assertThat(history.state()).isEqualTo(new EditHistory.State(1, "将任务 29 标为“已完成”", null));
        history.undo(ws);
        assertThat(history.state()).isEqualTo(new EditHistory.State(2, null, "将任务 29 标为“已完成”"));
        history.redo(ws);
        history.perform(ws, TaskEdits.notes(task29, "x"));
        assertThat(history.state().redoDescription()).isNull();
        assertThat(history.state().undoDescription()).isEqualTo("修改任务 29 的备注");
    }

    @Test
    void aFailingEditChangesNothingAndStaysOffTheStack() {
        Task gone = task29.withId(task29.id() + 10_000);
        assertThatThrownBy(() -> history.perform(ws, TaskEdits.notes(gone, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(history.state().canUndo()).isFalse();
        // A units edit that fails halfway (a unit twice) leaves the old units.
        assertThatThrownBy(() -> history.perform(ws, TaskEdits.units(task29,
                List.of(Assignment.of("省财政厅", Role.LEAD), Assignment.of("省财政厅", Role.LEAD)), false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored29()).isEqualTo(task29);
        assertThatThrownBy(() -> history.undo(ws)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TaskEdits.text(task29, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
