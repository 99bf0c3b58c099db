package org.luoshi.app.detail;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** 状态: 未开始 / 进行中 / 已完成 / 已销号 / 暂缓, one click each. */
final class StatusSection extends Section {
    private final ComboBox<TaskStatus> status = new ComboBox<>();
    private Task shown;
    private boolean showing;

    StatusSection(EditSink sink) {
        super("detail.status", sink);
        status.setId("detailStatus");
        status.getItems().setAll(TaskStatus.values());
        status.setCellFactory(list -> new StatusCell());
        status.setButtonCell(new StatusCell());
        status.valueProperty().addListener((obs, old, value) -> {
            if (!showing && shown != null && value != null && value != shown.status()) {
                Task task = shown;
                sink.attempt(() -> TaskEdits.status(task, value));
            }
        });
        add(new HBox(6, status));
    }

    @Override
    void show(TaskFacts facts) {
        shown = facts.task();
        showing = true;
        status.setValue(shown.status());
        showing = false;
    }

    static final class StatusCell extends ListCell<TaskStatus> {
        @Override
        protected void updateItem(TaskStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get("status." + item.name()));
        }
    }
}
