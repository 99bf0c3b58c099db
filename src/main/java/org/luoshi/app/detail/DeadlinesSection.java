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
            made.add(kept.get(i).show(shown, i, shown.deadlines().get(i)));
        }
        showRows(rows, made, "detail.deadlines.none");
    }

    private final Kept<DeadlineRow> kept = new Kept<>(DeadlineRow::new);

    /** One deadline's row: its phrase, its kind, its date or dates, ×; kept and shown again for the next task's. */
    private final class DeadlineRow {
        private final CommittingField raw = new CommittingField();
        private final Label kind = new Label();
        private final DatePicker first = picker();
        private final Label dash = new Label("–");
        private final DatePicker second = picker();
        private final Button remove;
        private final HBox node;
        /** The task the row edits (a row edits the task it was shown for), its place in it, and the deadline. */
        private Task owner;
        private int index;
        private Deadline shownDeadline;
        private boolean showing;

        DeadlineRow() {
            raw.getStyleClass().add("deadline-raw");
            raw.setPrefColumnCount(8);
            kind.getStyleClass().add("detail-muted");
            first.valueProperty().addListener((obs, old, v) -> {
                Deadline d = shownDeadline;
                if (showing || v == null || d == null) {
                    return;
                }
                if (d.kind() == DeadlineKind.PERIOD) {
                    if (!v.equals(d.start())) {
                        replace(owner, index, Deadline.period(d.raw(), v, d.end()));
                    }
                } else if (!v.equals(d.date())) {
                    replace(owner, index, d.kind() == DeadlineKind.BY ? Deadline.by(d.raw(), v) : Deadline.from(d.raw(), v));
                }
            });
            second.valueProperty().addListener((obs, old, v) -> {
                Deadline d = shownDeadline;
                if (!showing && v != null && d != null && !v.equals(d.end())) {
                    replace(owner, index, Deadline.period(d.raw(), d.start(), v));
                }
            });
            remove = rowButton("mdi2c-close", "", () -> {
                List<Deadline> rest = new ArrayList<>(owner.deadlines());
                rest.remove(index);
                change(owner, rest);
            });
            node = line(raw, kind, first, dash, second, remove);
        }

        HBox show(Task task, int at, Deadline d) {
            raw.show(d.raw(), text -> rename(task, at, text));
            showing = true;
            try {
                owner = task;
                index = at;
                shownDeadline = d;
                kind.setText(Messages.get("deadline.kind." + d.kind().name()));
                boolean period = d.kind() == DeadlineKind.PERIOD;
                boolean dated = period || d.kind() == DeadlineKind.BY || d.kind() == DeadlineKind.FROM;
                showPart(first, dated);
                showPart(dash, period);
                showPart(second, period);
                DateConverter.show(first, period ? d.start() : dated ? d.date() : null);
                DateConverter.show(second, period ? d.end() : null);
                remove.getTooltip().setText(Messages.get("detail.deadlines.remove", d.raw()));
            } finally {
                showing = false;
            }
            return node;
        }
    }

    private static DatePicker picker() {
        DatePicker p = DateConverter.picker(null);
        p.setPrefWidth(140);
        p.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
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
