package org.luoshi.app.detail;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.luoshi.ui.DateConverter;
import org.luoshi.edit.EditSink;
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
        Button addButton = addButton("detailMilestoneAdd", this::addMilestone);
        label.setOnAction(e -> addMilestone());
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMinWidth(60);
        date.setPrefWidth(130);
        HBox addRow = line(date, label, addButton);
        add(rows, addRow);
    }

    @Override
    void show(TaskFacts facts) {
        shown = facts.task();
        showRows(rows, shown.milestones().stream().map(this::row).toList(), "detail.milestones.none");
    }

    private HBox row(Milestone m) {
        Task owner = shown; // a row edits the task it was made for, even after another is shown
        DatePicker when = DateConverter.picker(m.date());
        when.setPrefWidth(140);
        when.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "2023年3月31日" whole, not "2023年3月31E"
        when.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(m.date())) {
                move(owner, new Milestone(m.id(), v, m.label()));
            }
        });
        TextField what = committingField(m.label(), text -> {
            move(owner, new Milestone(m.id(), m.date(), text));
            return true;
        });
        HBox.setHgrow(what, Priority.ALWAYS);
        Button remove = rowButton("mdi2c-close", Messages.get("detail.milestones.remove"),
                () -> sink.attempt(() -> TaskEdits.removeMilestone(owner, m)));
        HBox row = line(when, what, remove);
        return row;
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
