package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;

/** The edits added for the plan workspace: units, deadlines, milestones, progress, contact, notes, tasks. */
class TaskEditsTest extends EngineTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Task task29;

    @BeforeEach
    void open() {
        ws = open(dir.resolve("workspace.db"));
        plan = ws.plans().save(SamplePlans.shanxi());
        task29 = plan.tasks().get(3);
        assertThat(task29.number()).isEqualTo("29");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void contactPhoneAndNotesAreStoredAndSurviveReopening() {
        ws.tasks().setContact(task29.id(), " 王丽 ", "0351-4046688");
        ws.tasks().setNotes(task29.id(), "每月28日前报送进展");
        ws.close();
        ws = open(dir.resolve("workspace.db"));

        Task reloaded = ws.tasks().require(task29.id());
        assertThat(reloaded.contact()).isEqualTo("王丽");
        assertThat(reloaded.phone()).isEqualTo("0351-4046688");
        assertThat(reloaded.notes()).isEqualTo("每月28日前报送进展");
        assertThat(reloaded.withContact("", "").withNotes("")).isEqualTo(task29);
    }

    @Test
    void assignmentsAreReplacedInOrderAndNewUnitsJoinTheDirectory() {
        List<Assignment> stored = ws.tasks().setAssignments(task29.id(),
                List.of(Assignment.of("省审批服务管理局", LEAD), Assignment.of("省大数据中心", COOPERATING)), false);

        assertThat(stored).extracting(a -> a.unit().name()).containsExactly("省审批服务管理局", "省大数据中心");
        assertThat(stored).allMatch(a -> a.unit().id() > 0);
        Task reloaded = ws.tasks().require(task29.id());
        assertThat(reloaded.assignments()).isEqualTo(stored);
        assertThat(reloaded.othersIncluded()).isFalse();
        assertThat(ws.units().byName("省大数据中心")).isPresent();
    }

    @Test
    void aUnitTwiceInOneRoleIsRefusedAndTheOldUnitsStay() {
        assertThatThrownBy(() -> ws.tasks().setAssignments(task29.id(),
                List.of(Assignment.of("省财政厅", LEAD), Assignment.of("省财政厅", LEAD)), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(ws.tasks().require(task29.id())).isEqualTo(task29);
    }

    @Test
    void deadlinesAreReplacedKeepingTheirPhrases() {
        List<Deadline> changed = List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 4, 15)),
                Deadline.by("6月底前", LocalDate.of(2023, 6, 30)));
        ws.tasks().setDeadlines(task29.id(), changed);
        assertThat(ws.tasks().require(task29.id()).deadlines()).isEqualTo(changed);
    }

    @Test
    void milestonesMoveAndAreRemovedAndRestoredUnderTheirOldIds() {
        Milestone first = task29.milestones().get(0);
        ws.tasks().updateMilestone(first.id(), LocalDate.of(2023, 7, 15), "升级完成");
        assertThat(ws.tasks().require(task29.id()).milestones()).extracting(Milestone::label)
                .containsExactly("电子证照同步签发率达到80%", "升级完成");

        ws.tasks().removeMilestone(first.id());
        assertThat(ws.tasks().require(task29.id()).milestones()).hasSize(1);
        ws.tasks().restoreMilestone(task29.id(), first);
        assertThat(ws.tasks().require(task29.id()).milestones()).isEqualTo(task29.milestones());

        assertThatThrownBy(() -> ws.tasks().removeMilestone(first.id() + 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The workspace has no milestone "
                        + (first.id() + 1000) + ".");
    }

    @Test
    void progressEntriesChangeAndAreRemovedAndRestored() {
        ProgressEntry first = task29.progress().get(0);
        ws.tasks().updateProgress(new ProgressEntry(first.id(), first.date(), 35, "目录梳理完成"));
        assertThat(ws.tasks().require(task29.id()).progress().get(0).percent()).isEqualTo(35);

        ws.tasks().removeProgress(first.id());
        assertThat(ws.tasks().require(task29.id()).progress()).extracting(ProgressEntry::percent).containsExactly(60);
        ws.tasks().restoreProgress(task29.id(), first);
        assertThat(ws.tasks().require(task29.id()).progress()).isEqualTo(task29.progress());
    }

    @Test
    void aTaskInsertedInTheMiddleMovesTheLaterOnesDownAndDeletingClosesTheGap() {
        Task added = ws.tasks().insert(plan.id(), new Task(0, 2, "2-1", "一", "一", "新增任务",
                List.of(Assignment.of("省商务厅", LEAD)), false, List.of(), List.of(), List.of(), null, 0));

        Plan after = ws.plans().load(plan.id()).orElseThrow();
        assertThat(after.tasks()).extracting(Task::text).element(1).isEqualTo("新增任务");
        assertThat(after.tasks()).extracting(Task::seq).containsExactly(1, 2, 3, 5, 30, 31);
        assertThat(after.task(added.id()).section()).isEqualTo("一");

        Task removed = ws.tasks().delete(added.id());
        assertThat(removed).isEqualTo(added);
        assertThat(ws.plans().load(plan.id())).contains(plan);
    }

    @Test
    void aDeletedTaskComesBackWithItsIds() {
        Map<String, List<String>> before = WorkspaceDump.of(ws);
        Task removed = ws.tasks().delete(task29.id());
        assertThat(ws.tasks().load(task29.id())).isEmpty();

        Task back = ws.tasks().insert(plan.id(), removed);
        assertThat(back).isEqualTo(task29);
        assertThat(ws.plans().load(plan.id())).contains(plan);
        Map<String, List<String>> after = WorkspaceDump.of(ws);
        after.remove("sqlite_sequence");
        before.remove("sqlite_sequence");
        assertThat(WorkspaceDump.withoutIds(after, "deadline")).isEqualTo(WorkspaceDump.withoutIds(before, "deadline"));
    }

    @Test
    void aTaskInAPartThePlanLacksIsRefused() {
        Task stray = new Task(0, 1, "1", "九", null, "x", List.of(), false, List.of(), List.of(), List.of(), null, 0);
        assertThatThrownBy(() -> ws.tasks().insert(plan.id(), stray))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("part 九");
        assertThat(ws.plans().load(plan.id())).contains(plan);
    }

    @Test
    void editsInOneWorkspaceTransactionCommitTogetherOrNotAtAll() {
        assertThatThrownBy(() -> ws.inTransaction("two edits", () -> {
            ws.tasks().setNotes(task29.id(), "第一步");
            ws.tasks().setNotes(task29.id() + 1000, "第二步失败");
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(ws.tasks().require(task29.id()).notes()).isEmpty();

        ws.inTransaction("two edits", () -> {
            ws.tasks().setNotes(task29.id(), "第一步");
            ws.tasks().setContact(task29.id(), "李明", "");
            return null;
        });
        Task both = ws.tasks().require(task29.id());
        assertThat(both.notes()).isEqualTo("第一步");
        assertThat(both.contact()).isEqualTo("李明");
    }

    @Test
    void openTaskCountsLeaveOutDoneAndClosedTasks() {
        ws.plans().save(SamplePlans.small("晋政办发〔2023〕9号", "省市场监管局", "省财政厅"));
        ws.tasks().setStatus(task29.id(), org.luoshi.plan.TaskStatus.DONE);
        Map<String, Integer> open = new java.util.HashMap<>();
        ws.units().openTaskCounts().forEach(c -> open.put(c.unit().name(), c.taskCount()));
        // 省市场监管局: task 2 and task 29 of the sample (29 now done), task 1 of the small plan.
        assertThat(open).containsEntry("省市场监管局", 2).containsEntry("省财政厅", 2)
                .containsEntry("省审批服务管理局", 0);
    }
}
