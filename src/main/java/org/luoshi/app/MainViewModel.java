package org.luoshi.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.storage.Workspace;

/**
 * State of the main window: the workspace's plans and the plan on show. All workspace access runs
 * through {@link BackgroundTasks}, so the workspace object is touched by the I/O thread only.
 */
public final class MainViewModel {
    private final BackgroundTasks tasks;
    private final Path workspaceFile;
    private Workspace workspace; // I/O thread only
    private final EditHistory history = new EditHistory(); // I/O thread only

    private final ReadOnlyListWrapper<PlanSummary> plans =
            new ReadOnlyListWrapper<>(this, "plans", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    public MainViewModel(BackgroundTasks tasks, Path workspaceFile) {
        this.tasks = tasks;
        this.workspaceFile = workspaceFile;
    }

    /** Opens the workspace; on first start imports the sample plan; then shows the first plan. */
    public void open() {
        status.set(Messages.get("app.loading"));
        tasks.run(Messages.get("app.loading"), () -> {
            workspace = Workspace.open(workspaceFile);
            SamplePlan.seedIfEmpty(workspace);
            List<PlanSummary> list = workspace.plans().list();
            Plan first = list.isEmpty() ? null : workspace.plans().load(list.get(0).id()).orElse(null);
            return new Loaded(list, first);
        }, this::show, this::fail);
    }

    public void select(PlanSummary summary) {
        if (summary == null || (plan.get() != null && plan.get().id() == summary.id())) {
            return;
        }
        tasks.run(Messages.get("app.loading"), () -> new Loaded(workspace.plans().list(),
                workspace.plans().load(summary.id()).orElse(null)), this::show, this::fail);
    }

    /**
     * Runs {@code work} with the open workspace on the I/O thread; {@code onDone} gets its result on
     * the FX thread. Features use this instead of touching the workspace themselves.
     */
    public <T> void withWorkspace(String description, Function<Workspace, T> work, Consumer<T> onDone) {
        tasks.run(description, () -> work.apply(workspace), onDone, this::fail);
    }

    /** Reloads the plan list and the plan on show, after a change made elsewhere. */
    public void reload() {
        Plan current = plan.get();
        tasks.run(Messages.get("app.loading"), () -> {
            List<PlanSummary> list = workspace.plans().list();
            long id = current != null && list.stream().anyMatch(p -> p.id() == current.id()) ? current.id()
                    : list.isEmpty() ? -1 : list.get(0).id();
            return new Loaded(list, id < 0 ? null : workspace.plans().load(id).orElse(null));
        }, this::show, this::fail);
    }

    /** Shows the plan {@code id} (after an import, say), refreshing the plan list. */
    public void showPlan(long id) {
        tasks.run(Messages.get("app.loading"), () -> new Loaded(workspace.plans().list(),
                workspace.plans().load(id).orElse(null)), this::show, this::fail);
    }

    /**
     * Runs an edit through the undo history (one workspace transaction), then shows the plan again
     * with the change.
     */
    public void perform(Edit edit) {
        Plan current = plan.get();
        tasks.run(edit.description(), () -> {
            history.perform(workspace, edit);
            return reloaded(current);
        }, loaded -> {
            show(loaded);
            status.set(Messages.get("edit.done", edit.description()));
        }, this::fail);
    }

    /** Undoes the last edit; says so when there is none. */
    public void undo() {
        step(true);
    }

    /** Does the last undone edit again; says so when there is none. */
    public void redo() {
        step(false);
    }

    private void step(boolean back) {
        Plan current = plan.get();
        tasks.run(Messages.get(back ? "action.undo" : "action.redo"), () -> {
            EditHistory.State before = history.state();
            String what = back ? before.undoDescription() : before.redoDescription();
            if (what == null) {
                return new Stepped(null, what);
            }
            if (back) {
                history.undo(workspace);
            } else {
                history.redo(workspace);
            }
            return new Stepped(reloaded(current), what);
        }, stepped -> {
            if (stepped.loaded() != null) {
                show(stepped.loaded());
            }
            status.set(stepped.what() == null ? Messages.get(back ? "edit.nothingToUndo" : "edit.nothingToRedo")
                    : Messages.get(back ? "edit.undone" : "edit.redone", stepped.what()));
        }, this::fail);
    }

    /** The plan list and the plan on show, read again (I/O thread). */
    private Loaded reloaded(Plan current) {
        List<PlanSummary> list = workspace.plans().list();
        long id = current != null && list.stream().anyMatch(p -> p.id() == current.id()) ? current.id()
                : list.isEmpty() ? -1 : list.get(0).id();
        return new Loaded(list, id < 0 ? null : workspace.plans().load(id).orElse(null));
    }

    private record Stepped(Loaded loaded, String what) {
    }

    /** Puts a message in the status bar. */
    public void say(String message) {
        status.set(message);
    }

    private void show(Loaded result) {
        plans.setAll(result.plans());
        plan.set(result.plan());
        int taskTotal = result.plans().stream().mapToInt(PlanSummary::taskCount).sum();
        status.set(result.plans().isEmpty() ? Messages.get("app.noPlans")
                : Messages.get("app.planCount", result.plans().size(), taskTotal));
        loaded.set(true);
    }

    private void fail(Throwable t) {
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        error.set(Messages.get("app.error.workspace", message));
        status.set(Messages.get("app.error.workspace", message));
    }

    /** Closes the workspace after any queued work. */
    public void close() {
        tasks.run("close", () -> {
            if (workspace != null) {
                workspace.close();
                workspace = null;
            }
            return null;
        }, r -> { }, t -> { });
        tasks.shutdown();
    }

    public Path workspaceFile() {
        return workspaceFile;
    }

    public ReadOnlyListProperty<PlanSummary> plansProperty() {
        return plans.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A message for the user when the workspace cannot be used; null while all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the first load finished (tests wait on it). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private record Loaded(List<PlanSummary> plans, Plan plan) {
    }
}
