package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.importer.PlanSaving;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.plan.Unit;

class UnitDirectoryStorageTest extends EngineTest {
    @TempDir
    Path dir;

    private static Plan plan(String title, Assignment... assignments) {
        Task t = new Task(0, 1, "1", null, null, "任务", List.of(assignments), false, List.of(), List.of(), List.of(),
                TaskStatus.NOT_STARTED, 1);
        Task t2 = new Task(0, 2, "2", null, null, "任务二", List.of(assignments[0]), false, List.of(), List.of(),
                List.of(), TaskStatus.NOT_STARTED, 2);
        return new Plan(0, null, title, null, null, null, "", List.of(), List.of(), List.of(t, t2));
    }

    @Test
    void savingPutsNamesThroughTheDirectorySoTwoPlansShareOneUnit() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            PlanSaving.save(ws, plan("甲", Assignment.of("省发改委", Role.LEAD)));
            PlanSaving.save(ws, plan("乙", Assignment.of("省发展和改革委员会", Role.LEAD)));
            assertThat(ws.units().all()).extracting(Unit::name).containsExactly("省发展改革委");
        }
    }

    @Test
    void mergingKeepsEveryAssignmentAndLeavesTheOldNameAsAlias() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            Plan a = ws.plans().save(plan("甲", Assignment.of("营商专班", Role.LEAD), Assignment.of("省财政厅", Role.COOPERATING)));
            Plan b = ws.plans().save(plan("乙", Assignment.of("省营商环境专班", Role.LEAD)));
            long from = ws.units().byName("营商专班").orElseThrow().id();
            long into = ws.units().byName("省营商环境专班").orElseThrow().id();
            ws.units().merge(from, into);

            assertThat(ws.units().byName("营商专班")).isEmpty();
            assertThat(ws.plans().load(a.id()).orElseThrow().tasks())
                    .allSatisfy(t -> assertThat(t.unitNames(Role.LEAD)).containsExactly("省营商环境专班"));
            assertThat(ws.plans().load(b.id()).orElseThrow().tasks().get(0).unitNames(Role.LEAD))
                    .containsExactly("省营商环境专班");
            assertThat(ws.units().aliases()).containsEntry("营商专班", "省营商环境专班");

            // A later import naming the old form lands on the merged unit.
            PlanSaving.save(ws, plan("丙", Assignment.of("营商专班", Role.COOPERATING)));
            assertThat(ws.units().byName("营商专班")).isEmpty();
        }
    }

    @Test
    void mergingWhereATaskNamesBothUnitsInOneRoleKeepsOne() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            Plan a = ws.plans().save(plan("甲", Assignment.of("甲局", Role.RESPONSIBLE), Assignment.of("乙局", Role.RESPONSIBLE)));
            long from = ws.units().byName("甲局").orElseThrow().id();
            long into = ws.units().byName("乙局").orElseThrow().id();
            ws.units().merge(from, into);
            assertThat(ws.plans().load(a.id()).orElseThrow().tasks().get(0).unitNames(Role.RESPONSIBLE))
                    .containsExactly("乙局");
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aliasesAreCheckedAndPersist() {
        Path file = dir.resolve("w.db");
        try (Workspace ws = open(file)) {
            ws.plans().save(plan("甲", Assignment.of("省营商环境专班", Role.LEAD), Assignment.of("省财政厅", Role.COOPERATING)));
            long id = ws.units().byName("省营商环境专班").orElseThrow().id();
            ws.units().addAlias(id, "专班");
            assertThatThrownBy(() -> ws.units().addAlias(id, "省财政厅")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.units().addAlias(999, "别名")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.units().merge(id, id)).isInstanceOf(IllegalArgumentException.class);
        }
        try (Workspace ws = open(file)) {
            assertThat(ws.units().aliases()).containsExactly(java.util.Map.entry("专班", "省营商环境专班"));
        }
    }
}
