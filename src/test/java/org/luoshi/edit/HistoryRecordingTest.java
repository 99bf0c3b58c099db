package org.luoshi.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;
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

/**
 * Every kind of task edit writes one history step (who, when, what, each field before → after) in its
 * transaction; undo removes it, redo puts the same step back. Values written by hand from task 29 of
 * the sample plan (shanxi-2023-1.txt).
 */
class HistoryRecordingTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String TEXT_29 = "依托全省一体化在线政务服务平台，加快构建统一、实时的电子证照库。";

    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Task task29;
    private String person = "李明";
    private final EditHistory history = new EditHistory(() -> person,
            Clock.fixed(Instant.parse("2023-04-02T01:30:15.250Z"), BEIJING));

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

    private List<HistoryStep> of29() {
        return ws.history().ofTask(task29.id());
    }

    private HistoryEntry entry(String field, String before, String after) {
        return new HistoryEntry(task29.id(), plan.id(), "29", field, before, after);
    }

    @Test
    void aStatusChangeIsRecordedWithPersonTimeAndBothValues() {
        history.perform(ws, TaskEdits.status(task29, TaskStatus.IN_PROGRESS));

        List<HistoryStep> steps = of29();
        assertThat(steps).hasSize(1);
        HistoryStep step = steps.get(0);
        assertThat(step.person()).isEqualTo("李明");
        assertThat(step.at()).isEqualTo(LocalDateTime.of(2023, 4, 2, 9, 30, 15));
        assertThat(step.action()).isEqualTo("将任务 29 标为“进行中”");
        assertThat(step.entries()).containsExactly(entry("状态", "未开始", "进行中"));
    }

    @Test
    void theRecordIsChineseWhateverLanguageTheWindowSpeaks() {
        Messages.setLocale(Locale.ENGLISH);
        Edit edit = TaskEdits.status(task29, TaskStatus.ON_HOLD);
        assertThat(edit.description()).isEqualTo("Mark task 29 “On hold”");
        history.perform(ws, edit);
        assertThat(of29()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("将任务 29 标为“暂缓”");
            assertThat(s.entries()).containsExactly(entry("状态", "未开始", "暂缓"));
        });
    }

    @Test
    void textUnitsDeadlinesContactAndNotes() {
        history.perform(ws, TaskEdits.text(task29, "加快构建电子证照库。"));
        history.perform(ws, TaskEdits.units(task29, List.of(Assignment.of("省审批服务管理局", Role.LEAD),
                Assignment.of("省市场监管局", Role.COOPERATING)), false));
        history.perform(ws, TaskEdits.deadlines(task29, List.of(Deadline.by("2023年9月底前", LocalDate.of(2023, 9, 30)))));
        history.perform(ws, TaskEdits.contact(task29, "王丽", "0351-4046688"));
        history.perform(ws, TaskEdits.notes(task29, "每月28日前报送"));

        List<HistoryStep> steps = of29();
        assertThat(steps).hasSize(5);
        // newest first
        assertThat(steps.get(0).entries()).containsExactly(entry("备注", "", "每月28日前报送"));
        assertThat(steps.get(1).entries()).containsExactly(entry("责任人及电话", "", "王丽 0351-4046688"));
        assertThat(steps.get(2).entries()).containsExactly(entry("完成时限", "2023年3月底前；6月底前", "2023年9月底前"));
        assertThat(steps.get(3).entries()).containsExactly(entry("责任单位",
                "负责：省审批服务管理局、省市场监管局等", "牵头：省审批服务管理局；配合：省市场监管局"));
        assertThat(steps.get(4).entries()).hasSize(1);
        assertThat(steps.get(4).entries().get(0).field()).isEqualTo("任务内容");
        assertThat(steps.get(4).entries().get(0).before()).startsWith(TEXT_29);
        assertThat(steps.get(4).entries().get(0).after()).isEqualTo("加快构建电子证照库。");
    }

    @Test
    void milestonesAndProgress() {
        history.perform(ws, TaskEdits.addMilestone(task29, Milestone.of(LocalDate.of(2023, 3, 31), "完成省级电子证照系统升级")));
        Task withMilestone = ws.tasks().require(task29.id());
        Milestone m = withMilestone.milestones().get(0);
        history.perform(ws, TaskEdits.moveMilestone(withMilestone, new Milestone(m.id(), LocalDate.of(2023, 4, 30), m.label())));
        history.perform(ws, TaskEdits.addProgress(task29, ProgressEntry.of(LocalDate.of(2023, 4, 10), 30, "升级方案已报批")));
        Task withProgress = ws.tasks().require(task29.id());
        history.perform(ws, TaskEdits.removeProgress(withProgress, withProgress.progress().get(0)));

        List<HistoryStep> steps = of29();
        assertThat(steps).extracting(s -> s.entries()).containsExactly(
                List.of(entry("进展情况", "2023-04-10 30% 升级方案已报批", "")),
                List.of(entry("进展情况", "", "2023-04-10 30% 升级方案已报批")),
                List.of(entry("时间节点", "2023-03-31 完成省级电子证照系统升级", "2023-04-30 完成省级电子证照系统升级")),
                List.of(entry("时间节点", "", "2023-03-31 完成省级电子证照系统升级")));
    }

    @Test
    void addingAndDeletingATask() {
        Change added = history.perform(ws, PlanEdits.addTask(plan, task29, "建立电子证照共享目录。"));
        long newId = added.focusTask();
        assertThat(ws.history().ofTask(newId)).singleElement().satisfies(s ->
                assertThat(s.entries()).containsExactly(new HistoryEntry(newId, plan.id(), "30", "任务", "", "建立电子证照共享目录。")));

        history.perform(ws, PlanEdits.deleteTask(ws.tasks().require(newId)));
        List<HistoryStep> steps = ws.history().ofTask(newId);
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).entries()).containsExactly(
                new HistoryEntry(newId, plan.id(), "30", "任务", "建立电子证照共享目录。", ""));
        // the record of a deleted task stays
        assertThat(ws.history().ofPlan(plan.id())).hasSize(2);
    }

    @Test
    void undoRemovesTheChangeAndItsRecordRedoBringsBothBack() {
        history.perform(ws, TaskEdits.notes(task29, "第一条"));
        person = "张华";
        history.perform(ws, TaskEdits.status(task29, TaskStatus.DONE));
        List<HistoryStep> both = of29();
        assertThat(both).extracting(HistoryStep::person).containsExactly("张华", "李明");

        history.undo(ws);
        assertThat(ws.tasks().require(task29.id()).status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(of29()).containsExactly(both.get(1));
        assertThat(ws.history().stepCount()).isEqualTo(1);

        history.redo(ws);
        assertThat(ws.tasks().require(task29.id()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(of29()).containsExactlyElementsOf(both);

        history.undo(ws);
        history.undo(ws);
        assertThat(of29()).isEmpty();
        assertThat(ws.tasks().require(task29.id()).notes()).isEmpty();
    }

    @Test
    void anEditThatFailsLeavesNoRecord() {
        Edit failing = new Edit() {
            @Override
            public String description() {
                return "坏的修改";
            }

            @Override
            public java.util.Set<Long> tasks() {
                return java.util.Set.of(task29.id());
            }

            @Override
            public Change execute(Workspace w) {
                w.tasks().setNotes(task29.id(), "写了一半");
                throw new IllegalStateException("磁盘已满");
            }

            @Override
            public Change undo(Workspace w) {
                return Change.task(plan.id(), task29.id());
            }
        };
        assertThatThrownBy(() -> history.perform(ws, failing)).isInstanceOf(IllegalStateException.class);
        assertThat(of29()).isEmpty();
        assertThat(ws.tasks().require(task29.id()).notes()).isEmpty();
    }

    @Test
    void anEditThatNamesNoTasksIsRecordedByItsSentenceForTheTasksItChanged() {
        Edit decided = new Edit() {
            @Override
            public String description() {
                return "批准任务 29 的延期申请";
            }

            @Override
            public Change execute(Workspace w) {
                return Change.task(plan.id(), task29.id());
            }

            @Override
            public Change undo(Workspace w) {
                return Change.task(plan.id(), task29.id());
            }
        };
        history.perform(ws, decided);
        assertThat(of29()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("批准任务 29 的延期申请");
            assertThat(s.entries()).containsExactly(HistoryEntry.whole(task29.id(), plan.id(), "29"));
        });
    }

    @Test
    void renamingAPlanTouchesNoTaskAndLeavesNoStep() {
        history.perform(ws, PlanEdits.rename(plan, "新标题"));
        assertThat(ws.history().stepCount()).isZero();
    }
}
