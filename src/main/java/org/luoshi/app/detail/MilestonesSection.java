package org.luoshi.app.detail;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.app.DateConverter;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;

/** 里程碑: dated points of the task; a date moves, a label renames, × removes, each undoable. */
final class MilestonesSection extends Section {
    private final VBox rows = new VBox(4);
    private final DatePicker date = DateConverter.picker(null);
    private final TextField label = new TextField();
    private Task shown;

    MilestonesSection(EditSink sink) {
        super("detail.milestones", sink);
        date.setId("detailMilestoneDate");
        date.setPromptText(Messages.get("detail.date"));
        label.setId("detailMilestoneLabel");
        label.setPromptText(Messages.get("detail.milestones.label"));
        Button addButton = new Button(Messages.get("detail.add"));
        addButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        addButton.setId("detailMilestoneAdd");
        addButton.setOnAction(e -> addMilestone());
        label.setOnAction(e -> addMilestone());
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMinWidth(60);
        date.setPrefWidth(130);
        HBox addRow = new HBox(6, date, label, addButton);
        addRow.setAlignment(Pos.CENTER_LEFT);
        add(rows, addRow);
    }

    @Override
    void show(TaskFacts facts) {
        shown = facts.task();
        rows.getChildren().clear();
        for (Milestone m : shown.milestones()) {
            rows.getChildren().add(row(m));
        }
        if (shown.milestones().isEmpty()) {
            Label none = new Label(Messages.get("detail.milestones.none"));
            none.getStyleClass().add("detail-muted");
            rows.getChildren().add(none);
        }
    }

    private HBox row(Milestone m) {
        Task owner = shown; // a row edits the task it was made for, even after another is shown
        DatePicker when = DateConverter.picker(m.date());
        when.setPrefWidth(140);
        when.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(m.date())) {
                move(owner, new Milestone(m.id(), v, m.label()));
            }
        });
        TextField what = new TextField(m.label());
        String[] committed = {m.label()}; // what this field last sent, so focus loss after Enter sends nothing twice
        what.setOnAction(e -> relabel(owner, m, what.getText(), committed));
        what.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                relabel(owner, m, what.getText(), committed);
            }
        });
        HBox.setHgrow(what, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().add("row-remove");
        remove.setTooltip(new Tooltip(Messages.get("detail.milestones.remove")));
        remove.setOnAction(e -> sink.attempt(() -> TaskEdits.removeMilestone(owner, m)));
        HBox row = new HBox(6, when, what, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void relabel(Task owner, Milestone m, String text, String[] committed) {
        String value = text == null ? "" : text.strip();
        if (owner != null && !value.equals(committed[0])) {
            committed[0] = value;
            move(owner, new Milestone(m.id(), m.date(), value));
        }
    }

    private void move(Task owner, Milestone changed) {
        sink.attempt(() -> TaskEdits.moveMilestone(owner, changed));
    }

    private void addMilestone() {
        if (shown == null || date.getValue() == null) {
            sink.refuse(Messages.get("detail.milestones.needDate"));
            return;
        }
        Task task = shown;
        Milestone m = Milestone.of(date.getValue(), label.getText());
        date.setValue(null);
        label.clear();
        sink.attempt(() -> TaskEdits.addMilestone(task, m));
    }
}
