package org.luoshi.reminders.ui;

import org.luoshi.ui.DialogWindows;

import org.luoshi.ui.WindowLook;

import org.luoshi.ui.DialogButtons;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.reminders.workspace.SaveReminderRules;

/**
 * Reminder rules: the plan's default (7,3,1,0 unless changed), and for the item chosen in the
 * centre its task's and its milestone's own rules. Each level saved is one transaction.
 */
final class RulesDialog {
    /** What the user chose: null fields mean "leave as it is", {@code clear} flags mean "follow the level above". */
    record Choice(ReminderRules plan, ReminderRules task, boolean clearTask, ReminderRules milestone,
            boolean clearMilestone) {
        /** The saving of this choice for the plan, and for the item's task and milestone ({@code item} null: the plan only). */
        SaveReminderRules saving(long planId, DueItem item) {
            SaveReminderRules save = SaveReminderRules.plan(planId, plan);
            if (item != null && task != null) {
                save = save.task(item.taskId(), task);
            } else if (item != null && clearTask) {
                save = save.clearTask(item.taskId());
            }
            if (item != null && item.milestoneId() != null && milestone != null) {
                save = save.milestone(item.milestoneId(), milestone);
            } else if (item != null && item.milestoneId() != null && clearMilestone) {
                save = save.clearMilestone(item.milestoneId());
            }
            return save;
        }
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final TextField planField = field("rulesPlan");
    private final CheckBox taskOwn = new CheckBox(Messages.get("reminders.rules.taskOwn"));
    private final TextField taskField = field("rulesTask");
    private final CheckBox milestoneOwn = new CheckBox(Messages.get("reminders.rules.milestoneOwn"));
    private final TextField milestoneField = field("rulesMilestone");
    private final Label error = new Label();

    RulesDialog(Window owner, String planLabel, long planId, DueItem item, ReminderRuleBook book, WindowLook look) {
        dialog.initOwner(owner);
        DialogWindows.fit(dialog);
        dialog.setTitle(Messages.get("reminders.rules.title"));
        dialog.setHeaderText(Messages.get("reminders.rules.header", planLabel));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        planField.setText(book.forPlan(planId).format());
        grid.addRow(0, new Label(Messages.get("reminders.rules.plan")), planField);
        int row = 1;
        if (item != null && item.planId() == planId) {
            taskOwn.setId("rulesTaskOwn");
            taskOwn.setSelected(book.tasks().containsKey(item.taskId()));
            taskField.setText(book.tasks().getOrDefault(item.taskId(), book.forPlan(planId)).format());
            taskField.disableProperty().bind(taskOwn.selectedProperty().not());
            grid.addRow(row++, new Label(Messages.get("reminders.rules.task", item.taskNumber())), taskOwn, taskField);
            if (item.milestoneId() != null) {
                milestoneOwn.setId("rulesMilestoneOwn");
                milestoneOwn.setSelected(book.milestones().containsKey(item.milestoneId()));
                milestoneField.setText(book.milestones().getOrDefault(item.milestoneId(), book.rulesFor(item)).format());
                milestoneField.disableProperty().bind(milestoneOwn.selectedProperty().not());
                grid.addRow(row++, new Label(Messages.get("reminders.rules.milestone", item.title())), milestoneOwn,
                        milestoneField);
            }
        }
        Label hint = new Label(Messages.get("reminders.rules.hint", ReminderRules.MAX_OFFSET));
        hint.setWrapText(true);
        grid.add(hint, 0, row++, 3, 1);
        error.setId("rulesError");
        error.getStyleClass().add("reminder-error");
        error.setWrapText(true);
        grid.add(error, 0, row, 3, 1);
        dialog.getDialogPane().setContent(grid);
        look.apply(dialog.getDialogPane());
        ButtonType save = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(save, DialogButtons.cancel());
        // Bad offsets keep the dialog open with the reason, and nothing is saved.
        Node ok = dialog.getDialogPane().lookupButton(save);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                choice(item);
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? choice(item) : null);
    }

    private Choice choice(DueItem item) {
        ReminderRules plan = ReminderRules.parse(planField.getText());
        boolean hasTask = item != null && taskField.getParent() != null;
        boolean hasMilestone = hasTask && item.milestoneId() != null;
        ReminderRules task = hasTask && taskOwn.isSelected() ? ReminderRules.parse(taskField.getText()) : null;
        ReminderRules milestone = hasMilestone && milestoneOwn.isSelected()
                ? ReminderRules.parse(milestoneField.getText()) : null;
        return new Choice(plan, task, hasTask && !taskOwn.isSelected(), milestone,
                hasMilestone && !milestoneOwn.isSelected());
    }

    Dialog<Choice> dialog() {
        return dialog;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(12);
        f.setPromptText("7,3,1,0");
        return f;
    }
}
