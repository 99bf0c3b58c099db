package org.luoshi.app.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.luoshi.ui.DateConverter;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Task;

/**
 * 完成时限: each deadline's phrase as the plan printed it, beside the date Luoshi resolved it to.
 * The date can be corrected with a picker and the phrase stays; a new deadline is a date with an
 * optional phrase (else "2023年6月30日前").
 */
final class DeadlinesSection extends Section {
    private final VBox rows = new VBox(4);
    private final TextField phrase = new TextField();
    private final DatePicker date = DateConverter.picker(null);
    private Task shown;

    DeadlinesSection(EditSink sink) {
        super("detail.deadlines", sink);
        phrase.setId("detailDeadlinePhrase");
        phrase.setPromptText(Messages.get("detail.deadlines.phrase"));
        date.setId("detailDeadlineDate");
        date.setPromptText(Messages.get("detail.date"));
        Button addButton = addButton("detailDeadlineAdd", this::addDeadline);
        HBox.setHgrow(phrase, Priority.ALWAYS);
        phrase.setMinWidth(60);
        date.setPrefWidth(130);
        HBox addRow = line(phrase, date, addButton);
        add(rows, addRow);
    }

    @Override
    void show(TaskFacts facts) {
        shown = facts.task();
        List<HBox> made = new ArrayList<>();
        for (int i = 0; i < shown.deadlines().size(); i++) {
            made.add(row(i, shown.deadlines().get(i)));
        }
        showRows(rows, made, "detail.deadlines.none");
    }

    private HBox row(int index, Deadline d) {
        Task owner = shown; // a row edits the task it was made for, even after another is shown
        TextField raw = committingField(d.raw(), text -> rename(owner, index, text));
        raw.getStyleClass().add("deadline-raw");
        raw.setPrefColumnCount(8);
        Label kind = new Label(Messages.get("deadline.kind." + d.kind().name()));
        kind.getStyleClass().add("detail-muted");
        HBox row = line(raw, kind);
        switch (d.kind()) {
            case BY, FROM -> row.getChildren().add(picker(d.date(), v -> replace(owner, index,
                    d.kind() == DeadlineKind.BY ? Deadline.by(d.raw(), v) : Deadline.from(d.raw(), v))));
            case PERIOD -> {
                row.getChildren().add(picker(d.start(), v -> replace(owner, index, Deadline.period(d.raw(), v, d.end()))));
                row.getChildren().add(new Label("–"));
                row.getChildren().add(picker(d.end(), v -> replace(owner, index, Deadline.period(d.raw(), d.start(), v))));
            }
            default -> { }
        }
        row.getChildren().add(rowButton("mdi2c-close", Messages.get("detail.deadlines.remove", d.raw()), () -> {
            List<Deadline> rest = new ArrayList<>(owner.deadlines());
            rest.remove(index);
            change(owner, rest);
        }));
        return row;
    }

    private DatePicker picker(LocalDate value, java.util.function.Consumer<LocalDate> onChange) {
        DatePicker p = DateConverter.picker(value);
        p.setPrefWidth(140);
        p.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        p.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(value)) {
                onChange.accept(v);
            }
        });
        return p;
    }

    /** Sends the deadline's new phrase; false (nothing sent) for an empty one. */
    private boolean rename(Task owner, int index, String raw) {
        if (owner == null || index >= owner.deadlines().size()) {
            return false;
        }
        if (raw.isEmpty()) {
            sink.refuse(Messages.get("detail.deadlines.empty"));
            return false;
        }
        Deadline d = owner.deadlines().get(index);
        replace(owner, index, new Deadline(d.kind(), raw, d.date(), d.start(), d.end(), d.amount(), d.spanUnit(),
                d.recurrence(), d.month(), d.day()));
        return true;
    }

    private void replace(Task owner, int index, Deadline changed) {
        List<Deadline> all = new ArrayList<>(owner.deadlines());
        all.set(index, changed);
        change(owner, all);
    }

    private void addDeadline() {
        LocalDate day = date.getValue();
        if (shown == null || day == null) {
            sink.refuse(Messages.get("detail.deadlines.needDate"));
            return;
        }
        String raw = phrase.getText() == null || phrase.getText().isBlank()
                ? Messages.get("deadline.by", Dates.format(day)) : phrase.getText().strip();
        List<Deadline> all = new ArrayList<>(shown.deadlines());
        all.add(Deadline.by(raw, day));
        phrase.clear();
        date.setValue(null);
        change(shown, all);
    }

    private void change(Task owner, List<Deadline> deadlines) {
        sink.attempt(() -> TaskEdits.deadlines(owner, deadlines));
    }
}
