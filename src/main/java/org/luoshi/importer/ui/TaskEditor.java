package org.luoshi.importer.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.review.DraftTask;
import org.luoshi.plan.Role;

/** The form under the task table: every field of the selected task, applied as the person types. */
final class TaskEditor extends GridPane {
    private final TextField number = field("reviewNumber");
    private final TextArea text = new TextArea();
    private final TextField lead = field("reviewLead");
    private final TextField responsible = field("reviewResponsible");
    private final TextField cooperating = field("reviewCooperating");
    private final TextField deadlines = field("reviewDeadlines");
    private final CheckBox others = new CheckBox(Messages.get("review.others"));
    private final Label deadlineError = new Label();
    final Button split = new Button(Messages.get("review.split"));
    final Button merge = new Button(Messages.get("review.merge"));
    final Button remove = new Button(Messages.get("review.remove"));

    private DraftTask task;
    private Integer contextYear;
    private final Runnable onChange;
    private boolean loading;

    TaskEditor(Runnable onChange) {
        this.onChange = onChange;
        getStyleClass().add("task-editor");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8));
        getColumnConstraints().addAll(new ColumnConstraints(), grow());
        text.setId("reviewText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        split.setId("reviewSplit");
        merge.setId("reviewMerge");
        remove.setId("reviewRemove");
        others.setId("reviewOthers");
        deadlineError.getStyleClass().add("field-error");

        addRow(0, label("column.number"), number);
        addRow(1, label("column.task"), text);
        addRow(2, label("column.lead"), lead);
        addRow(3, label("column.responsible"), responsible);
        addRow(4, label("column.cooperating"), cooperating);
        addRow(5, label("column.deadline"), deadlines);
        add(deadlineError, 1, 6);
        HBox buttons = new HBox(8, others, split, merge, remove);
        add(buttons, 1, 7);

        number.textProperty().addListener((o, a, v) -> edit(() -> task.setNumber(v)));
        text.textProperty().addListener((o, a, v) -> edit(() -> task.setText(v)));
        lead.textProperty().addListener((o, a, v) -> edit(() -> task.setUnits(Role.LEAD, v)));
        responsible.textProperty().addListener((o, a, v) -> edit(() -> task.setUnits(Role.RESPONSIBLE, v)));
        cooperating.textProperty().addListener((o, a, v) -> edit(() -> task.setUnits(Role.COOPERATING, v)));
        others.selectedProperty().addListener((o, a, v) -> edit(() -> task.setOthersIncluded(v)));
        // Deadline phrases are read when the field is left or Enter is pressed, not on every key.
        deadlines.setOnAction(e -> applyDeadlines());
        deadlines.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                applyDeadlines();
            }
        });
        show(null, null);
    }

    void show(DraftTask t, Integer year) {
        loading = true;
        task = t;
        contextYear = year;
        boolean none = t == null;
        number.setText(none || t.number() == null ? "" : t.number());
        text.setText(none ? "" : t.text());
        lead.setText(none ? "" : t.units(Role.LEAD));
        responsible.setText(none ? "" : t.units(Role.RESPONSIBLE));
        cooperating.setText(none ? "" : t.units(Role.COOPERATING));
        deadlines.setText(none ? "" : t.deadlineText());
        others.setSelected(!none && t.othersIncluded());
        deadlineError.setText("");
        setDisable(none);
        loading = false;
    }

    /** Where in the task text the caret is, for 拆分. */
    int caret() {
        return text.getCaretPosition();
    }

    private void applyDeadlines() {
        if (task == null || loading) {
            return;
        }
        List<String> unread = task.setDeadlineText(deadlines.getText(), contextYear);
        deadlineError.setText(unread.isEmpty() ? "" : Messages.get("review.deadlineUnread", String.join("；", unread)));
        onChange.run();
    }

    private void edit(Runnable change) {
        if (task != null && !loading) {
            change.run();
            onChange.run();
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
