package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

class TaskRepositoryTest extends EngineTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Task task29;

    @BeforeEach
    void open() {
        ws = open(dir.resolve("workspace.db"));
        Plan plan = ws.plans().save(SamplePlans.shanxi());
        task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void loadGivesTheStoredTask() {
        assertThat(ws.tasks().load(task29.id())).contains(task29);
        assertThat(ws.tasks().load(task29.id() + 1000)).isEmpty();
    }

    @Test
    void addedProgressGetsAnIdAndTakesItsPlaceByDate() {
        ProgressEntry added = ws.tasks().addProgress(task29.id(),
                ProgressEntry.of(LocalDate.of(2023, 3, 1), 45, "电子印章系统联调"));

        assertThat(added.id()).isPositive();
        assertThat(added).isEqualTo(new ProgressEntry(added.id(), LocalDate.of(2023, 3, 1), 45, "电子印章系统联调"));
        assertThat(ws.tasks().load(task29.id()).orElseThrow().progress())
                .extracting(ProgressEntry::percent).containsExactly(30, 45, 60);
    }

    @Test
    void addedMilestoneGetsAnIdAndTakesItsPlaceByDate() {
        Milestone added = ws.tasks().addMilestone(task29.id(), Milestone.of(LocalDate.of(2023, 1, 31), "编制电子证照目录"));

        assertThat(added.id()).isPositive();
        assertThat(ws.tasks().load(task29.id()).orElseThrow().milestones()).first().isEqualTo(added);
    }

    @Test
    void statusAndTextChangeAndNothingElse() {
        ws.tasks().setStatus(task29.id(), TaskStatus.DONE);
        ws.tasks().updateText(task29.id(), "加快构建统一、实时的电子证照库。");

        Task changed = ws.tasks().load(task29.id()).orElseThrow();
        assertThat(changed.status()).isEqualTo(TaskStatus.DONE);
        assertThat(changed.text()).isEqualTo("加快构建统一、实时的电子证照库。");
        assertThat(changed).isEqualTo(new Task(task29.id(), task29.seq(), task29.number(), task29.part(),
                task29.section(), changed.text(), task29.assignments(), task29.othersIncluded(), task29.deadlines(),
                task29.milestones(), task29.progress(), TaskStatus.DONE, task29.sourceLine()));
    }

    @Test
    void editsOfAnUnknownTaskAreRefusedAndChangeNothing() {
        long unknown = task29.id() + 1000;
        Map<String, List<String>> before = WorkspaceDump.of(ws);

        assertThatThrownBy(() -> ws.tasks().addProgress(unknown, ProgressEntry.of(LocalDate.of(2023, 3, 1), 1, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The workspace has no task " + unknown + ".");
        assertThatThrownBy(() -> ws.tasks().addMilestone(unknown, Milestone.of(LocalDate.of(2023, 3, 1), "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.tasks().setStatus(unknown, TaskStatus.DONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.tasks().updateText(unknown, "x"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(WorkspaceDump.of(ws)).isEqualTo(before);
    }

    @Test
    void editsSurviveReopening() {
        ProgressEntry added = ws.tasks().addProgress(task29.id(), ProgressEntry.of(LocalDate.of(2023, 6, 30), 100, "完成"));
        ws.tasks().setStatus(task29.id(), TaskStatus.CLOSED);
        ws.close();

        ws = open(dir.resolve("workspace.db"));
        Task reloaded = ws.tasks().load(task29.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(reloaded.latestProgress()).isEqualTo(added);
        assertThat(reloaded.progress()).hasSize(3);
        assertThat(List.copyOf(reloaded.milestones())).isEqualTo(task29.milestones());
    }
}
