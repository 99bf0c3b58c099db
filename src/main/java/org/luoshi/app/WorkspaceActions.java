package org.luoshi.app;

import org.luoshi.ui.DialogButtons;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.luoshi.edit.PlanEdits;
import org.luoshi.exchange.PlanJsonExchange;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.settings.ui.SettingsDialog;

/**
 * The handlers of the plan workspace's actions: plans made, copied, renamed, deleted, sent and
 * received as JSON; tasks added and deleted; undo and redo; find; my unit; settings.
 */
final class WorkspaceActions {
    private final MainViewModel model;
    private final MainWindow window;
    private final Stage stage;
    private final Path settingsFile;
    private UserSettings userSettings;

    WorkspaceActions(MainViewModel model, MainWindow window, Stage stage, Path settingsFile, UserSettings userSettings) {
        this.model = model;
        this.window = window;
        this.stage = stage;
        this.settingsFile = settingsFile;
        this.userSettings = userSettings;
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
        window.onAction(AppAction.SETTINGS, this::settings);
        var detailPane = window.detailPaneShownProperty();
        detailPane.set(userSettings.detailPaneShown());
        window.onAction(AppAction.TOGGLE_DETAIL_PANE, () -> detailPane.set(!detailPane.get()));
        detailPane.addListener((obs, was, shown) -> keepUserSettings(userSettings.withDetailPaneShown(shown), null));

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

    private void withPlan(java.util.function.Consumer<Plan> action) {
        Plan p = model.planProperty().get();
        if (p != null) {
            action.accept(p);
        }
    }

    private void newPlan() {
        new NewPlanDialog(stage).showAndWait().ifPresent(plan -> model.perform(PlanEdits.create(plan)));
    }

    private void renamePlan() {
        withPlan(p -> {
            TextInputDialog dialog = new TextInputDialog(p.displayTitle());
            dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
            dialog.initOwner(stage);
            dialog.setTitle(Messages.get("action.renamePlan"));
            dialog.setHeaderText(Messages.get("renamePlan.header"));
            dialog.getEditor().setPrefColumnCount(36);
            dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty() && !t.equals(p.displayTitle()))
                    .ifPresent(title -> model.perform(PlanEdits.rename(p, title)));
        });
    }

    private void deletePlan() {
        withPlan(p -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    Messages.get("deletePlan.text", p.tasks().size()), DialogButtons.ok(), DialogButtons.cancel());
            confirm.initOwner(stage);
            confirm.setTitle(Messages.get("action.deletePlan"));
            confirm.setHeaderText(Messages.get("deletePlan.header", p.displayTitle()));
            if (confirm.showAndWait().filter(DialogButtons::isOk).isPresent()) {
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
        TextInputDialog dialog = new TextInputDialog();
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("action.addTask"));
        dialog.setHeaderText(after == null ? Messages.get("addTask.atEnd", plan.displayTitle())
                : Messages.get("addTask.after", after.label()));
        dialog.getEditor().setPrefColumnCount(40);
        dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty())
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
        if (task == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, task.text(), DialogButtons.ok(),
                DialogButtons.cancel());
        confirm.initOwner(stage);
        confirm.setTitle(Messages.get("action.deleteTask"));
        confirm.setHeaderText(Messages.get("deleteTask.header", task.label()));
        if (confirm.showAndWait().filter(DialogButtons::isOk).isPresent()) {
            model.perform(PlanEdits.deleteTask(task));
        }
    }

    private void exportPlan() {
        withPlan(p -> {
            FileChooser chooser = jsonChooser(Messages.get("action.exportPlanJson"));
            chooser.setInitialFileName(fileNameFor(p) + ".json");
            File file = chooser.showSaveDialog(stage);
            if (file == null) {
                return;
            }
            model.session().run(Messages.get("export.running"), PlanJsonExchange.export(p.id(), file.toPath()),
                    whole -> model.say(Messages.get("export.written", file, whole.tasks().size())), model::failed);
        });
    }

    private void importPlan() {
        File file = jsonChooser(Messages.get("action.importPlanJson")).showOpenDialog(stage);
        if (file == null) {
            return;
        }
        model.session().run(Messages.get("import.running"), PlanJsonExchange.importFile(file.toPath()),
                saved -> model.say(Messages.get("import.saved", saved.displayTitle(), saved.tasks().size())),
                model::failed);
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.planJson"), "*.json"));
        return chooser;
    }

    /** A file name from the plan's document number or title, without characters file systems refuse. */
    static String fileNameFor(Plan p) {
        String base = p.docNumber() != null ? p.docNumber() : p.displayTitle();
        String cleaned = base.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return cleaned.isEmpty() ? "plan" : cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    private void settings() {
        Optional<SettingsDialog.Result> chosen = new SettingsDialog(stage, userSettings,
                model.settingsProperty().get()).showAndWait();
        chosen.ifPresent(r -> {
            if (!r.workspace().equals(model.settingsProperty().get())) {
                model.saveSettings(r.workspace());
            }
            if (!r.user().equals(userSettings)) {
                boolean languageChanged = r.user().language() != userSettings.language();
                keepUserSettings(r.user(), languageChanged ? Messages.get("settings.restart") : Messages.get("settings.saved"));
            }
        });
    }

    /** Makes {@code user} this person's settings and writes them to their file; says {@code saved} after, if not null. */
    private void keepUserSettings(UserSettings user, String saved) {
        userSettings = user;
        model.setUserSettings(user);
        model.session().run(Messages.get("settings.saving"), s -> {
            try {
                UserSettingsFile.save(settingsFile, user);
            } catch (IOException e) {
                throw new IllegalStateException(Messages.get("settings.error.save", settingsFile, e.getMessage()), e);
            }
            return user;
        }, done -> {
            if (saved != null) {
                model.say(saved);
            }
        });
    }
}
