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
        java.util.List<HBox> made = new java.util.ArrayList<>();
        for (int i = 0; i < shown.milestones().size(); i++) {
            made.add(kept.get(i).show(shown, shown.milestones().get(i)));
        }
        showRows(rows, made, "detail.milestones.none");
    }

    private final Kept<MilestoneRow> kept = new Kept<>(MilestoneRow::new);

    /** One milestone's row: its date, its label, ×; kept and shown again for the next task's. */
    private final class MilestoneRow {
        private final DatePicker when = DateConverter.picker(null);
        private final CommittingField what = new CommittingField();
        private final HBox node;
        /** The task the row edits (the one it was shown for) and its milestone. */
        private Task owner;
        private Milestone m;
        private boolean showing;

        MilestoneRow() {
            when.setPrefWidth(140);
            when.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "2023年3月31日" whole, not "2023年3月31E"
            when.valueProperty().addListener((obs, old, v) -> {
                if (!showing && m != null && v != null && !v.equals(m.date())) {
                    move(owner, new Milestone(m.id(), v, m.label()));
                }
            });
            HBox.setHgrow(what, Priority.ALWAYS);
            Button remove = rowButton("mdi2c-close", Messages.get("detail.milestones.remove"),
                    () -> {
                        Task task = owner;
                        Milestone gone = m;
                        sink.attempt(() -> TaskEdits.removeMilestone(task, gone));
                    });
            node = line(when, what, remove);
        }

        HBox show(Task task, Milestone milestone) {
            what.show(milestone.label(), text -> {
                move(task, new Milestone(milestone.id(), milestone.date(), text));
                return true;
            });
            showing = true;
            try {
                owner = task;
                m = milestone;
                DateConverter.show(when, milestone.date());
            } finally {
                showing = false;
            }
            return node;
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
