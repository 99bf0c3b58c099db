package org.luoshi.app.detail;

import javafx.scene.control.TextArea;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;

/** 备注: the office's own notes on the task; committed when the field loses focus. */
final class NotesSection extends Section {
    private final TextArea notes = new TextArea();
    private Task shown;
    private String committed;

    NotesSection(EditSink sink) {
        super("detail.notes", sink);
        notes.setId("detailNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPromptText(Messages.get("detail.notes.prompt"));
        notes.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                commitPending();
            }
        });
        add(notes);
    }

    @Override
    void show(TaskFacts facts) {
        commitPending();
        shown = facts.task();
        committed = shown.notes();
        notes.setText(shown.notes());
    }

    @Override
    void commitPending() {
        if (shown != null && !notes.getText().equals(committed)) {
            committed = notes.getText();
            Task task = shown;
            String value = notes.getText();
            sink.attempt(() -> TaskEdits.notes(task, value));
        }
    }
}
