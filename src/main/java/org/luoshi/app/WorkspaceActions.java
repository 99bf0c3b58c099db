package org.luoshi.app;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import org.luoshi.edit.PlanEdits;
import org.luoshi.exchange.PlanJsonExchange;
import org.luoshi.files.FileNameFit;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.settings.ui.SettingsFeature;
import org.luoshi.ui.DialogService;

/**
 * The handlers of the plan workspace's actions: plans made, copied, renamed, deleted, sent and
 * received as JSON; tasks added and deleted; undo and redo; find; my unit; the detail pane. Every
 * question goes through the {@link DialogService}, every change through the session.
 */
final class WorkspaceActions {
    private static final DialogService.FileFilter JSON =
            DialogService.FileFilter.of(Messages.get("file.planJson"), "*.json");
    private final MainViewModel model;
    private final MainWindow window;
    private final Stage stage;
    private final DialogService dialogs;
    private final SettingsFeature settings;

    WorkspaceActions(MainViewModel model, MainWindow window, Stage stage, DialogService dialogs,
            SettingsFeature settings) {
        this.model = model;
        this.window = window;
        this.stage = stage;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    void register() {
        window.onAction(AppAction.NEW_PLAN, this::newPlan);
        window.onAction(AppAction.IMPORT_PLAN_JSON, this::importPlan);
        window.onAction(AppAction.EXPORT_PLAN_JSON, this::exportPlan);
        window.onAction(AppAction.DUPLICATE_PLAN, () -> withPlan(p -> model.perform(PlanEdits.duplicate(p))));
        window.onAction(AppAction.RENAME_PLAN, this::renamePlan);
        window.onAction(AppAction.DELETE_PLAN, this::deletePlan);
        window.onAction(AppAction.UNDO, () -> {
            window.detail().commitPending();
            model.undo();
        });
        window.onAction(AppAction.REDO, model::redo);
        window.onAction(AppAction.ADD_TASK, this::addTask);
        window.onAction(AppAction.DELETE_TASK, this::deleteTask);
        window.onAction(AppAction.FIND, () -> window.filters().focusSearch());
        window.onAction(AppAction.MY_UNIT, () -> window.views().viewProperty().set(new ViewKey.MyUnitView()));
        window.onAction(AppAction.CLEAR_FILTERS, () -> window.filters().clearFilters());
        window.onAction(AppAction.SETTINGS, settings::showDialog);
        var detailPane = window.detailPaneShownProperty();
        detailPane.set(settings.userSettingsProperty().get().detailPaneShown());
        window.onAction(AppAction.TOGGLE_DETAIL_PANE, () -> detailPane.set(!detailPane.get()));
        detailPane.addListener((obs, was, shown) ->
                settings.keep(settings.userSettingsProperty().get().withDetailPaneShown(shown), null));

        var state = model.editStateProperty();
        window.actionText(AppAction.UNDO, Bindings.createStringBinding(() -> state.get().canUndo()
                ? Messages.get("action.undo.named", state.get().undoDescription()) : Messages.get("action.undo"), state));
        window.actionText(AppAction.REDO, Bindings.createStringBinding(() -> state.get().canRedo()
                ? Messages.get("action.redo.named", state.get().redoDescription()) : Messages.get("action.redo"), state));
        window.actionDisabled(AppAction.UNDO, Bindings.createBooleanBinding(() -> !state.get().canUndo(), state));
        window.actionDisabled(AppAction.REDO, Bindings.createBooleanBinding(() -> !state.get().canRedo(), state));
        var noPlan = model.planProperty().isNull();
        for (AppAction a : new AppAction[] {AppAction.EXPORT_PLAN_JSON, AppAction.DUPLICATE_PLAN,
                AppAction.RENAME_PLAN, AppAction.DELETE_PLAN}) {
            window.actionDisabled(a, noPlan);
        }
        window.actionDisabled(AppAction.DELETE_TASK, window.views().selectedProperty().isNull());
    }

    private void withPlan(Consumer<Plan> action) {
        Plan p = model.planProperty().get();
        if (p != null) {
            action.accept(p);
        }
    }

    private void newPlan() {
        new NewPlanDialog(stage).showAndWait().ifPresent(plan -> model.perform(PlanEdits.create(plan)));
    }

    private void renamePlan() {
        withPlan(p -> dialogs.askText(Messages.get("action.renamePlan"), Messages.get("renamePlan.header"),
                p.displayTitle()).filter(t -> !t.equals(p.displayTitle()))
                .ifPresent(title -> model.perform(PlanEdits.rename(p, title))));
    }

    private void deletePlan() {
        withPlan(p -> {
            if (dialogs.confirm(Messages.get("action.deletePlan"), Messages.get("deletePlan.header", p.displayTitle()),
                    Messages.get("deletePlan.text", p.tasks().size()))) {
                model.perform(PlanEdits.delete(p));
            }
        });
    }

    private void addTask() {
        Plan plan = currentPlanView();
        if (plan == null) {
            model.say(Messages.get("addTask.needPlan"));
            return;
        }
        Task selected = window.selectedTask();
        Task after = selected != null && plan.task(selected.id()) != null ? selected : null;
        String header = after == null ? Messages.get("addTask.atEnd", plan.displayTitle())
                : Messages.get("addTask.after", after.label());
        dialogs.askText(Messages.get("action.addTask"), header, "")
                .ifPresent(text -> model.perform(PlanEdits.addTask(plan, after, text)));
    }

    /** The plan whose tasks are on show, or null when a list across plans is. */
    private Plan currentPlanView() {
        if (window.views().viewProperty().get() instanceof ViewKey.PlanView pv) {
            return model.cache().plan(pv.planId());
        }
        return null;
    }

    private void deleteTask() {
        Task task = window.selectedTask();
        if (task != null && dialogs.confirm(Messages.get("action.deleteTask"),
                Messages.get("deleteTask.header", task.label()), task.text())) {
            model.perform(PlanEdits.deleteTask(task));
        }
    }

    private void exportPlan() {
        withPlan(p -> dialogs.chooseSaveFile(Messages.get("action.exportPlanJson"), fileNameFor(p) + ".json", JSON)
                .ifPresent(file -> model.session().run(Messages.get("export.running"),
                        PlanJsonExchange.export(p.id(), file),
                        whole -> model.say(Messages.get("export.written", file, whole.tasks().size())),
                        model::failed)));
    }

    private void importPlan() {
        dialogs.chooseOpenFile(Messages.get("action.importPlanJson"), JSON).ifPresent(file ->
                model.session().run(Messages.get("import.running"), PlanJsonExchange.importFile(file),
                        saved -> model.say(Messages.get("import.saved", saved.displayTitle(), saved.tasks().size())),
                        model::failed));
    }

    /** A file name from the plan's document number or title, without characters file systems refuse. */
    static String fileNameFor(Plan p) {
        String base = p.docNumber() != null ? p.docNumber() : p.displayTitle();
        String cleaned = SafeText.cut(FileNameFit.base(base.replaceAll("\\s+", "_")), 60);
        return cleaned.isEmpty() || cleaned.equals("_") ? "plan" : cleaned;
    }
}
