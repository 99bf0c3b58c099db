package org.luoshi.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.Edit;
import org.luoshi.find.PlanRef;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.timeline.TimelineFixtures;
import org.luoshi.timeline.TimelineHorizons;
import org.luoshi.timeline.TimelineTree;
import org.luoshi.ui.ScriptedDialogs;
import org.luoshi.ui.ScriptedDialogs.Asked;
import org.luoshi.ui.ScriptedDialogs.Kind;
import org.luoshi.ui.ViewHost;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline facade on its own, headless, as the main window would wire it: a view host that is a
 * plain stage, observables for what is on show, a session over a real workspace (work on the FX
 * thread) and a {@link ScriptedDialogs} whose answers the test scripts.
 */
class TimelineFeatureUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate JUNE30 = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    private final Host host = new Host();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> said = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<Long> selectedInTable = new ArrayList<>();
    private final SimpleObjectProperty<List<OutlineRow>> rows = new SimpleObjectProperty<>(List.of());
    private final SimpleObjectProperty<Object> view = new SimpleObjectProperty<>("plan 1");
    private final SimpleObjectProperty<Long> planId = new SimpleObjectProperty<>(0L);
    private final SimpleStringProperty title = new SimpleStringProperty("晋政办发〔2023〕1号");
    private final SimpleObjectProperty<TaskFacts> selected = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<StatusLights> lights =
            new SimpleObjectProperty<>(TimelineFixtures.lightsOn(LocalDate.of(2023, 2, 1)));
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty(false);
    private final Map<Long, TaskFacts> facts = new HashMap<>();
    private Workspace workspace;
    private Plan sample;
    private TimelineFeature timeline;

    @BeforeEach
    void start() throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
        workspace.settings().put(TimelineHorizons.key(1), JUNE30.toString());
        sample = TimelineFixtures.sample();
        sample.tasks().forEach(t -> facts.put(t.id(), TaskFacts.of(t, PlanRef.of(sample), lights.get())));
        host.stage = FxToolkit.registerPrimaryStage();
        timeline = onFx(() -> new TimelineFeature(host.stage, host, new TimelineFeature.OnShow(rows, view, planId,
                title, selected, selectedInTable::add, facts::get), Session.of(workspace), edits::add, lights,
                loaded, dialogs, said::add));
        onFx(() -> {
            rows.set(PlanOutline.of(sample, "其他"));
            planId.set(1L);
            loaded.set(true);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private void show() throws Exception {
        onFx(() -> {
            timeline.show();
            return null;
        });
    }

    @Test
    void theViewJoinsTheHostAndFollowsTheRowsOnlyOnceShown() throws Exception {
        assertThat(host.views).containsOnlyKeys(TimelineFeature.VIEW).containsValue(timeline.pane());
        assertThat(timeline.chart().getRows().size()).as("nothing laid out before the view is shown").isZero();

        show();
        assertThat(host.shown).containsExactly(TimelineFeature.VIEW);
        assertThat(timeline.pane().getScene()).isSameAs(host.stage.getScene());
        assertThat(timeline.chart().getRows().size()).isPositive();
    }

    /** The warm-up after the window settled: the view joins the scene hidden, then its chart is worked out. */
    private TimelineTree warmUp() throws Exception {
        onFx(() -> {
            timeline.warmUp();
            return null;
        });
        assertThat(host.prepared).containsExactly(TimelineFeature.VIEW);
        org.luoshi.testing.FxFrames.await(3);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> timeline.chart().preparedFor(rows.get()));
    }

    @Test
    void theFirstOpenShowsTheChartWorkedOutAtTheWarmUp() throws Exception {
        TimelineTree ready = warmUp();
        assertThat(ready).as("worked out before the first open").isNotNull();
        assertThat(ready.taskCount()).isEqualTo(sample.tasks().size());
        assertThat(timeline.chart().getRows().size()).as("nothing on show yet").isZero();

        show();
        assertThat(timeline.chart().treeProperty().get()).isSameAs(ready);
        assertThat(timeline.chart().getRows().size()).isPositive();
        assertThat(onFx(() -> timeline.chart().preparedFor(rows.get()))).as("used once, then dropped").isNull();
    }

    @Test
    void rowsChangedAfterTheWarmUpAreShownAsTheyAreNow() throws Exception {
        TimelineTree ready = warmUp();
        assertThat(ready).isNotNull();
        // An edit (or a search) while the timeline is still closed: other rows on show.
        List<OutlineRow> fewer = List.of(rows.get().get(0));
        int tasksLeft = fewer.get(0).taskCount();
        assertThat(tasksLeft).isLessThan(sample.tasks().size());
        onFx(() -> {
            rows.set(fewer);
            return null;
        });

        show();
        assertThat(timeline.chart().treeProperty().get()).isNotSameAs(ready);
        assertThat(timeline.chart().treeProperty().get().taskCount()).isEqualTo(tasksLeft);
    }

    @Test
    void newLightsAfterTheWarmUpAreShownNotTheOnesWorkedOutBefore() throws Exception {
        TimelineTree ready = warmUp();
        assertThat(ready.today()).isEqualTo(LocalDate.of(2023, 2, 1));
        onFx(() -> {
            lights.set(TimelineFixtures.lightsOn(LocalDate.of(2023, 7, 3))); // the next day came (midnight)
            return null;
        });

        show();
        assertThat(timeline.chart().treeProperty().get().today()).isEqualTo(LocalDate.of(2023, 7, 3));
    }

    @Test
    void aPlansStoredHorizonIsShownAndAHorizonSetIsSavedWithThePlan() throws Exception {
        show();
        assertThat(timeline.chart().horizonProperty().get()).isEqualTo(JUNE30);
        assertThat(timeline.chart().treeProperty().get().horizon()).isEqualTo(JUNE30);

        LocalDate end = LocalDate.of(2025, 3, 31);
        onFx(() -> {
            timeline.chart().setHorizon(end);
            return null;
        });
        assertThat(workspace.settings().get(TimelineHorizons.key(1))).contains("2025-03-31");

        onFx(() -> {
            planId.set(0L); // a list across plans: no horizon of its own to show or set
            return null;
        });
        assertThat(timeline.chart().horizonProperty().get()).isNull();
        assertThat(timeline.pane().lookup("#timeline-horizon").isDisabled()).isTrue();
        assertThat(workspace.settings().get(TimelineHorizons.key(1))).as("kept").contains("2025-03-31");

        onFx(() -> {
            planId.set(1L);
            timeline.chart().setHorizon(null);
            return null;
        });
        assertThat(workspace.settings().get(TimelineHorizons.key(1))).as("cleared").isEmpty();
    }

    @Test
    void theSelectionIsKeptInStepWithTheTable() throws Exception {
        show();
        Task t29 = TimelineFixtures.task29(sample);
        onFx(() -> {
            selected.set(facts.get(t29.id()));
            return null;
        });
        assertThat(timeline.chart().getSelectedTask().id()).isEqualTo(t29.id());
        assertThat(selectedInTable).as("no echo back to the table").isEmpty();

        Task first = sample.tasks().get(0);
        onFx(() -> {
            timeline.chart().setSelectedTask(first);
            return null;
        });
        assertThat(selectedInTable).containsExactly(first.id());
    }

    @Test
    void anotherViewStartsWithItsWholeTimeSpanInSight() throws Exception {
        show();
        onFx(() -> {
            timeline.zoomIn();
            timeline.zoomIn();
            return null;
        });
        double zoomed = timeline.chart().getPixelsPerDay();
        onFx(() -> {
            view.set("a list across plans");
            return null;
        });
        assertThat(timeline.chart().getPixelsPerDay()).isLessThan(zoomed);
    }

    @Test
    void aPngIsSavedWhereThePersonChoosesAndTheStatusBarSaysSo() throws Exception {
        show();
        Path target = dir.resolve("chart.png");
        dialogs.savingTo(target);
        onFx(() -> {
            timeline.exportPng();
            return null;
        });
        assertThat(dialogs.asked()).singleElement().extracting(Asked::question, Asked::initial)
                .containsExactly("chooseSaveFile", "晋政办发〔2023〕1号-时间轴.png");
        assertThat(Files.size(target)).isPositive();
        assertThat(said).containsExactly("已保存 " + target + "。");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void noFileChosenSavesNothingAndAFailedSaveIsShownAsAnError() throws Exception {
        show();
        dialogs.savingTo((Path) null);
        onFx(() -> {
            timeline.exportPng();
            return null;
        });
        assertThat(said).isEmpty();
        assertThat(dialogs.shown()).isEmpty();

        dialogs.savingTo(dir.resolve("no such folder").resolve("chart.png"));
        onFx(() -> {
            timeline.exportPng();
            return null;
        });
        assertThat(said).isEmpty();
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo(Kind.ERROR);
            assertThat(shown.header()).isEqualTo("无法保存或打印时间轴");
        });
        assertThat(dialogs.asked()).extracting(Asked::question).containsExactly("chooseSaveFile", "chooseSaveFile");
    }

    /** The main window's tabs, reduced to one stage whose scene shows the view last asked for. */
    private static final class Host implements ViewHost {
        Stage stage;
        final Map<String, Node> views = new HashMap<>();
        final Map<String, Runnable> firstShown = new HashMap<>();
        final List<String> shown = new ArrayList<>();
        final List<String> prepared = new ArrayList<>();

        @Override
        public void prepareView(String id) {
            prepared.add(id);
        }

        @Override
        public void addView(String id, String title, Node view) {
            views.put(id, view);
        }

        @Override
        public void whenFirstShown(String id, Runnable action) {
            firstShown.put(id, action);
        }

        @Override
        public void showView(String id) {
            shown.add(id);
            stage.setScene(new Scene(new StackPane(views.get(id)), 1000, 600));
            stage.show();
            Runnable first = firstShown.remove(id);
            if (first != null) {
                first.run();
            }
        }
    }
}
