package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.storage.SamplePlans.task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/** A save that fails part-way leaves the workspace exactly as it was: no half plan, no new units. */
class FailedSaveTest extends EngineTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Plan existing;
    private Map<String, List<String>> before;

    @BeforeEach
    void workspaceWithOnePlan() {
        ws = open(dir.resolve("workspace.db"));
        existing = ws.plans().save(SamplePlans.small("晋1号", "省发展改革委"));
        before = WorkspaceDump.of(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theDatabaseRefusingTheLastTaskUndoesTheWholePlan() {
        // Month 13 passes the record but not the deadline table's CHECK: the failure comes from
        // SQLite after the plan row, its headings, four tasks and new units were inserted.
        Task bad = task(99, "99", "二", "十三", "坏的期限", List.of(Assignment.of("一个新单位", Role.LEAD)), false,
                List.of(Deadline.recurring("每年13月", Recurrence.YEARLY, 13, 1)), List.of(), List.of(), null, 0);

        assertThatThrownBy(() -> ws.plans().save(withExtraTask(SamplePlans.shanxi(), bad)))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Could not save the plan in the workspace ")
                .hasMessageContaining(onServer() ? "violates check constraint" : "CHECK constraint failed");

        assertUnchanged();
    }

    @Test
    void aRefusedTaskUndoesTheWholePlan() {
        Task bad = task(99, "99", "二", "九十九", "没有这一节", List.of(), false, List.of(), List.of(), List.of(),
                null, 0);

        assertThatThrownBy(() -> ws.plans().save(withExtraTask(SamplePlans.shanxi(), bad)))
                .isInstanceOf(IllegalArgumentException.class);

        assertUnchanged();
    }

    @Test
    void aUnitListedTwiceInOneRoleUndoesTheWholePlan() {
        Task bad = task(99, "99", null, null, "重复", List.of(Assignment.of("省教育厅", Role.LEAD),
                Assignment.of("省教育厅", Role.LEAD)), false, List.of(), List.of(), List.of(), null, 0);

        assertThatThrownBy(() -> ws.plans().save(withExtraTask(SamplePlans.shanxi(), bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Task 99 lists 省教育厅 twice as LEAD.");

        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(WorkspaceDump.of(ws)).isEqualTo(before);
        assertThat(ws.plans().list()).hasSize(1);
        assertThat(ws.plans().load(existing.id())).contains(existing);
        // And the workspace still works after the failure.
        Plan next = ws.plans().save(SamplePlans.shanxi());
        assertThat(ws.plans().load(next.id())).contains(next);
    }

    private static Plan withExtraTask(Plan plan, Task extra) {
        List<Task> tasks = new ArrayList<>(plan.tasks());
        tasks.add(extra);
        return new Plan(0, plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), plan.issuedOn(),
                plan.sourceText(), plan.parts(), plan.sections(), tasks);
    }
}
