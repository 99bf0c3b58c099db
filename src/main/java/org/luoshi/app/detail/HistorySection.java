package org.luoshi.app.detail;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.luoshi.edit.EditSink;
import org.luoshi.find.TaskFacts;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;
import org.luoshi.history.TaskHistoryLine;

/**
 * 修改记录: the task's history as a timeline, newest first — when, who, what, and each field's change
 * from → to. Read only: the history is written by the edits themselves and cannot be edited.
 */
final class HistorySection extends Section {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox steps = new VBox(6);
    private long shownTask;

    HistorySection(EditSink sink) {
        super("detail.history", sink);
        steps.setId("detailHistory");
        add(steps);
    }

    @Override
    void show(TaskFacts facts) {
        if (facts.task().id() != shownTask) {
            shownTask = facts.task().id();
            steps.getChildren().clear();
        }
    }

    void showHistory(List<HistoryStep> history) {
        showRows(steps, history.stream().map(HistorySection::step).toList(), "detail.history.none");
    }

    private static Node step(HistoryStep s) {
        VBox box = new VBox(1);
        box.getStyleClass().add("history-step");
        Label head = new Label(s.at().format(WHEN) + "  " + s.person());
        head.getStyleClass().add("history-when");
        Label what = new Label(s.action());
        what.setWrapText(true);
        what.getStyleClass().add("history-what");
        List<Node> parts = new ArrayList<>(List.of(head, what));
        for (HistoryEntry e : s.entries()) {
            String change = new TaskHistoryLine(s.id(), s.at(), s.person(), s.action(), e).change();
            if (!change.isEmpty()) {
                Label l = new Label(change);
                l.setWrapText(true);
                l.getStyleClass().add("history-change");
                parts.add(l);
            }
        }
        box.getChildren().setAll(parts);
        return box;
    }
}
