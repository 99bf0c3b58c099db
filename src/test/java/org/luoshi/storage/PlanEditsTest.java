package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.ProgressEntry;

class PlanEditsTest extends EngineTest {

    @TempDir
    Path dir;

    @Test
    void renameChangesTheTitleOnly() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            Plan plan = ws.plans().save(SamplePlans.shanxi());
            ws.plans().rename(plan.id(), "  放管服重点任务  ");
            assertThat(ws.plans().load(plan.id()).orElseThrow()).isEqualTo(plan.withTitle("放管服重点任务"));
            // No title of its own: the notice names it.
            ws.plans().rename(plan.id(), " ");
            assertThat(ws.plans().list()).extracting(PlanSummary::title).containsExactly(plan.notice());
            assertThatThrownBy(() -> ws.plans().rename(plan.id() + 1, "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDeletedPlanIsRestoredWithEveryId() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            Plan plan = ws.plans().save(SamplePlans.shanxi());
            ws.tasks().setContact(plan.tasks().get(0).id(), "张三", "13800000000");
            plan = ws.plans().load(plan.id()).orElseThrow();
            Map<String, List<String>> before = WorkspaceDump.of(ws);

            assertThat(ws.plans().delete(plan.id())).isTrue();
            assertThat(ws.plans().isEmpty()).isTrue();
            Plan back = ws.plans().restore(plan);

            assertThat(back).isEqualTo(plan);
            assertThat(ws.plans().load(plan.id())).contains(plan);
            // Progress added after the restore goes to the restored task.
            ws.tasks().addProgress(plan.tasks().get(3).id(), ProgressEntry.of(LocalDate.of(2023, 5, 1), 70, "x"));
            assertThat(ws.tasks().require(plan.tasks().get(3).id()).progress()).hasSize(3);
            ws.tasks().removeProgress(ws.tasks().require(plan.tasks().get(3).id()).latestProgress().id());

            Map<String, List<String>> after = WorkspaceDump.of(ws);
            for (Map<String, List<String>> dump : List.of(before, after)) {
                dump.remove("sqlite_sequence");
                dump.remove("plan"); // created_at is the time of the restore
                dump.remove("part"); // headings get new ids; nothing refers to them from outside
                dump.remove("section");
                dump.remove("task");
            }
            assertThat(WorkspaceDump.withoutIds(after, "deadline"))
                    .isEqualTo(WorkspaceDump.withoutIds(before, "deadline"));
        }
    }

    @Test
    void restoringAPlanThatIsStillThereIsRefused() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            Plan plan = ws.plans().save(SamplePlans.shanxi());
            assertThatThrownBy(() -> ws.plans().restore(plan)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already");
            assertThatThrownBy(() -> ws.plans().restore(SamplePlans.shanxi()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(ws.plans().list()).hasSize(1);
        }
    }

    @Test
    void loadAllGivesEveryPlanWhole() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            Plan a = ws.plans().save(SamplePlans.shanxi());
            Plan b = ws.plans().save(SamplePlans.small("1号", "省财政厅"));
            assertThat(ws.plans().loadAll()).containsExactly(a, b);
        }
    }

    @Test
    void settingsArePutReplacedAndRemoved() {
        try (Workspace ws = open(dir.resolve("w.db"))) {
            assertThat(ws.settings().get("lights.dueSoonDays")).isEmpty();
            ws.settings().put("lights.dueSoonDays", "7");
            ws.settings().put("lights.dueSoonDays", "10");
            ws.settings().put("my.unit", "省财政厅");
            assertThat(ws.settings().get("lights.dueSoonDays")).contains("10");
            ws.settings().put("my.unit", null);
            assertThat(ws.settings().all()).containsExactly(Map.entry("lights.dueSoonDays", "10"));
        }
        try (Workspace ws = open(dir.resolve("w.db"))) {
            assertThat(ws.settings().get("lights.dueSoonDays")).contains("10");
        }
    }
}
