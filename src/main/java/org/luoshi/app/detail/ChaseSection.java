package org.luoshi.app.detail;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.chase.ChaseHow;
import org.luoshi.chase.workspace.ChaseLog;
import org.luoshi.edit.EditSink;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;

/**
 * 催办记录: each time the office chased the task (date, how, who was reached, what they said), newest
 * first, and a line to log one; logging is an undoable edit, recorded in the history.
 */
final class ChaseSection extends Section {
    private final Supplier<LocalDate> today;
    private final DatePicker date = org.luoshi.ui.DateConverter.picker(null);
    private final ChoiceBox<ChaseHow> how = new ChoiceBox<>();
    private final TextField who = new TextField();
    private final TextField said = new TextField();
    private final VBox rows = new VBox(2);
    private Task shown;

    ChaseSection(EditSink sink, Supplier<LocalDate> today) {
        super("detail.chase", sink);
        this.today = today;
        date.setId("detailChaseDate");
        date.setPrefWidth(150);
        how.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        how.setId("detailChaseHow");
        how.getItems().setAll(ChaseHow.values());
        how.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChaseHow h) {
                return h == null ? "" : h.chinese();
            }

            @Override
            public ChaseHow fromString(String s) {
                return null;
            }
        });
        who.setId("detailChaseWho");
        who.setPromptText(Messages.get("detail.chase.who"));
        said.setId("detailChaseSaid");
        said.setPromptText(Messages.get("detail.chase.said"));
        said.setOnAction(e -> log());
        Button add = addButton("detailChaseAdd", this::log);
        HBox.setHgrow(said, Priority.ALWAYS);
        add(line(date, how), who, line(said, add), rows);
    }

    @Override
    void show(TaskFacts facts) {
        boolean other = shown == null || shown.id() != facts.task().id();
        shown = facts.task();
        if (other) {
            reset();
            rows.getChildren().clear();
        }
    }

    /** The task's log, read after it was shown. */
    void showLog(List<ChaseEntry> log) {
        showRows(rows, log.stream().map(ChaseSection::row).toList(), "detail.chase.none");
    }

    private static Label row(ChaseEntry e) {
        Label l = new Label(e.line());
        l.setWrapText(true);
        l.getStyleClass().add("detail-chase-row");
        return l;
    }

    private void reset() {
        date.setValue(today.get());
        how.setValue(ChaseHow.PHONE);
        who.clear();
        said.clear();
    }

    private void log() {
        if (shown == null) {
            return;
        }
        Task task = shown;
        LocalDate day = date.getValue() != null ? date.getValue() : today.get();
        ChaseHow way = how.getValue() != null ? how.getValue() : ChaseHow.PHONE;
        String person = who.getText();
        String words = said.getText();
        sink.attempt(() -> ChaseLog.addEdit(task, day, way, person, words));
        if (person != null && !person.isBlank()) {
            reset();
        }
    }
}
