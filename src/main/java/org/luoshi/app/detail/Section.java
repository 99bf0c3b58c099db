package org.luoshi.app.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;

/** One titled part of the detail pane; shows a task and sends edits of it. */
abstract class Section extends VBox {
    protected final EditSink sink;

    Section(String titleKey, EditSink sink) {
        super(4);
        this.sink = sink;
        getStyleClass().add("detail-section");
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("detail-heading");
        getChildren().add(title);
    }

    /** Shows this task; edits still being typed for the task shown before are committed first. */
    abstract void show(TaskFacts facts);

    /** Commits what is typed but not yet committed (a field still focused). */
    void commitPending() {
    }

    protected void add(Node... nodes) {
        getChildren().addAll(nodes);
    }
}
