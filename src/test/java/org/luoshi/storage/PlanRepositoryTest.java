package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.storage.SamplePlans.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

class PlanRepositoryTest extends EngineTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("workspace.db");
    }

    @Test
    void aSavedPlanLoadsBackEqualAfterReopening() {
        Plan given = SamplePlans.shanxi();
        Plan saved;
        try (Workspace ws = open(file())) {
            saved = ws.plans().save(given);
        }
        try (Workspace ws = open(file())) {
            assertThat(ws.plans().load(saved.id())).contains(saved);
        }
        // Nothing lost or changed on the way in: the stored plan is the given one plus ids.
        assertThat(SamplePlans.withoutIds(saved)).isEqualTo(given);
    }

    @Test
    void saveAssignsIdsToThePlanTasksUnitsMilestonesAndProgress() {
        try (Workspace ws = open(file())) {
            Plan saved = ws.plans().save(SamplePlans.shanxi());

            assertThat(saved.id()).isPositive();
            assertThat(saved.tasks()).extracting(Task::id).allMatch(id -> id > 0).doesNotHaveDuplicates();
            List<Assignment> assignments = saved.tasks().stream().flatMap(t -> t.assignments().stream()).toList();
            assertThat(assignments).allMatch(a -> a.unit().id() > 0);
            // 省市场监管局 leads task 2 and is responsible for task 29: one unit, one id.
            assertThat(assignments).filteredOn(a -> a.unit().name().equals("省市场监管局"))
                    .extracting(a -> a.unit().id()).hasSize(2).containsOnly(
                            ws.units().byName("省市场监管局").orElseThrow().id());
            Task t29 = saved.tasks().get(3);
            assertThat(t29.milestones()).extracting(Milestone::id).allMatch(id -> id > 0);
            assertThat(t29.progress()).extracting(ProgressEntry::id).allMatch(id -> id > 0);
            assertThat(t29.unitNames(Role.RESPONSIBLE)).containsExactly("省审批服务管理局", "省市场监管局");
        }
    }

    @Test
    void loadOrdersTasksBySeqAndMilestonesAndProgressByDate() {
        Task late = task(2, "2", null, null, "后", List.of(), false, List.of(),
                List.of(Milestone.of(LocalDate.of(2023, 6, 30), "六月"), Milestone.of(LocalDate.of(2023, 3, 31), "三月")),
                List.of(ProgressEntry.of(LocalDate.of(2023, 5, 1), 50, "五月"),
                        ProgressEntry.of(LocalDate.of(2023, 2, 1), 10, "二月"),
                        ProgressEntry.of(LocalDate.of(2023, 5, 1), 55, "五月，同日第二条")),
                TaskStatus.IN_PROGRESS, 0);
        Task early = task(1, "1", null, null, "先", List.of(), false, List.of(), List.of(), List.of(), null, 0);
        Plan given = new Plan(0, null, "次序", null, null, null, null, List.of(), List.of(), List.of(late, early));
        try (Workspace ws = open(file())) {
            Plan saved = ws.plans().save(given);
            Plan loaded = ws.plans().load(saved.id()).orElseThrow();

            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.tasks()).extracting(Task::seq).containsExactly(1, 2);
            assertThat(loaded.tasks().get(1).milestones()).extracting(Milestone::label).containsExactly("三月", "六月");
            assertThat(loaded.tasks().get(1).progress()).extracting(ProgressEntry::text)
                    .containsExactly("二月", "五月", "五月，同日第二条");
        }
    }

    @Test
    void sectionsWithTheSameNumberInDifferentPartsAreKeptApart() {
        Plan given = new Plan(0, null, "两部分", null, null, null, null,
                List.of(new Part("一", "甲"), new Part("二", "乙")),
                List.of(new Section("一", "一", "甲一"), new Section("二", "一", "乙一")),
                List.of(task(1, "1", "一", "一", "甲一的任务", List.of(), false, List.of(), List.of(), List.of(), null, 1),
                        task(2, "2", "二", "一", "乙一的任务", List.of(), false, List.of(), List.of(), List.of(), null, 2)));
        try (Workspace ws = open(file())) {
            Plan saved = ws.plans().save(given);
            assertThat(ws.plans().load(saved.id())).contains(saved);
            assertThat(MigrationsTest.query(ws, """
                    SELECT s.title FROM task t JOIN section s ON s.id = t.section_id ORDER BY t.seq"""))
                    .containsExactly("甲一", "乙一");
        }
    }

    @Test
    void aTaskInAHeadingThePlanDoesNotListIsRefused() {
        Plan given = new Plan(0, null, "缺章节", null, null, null, null, List.of(new Part("一", "甲")), List.of(),
                List.of(task(1, "1", "一", "五", "无处安放", List.of(), false, List.of(), List.of(), List.of(), null, 1)));
        try (Workspace ws = open(file())) {
            assertThatThrownBy(() -> ws.plans().save(given))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The task 1 is in section 五 of part 一, which the plan does not list.");
            assertThat(ws.plans().isEmpty()).isTrue();
        }
    }

    @Test
    void aPlanStoredAlreadyIsNotSavedAgain() {
        try (Workspace ws = open(file())) {
            Plan saved = ws.plans().save(SamplePlans.small("晋1号", "省财政厅"));
            assertThatThrownBy(() -> ws.plans().save(saved)).isInstanceOf(IllegalArgumentException.class);
            assertThat(ws.plans().list()).hasSize(1);
        }
    }

    @Test
    void listGivesOneSummaryPerPlanInIdOrder() {
        try (Workspace ws = open(file())) {
            Plan first = ws.plans().save(SamplePlans.shanxi());
            Plan second = ws.plans().save(SamplePlans.small("晋2号", "省财政厅", "省教育厅"));
            Plan untitled = ws.plans().save(new Plan(0, "关于印发某方案的通知", " ", "晋3号", null, null, null,
                    List.of(), List.of(), List.of()));

            assertThat(ws.plans().list()).containsExactly(
                    new PlanSummary(first.id(), "落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案",
                            "晋政办发〔2023〕1号", LocalDate.of(2023, 1, 20), 5),
                    new PlanSummary(second.id(), "方案 晋2号", "晋2号", null, 2),
                    new PlanSummary(untitled.id(), "关于印发某方案的通知", "晋3号", null, 0));
        }
    }

    @Test
    void deleteRemovesThePlanAndEverythingInItButKeepsTheUnits() {
        try (Workspace ws = open(file())) {
            Plan saved = ws.plans().save(SamplePlans.shanxi());
            int units = WorkspaceDump.count(ws, "unit");

            assertThat(ws.plans().delete(saved.id())).isTrue();

            assertThat(ws.plans().load(saved.id())).isEmpty();
            assertThat(ws.plans().isEmpty()).isTrue();
            Stream.of("plan", "part", "section", "task", "assignment", "deadline", "milestone", "progress")
                    .forEach(table -> assertThat(WorkspaceDump.count(ws, table)).as(table).isZero());
            assertThat(WorkspaceDump.count(ws, "unit")).isEqualTo(units).isPositive();
            assertThat(ws.plans().delete(saved.id())).isFalse();
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void isEmptyUntilThereIsAPlanAndLoadOfAnUnknownIdIsEmpty() {
        try (Workspace ws = open(file())) {
            assertThat(ws.plans().isEmpty()).isTrue();
            assertThat(ws.plans().list()).isEmpty();
            assertThat(ws.plans().load(1)).isEmpty();
            ws.plans().save(SamplePlans.small("晋1号", "省财政厅"));
            assertThat(ws.plans().isEmpty()).isFalse();
        }
    }
}
