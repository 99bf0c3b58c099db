package org.luoshi.app.detail;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;

/** 任务内容: committed when the field loses focus or on Ctrl+Enter; Esc puts the stored text back. */
final class TextSection extends Section {
    private final TextArea text = new TextArea();
    private Task shown;
    private String committed; // the text last stored or sent, so nothing is sent twice

    TextSection(EditSink sink) {
        super("detail.text", sink);
        text.setId("detailText");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(Messages.get("detail.text.prompt"));
        text.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                commitPending();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commitPending();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && shown != null) {
                committed = shown.text();
                text.setText(shown.text());
                e.consume();
            }
        });
        add(text);
    }

    @Override
    void show(TaskFacts facts) {
        commitPending();
        shown = facts.task();
        committed = shown.text();
        text.setText(shown.text());
    }

    @Override
    void commitPending() {
        if (shown != null && !text.getText().strip().equals(committed)) {
            Task task = shown;
            String value = text.getText();
            committed = value.strip();
            sink.attempt(() -> TaskEdits.text(task, value));
        }
    }
}
