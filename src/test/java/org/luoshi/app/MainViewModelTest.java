package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.PlanEdits;
import org.luoshi.exchange.PlanJsonExchange;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.plan.Plan;
import org.luoshi.session.CallerThreadTasks;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.storage.Workspace;

/**
 * The main view model without a toolkit: a same-thread runner does the session's work at once, so
 * each call's effect on the properties can be checked right after it (JabRef's view-model tests).
 */
class MainViewModelTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2023, 3, 28).atTime(9, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path dir;
    private Path file;
    private MainViewModel model;
    private final List<Long> revisions = new ArrayList<>();

    @BeforeEach
    void openTheSamplePlan() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        file = RunningApp.withSamplePlan(dir.resolve("workspace.db"));
        model = new MainViewModel(new CallerThreadTasks(), file, TODAY, Runnable::run);
        model.dataRevisionProperty().addListener((obs, old, now) -> revisions.add(now.longValue()));
        model.open();
    }

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void aNewWorkspaceOpensWithTheSamplePlanOnShowAndEveryTaskIndexed() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.indexReadyProperty().get()).isTrue();
        assertThat(model.plansProperty()).hasSize(1);
        Plan shown = model.planProperty().get();
        assertThat(shown.docNumber()).isEqualTo("晋政办发〔2023〕1号");
        assertThat(model.cache().index().size()).isEqualTo(shown.tasks().size());
        assertThat(model.statusLine().statusProperty().get()).contains("1").contains(String.valueOf(shown.tasks().size()));
        assertThat(model.editStateProperty().get().canUndo()).isFalse();
    }

    @Test
    void anEditShowsAtOnceAndUndoAndRedoFollowIt() {
        Plan shown = model.planProperty().get();
        long before = model.dataRevisionProperty().get();

        model.perform(PlanEdits.rename(shown, "改过的标题"));

        assertThat(model.planProperty().get().displayTitle()).isEqualTo("改过的标题");
        assertThat(model.plansProperty().get(0).title()).isEqualTo("改过的标题");
        assertThat(model.dataRevisionProperty().get()).isGreaterThan(before);
        assertThat(model.editStateProperty().get().undoDescription()).contains("改过的标题");
        assertThat(model.lastChangeProperty().get().planList()).isTrue();

        model.undo();
        assertThat(model.planProperty().get().displayTitle()).isEqualTo(shown.displayTitle());
        assertThat(model.editStateProperty().get().canRedo()).isTrue();

        model.redo();
        assertThat(model.planProperty().get().displayTitle()).isEqualTo("改过的标题");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().list().get(0).title()).as("stored as it happened").isEqualTo("改过的标题");
        }
    }

    @Test
    void deletingThePlanOnShowShowsTheFirstOneLeft() {
        Plan sample = model.planProperty().get();
        model.perform(PlanEdits.duplicate(sample));
        assertThat(model.plansProperty()).hasSize(2);
        Plan copy = model.cache().plan(model.lastChangeProperty().get().focusPlan());
        model.showPlan(copy.id(), p -> { });
        assertThat(model.planProperty().get().id()).isEqualTo(copy.id());

        model.perform(PlanEdits.delete(copy));

        assertThat(model.plansProperty()).hasSize(1);
        assertThat(model.planProperty().get().id()).isEqualTo(sample.id());
        assertThat(model.cache().index().size()).isEqualTo(sample.tasks().size());
    }

    @Test
    void aRefusedEditIsANoticeAndChangesNothing() {
        Plan shown = model.planProperty().get();
        long revision = model.dataRevisionProperty().get();

        model.perform(PlanEdits.duplicate(shown.withId(999_999, List.of())));

        assertThat(model.statusLine().noticeProperty().get()).isNotBlank();
        assertThat(model.statusLine().errorProperty().get()).isNull();
        assertThat(model.plansProperty()).hasSize(1);
        assertThat(model.dataRevisionProperty().get()).isEqualTo(revision);
        assertThat(model.editStateProperty().get().canUndo()).isFalse();
    }

    @Test
    void aPlanReceivedAsJsonIsOneUndoableEditThatComesIntoView() throws Exception {
        Path json = dir.resolve("plan.json");
        Plan sample = model.planProperty().get();
        model.session().run("export", PlanJsonExchange.export(sample.id(), json), p -> { });

        model.session().run("import", PlanJsonExchange.importFile(json), saved -> { });

        assertThat(model.plansProperty()).hasSize(2);
        long received = model.lastChangeProperty().get().focusPlan();
        assertThat(received).isNotEqualTo(sample.id());
        assertThat(model.cache().index().size()).isEqualTo(2 * sample.tasks().size());
        assertThat(model.editStateProperty().get().undoDescription()).startsWith("导入方案");

        model.undo();
        assertThat(model.plansProperty()).hasSize(1);
        assertThat(model.cache().plan(received)).isNull();
    }

    @Test
    void settingsAreStoredAndTheLightsFollowThem() {
        WorkspaceSettings changed = model.settingsProperty().get().withLights(new LightThresholds(14, 10));

        model.saveSettings(changed);
        model.chooseMyUnit("省财政厅");

        assertThat(model.lights().thresholds()).isEqualTo(new LightThresholds(14, 10));
        assertThat(model.settingsProperty().get().myUnit()).isEqualTo("省财政厅");
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceSettings stored = WorkspaceSettings.load(ws);
            assertThat(stored.lights()).isEqualTo(new LightThresholds(14, 10));
            assertThat(stored.myUnit()).isEqualTo("省财政厅");
        }
    }

    @Test
    void aWorkspaceThatCannotBeOpenedIsAnErrorNotANotice() throws Exception {
        Path notADatabase = dir.resolve("broken.db");
        java.nio.file.Files.writeString(notADatabase, "this is not a workspace ".repeat(200));
        MainViewModel broken = new MainViewModel(new CallerThreadTasks(), notADatabase, TODAY, Runnable::run);

        broken.open();

        assertThat(broken.loadedProperty().get()).isFalse();
        assertThat(broken.statusLine().errorProperty().get()).isNotBlank();
        assertThat(java.nio.file.Files.readString(notADatabase)).startsWith("this is not a workspace");
    }
}
