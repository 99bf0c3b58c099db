package org.luoshi.app.detail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.luoshi.app.SamplePlan;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.find.PlanRef;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail pane on the test stage, showing task 29 of the sample plan stored in a real workspace, in
 * Chinese; each edit goes through an {@link EditHistory} and the pane then shows the stored task, as the
 * window does. Shared by the detail pane's UI tests.
 */
final class Task29Pane implements AutoCloseable {
    final Workspace ws;
    final Plan plan;
    final long task29;
    final EditHistory history;
    /** The descriptions of the edits performed, in order. */
    final List<String> performed = new ArrayList<>();
    TaskDetailPane pane;
    private final StatusLights lights;

    private Task29Pane(Path dir, LocalDate today, ZoneId zone, EditHistory history) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        this.ws = Workspace.open(dir.resolve("w.db"));
        this.plan = ws.plans().save(SamplePlan.parse().plan());
        this.task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow().id();
        this.history = history;
        this.lights = new StatusLights(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone), LightThresholds.DEFAULT);
    }

    /** Shows the pane; {@code beforeShown} may wire more into it (on the FX thread) before it is shown. */
    static Task29Pane show(Path dir, LocalDate today, ZoneId zone, EditHistory history,
            Consumer<Task29Pane> beforeShown) throws Exception {
        Task29Pane f = new Task29Pane(dir, today, zone, history);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            f.pane = new TaskDetailPane(f::perform, new UnitNames() {
                @Override
                public List<String> all() {
                    return List.of();
                }

                @Override
                public String canonical(String typed) {
                    return typed;
                }
            }, () -> today);
            beforeShown.accept(f);
            // Within Monocle's headless screen (1280×800): a taller window overflows its pixel buffer
            // and the renderer prints a BufferOverflowException trace on every pulse.
            stage.setScene(new Scene(f.pane, 420, 780));
            stage.show();
            f.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return f;
    }

    static Task29Pane show(Path dir, LocalDate today) throws Exception {
        return show(dir, today, ZoneId.systemDefault(), new EditHistory(), f -> { });
    }

    void perform(Edit edit) {
        history.perform(ws, edit);
        performed.add(edit.description());
        show();
    }

    void show() {
        pane.show(TaskFacts.of(stored(), PlanRef.of(plan), lights));
    }

    /** Shows another task of the plan, as stored. */
    void show(long taskId) {
        pane.show(TaskFacts.of(ws.tasks().require(taskId), PlanRef.of(plan), lights));
    }

    Task stored() {
        return ws.tasks().require(task29);
    }

    static void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }
}
