package org.luoshi.app.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.luoshi.ui.DateConverter;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;

/**
 * 进展情况: the dated history of progress, newest first, and a line to record today's. An entry
 * can be corrected (✎ puts it into the line) or removed; each is an undoable edit.
 */
final class ProgressSection extends Section {
    private final Supplier<LocalDate> today;
    private final DatePicker date = DateConverter.picker(null);
    private final Spinner<Integer> percent = new Spinner<>(0, 100, 0, 5);
    private final TextField text = new TextField();
    private final Button record = new Button(Messages.get("detail.progress.record"));
    private final Button cancel = new Button(Messages.get("detail.cancel"));
    private final VBox history = new VBox(2);
    private Task shown;
    private ProgressEntry correcting;

    ProgressSection(EditSink sink, Supplier<LocalDate> today) {
        super("detail.progress", sink);
        this.today = today;
        date.setId("detailProgressDate");
        date.setPrefWidth(140);
        percent.setId("detailProgressPercent");
        percent.setEditable(true);
        percent.setPrefWidth(76);
        text.setId("detailProgressText");
        text.setPromptText(Messages.get("detail.progress.prompt"));
        text.setOnAction(e -> commitEntry());
        record.setId("detailProgressRecord");
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        record.setOnAction(e -> commitEntry());
        cancel.setOnAction(e -> resetForm());
        cancel.setVisible(false);
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox first = line(date, percent, new Label("%"));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox second = line(text, record, cancel);
        add(first, second, history);
    }

    @Override
    void show(TaskFacts facts) {
        boolean sameTask = shown != null && shown.id() == facts.task().id();
        shown = facts.task();
        if (!sameTask || correcting == null) {
            resetForm();
        }
        List<ProgressEntry> newestFirst = new ArrayList<>(shown.progress());
        newestFirst.sort(Comparator.comparing(ProgressEntry::date).thenComparingLong(ProgressEntry::id).reversed());
        showRows(history, newestFirst.stream().map(this::row).toList(), "detail.progress.none");
    }

    private void resetForm() {
        correcting = null;
        date.setValue(today.get());
        ProgressEntry latest = shown == null ? null : shown.latestProgress();
        percent.getValueFactory().setValue(latest == null ? 0 : latest.percent());
        text.clear();
        record.setText(Messages.get("detail.progress.record"));
        cancel.setVisible(false);
    }

    private HBox row(ProgressEntry e) {
        Label when = new Label(Dates.format(e.date()));
        when.getStyleClass().add("progress-date");
        when.setMinWidth(Region.USE_PREF_SIZE);
        Label how = new Label(e.percent() + "%");
        how.getStyleClass().add("progress-percent");
        how.setMinWidth(40);
        Label what = new Label(e.text());
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button edit = rowButton("mdi2p-pencil-outline", Messages.get("detail.progress.correct"), () -> {
            correcting = e;
            date.setValue(e.date());
            percent.getValueFactory().setValue(e.percent());
            text.setText(e.text());
            record.setText(Messages.get("detail.progress.correctButton"));
            cancel.setVisible(true);
        });
        Task owner = shown;
        Button remove = rowButton("mdi2c-close", Messages.get("detail.progress.remove"),
                () -> sink.attempt(() -> TaskEdits.removeProgress(owner, e)));
        HBox row = new HBox(8, when, how, what, edit, remove);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("progress-row");
        return row;
    }

    private void commitEntry() {
        if (shown == null) {
            return;
        }
        LocalDate day = date.getValue();
        Integer value = readPercent();
        if (day == null || value == null) {
            sink.refuse(Messages.get("detail.progress.invalid"));
            return;
        }
        Task task = shown;
        ProgressEntry entry = correcting == null ? ProgressEntry.of(day, value, text.getText().strip())
                : new ProgressEntry(correcting.id(), day, value, text.getText().strip());
        boolean correction = correcting != null;
        correcting = null;
        text.clear();
        sink.attempt(() -> correction ? TaskEdits.changeProgress(task, entry) : TaskEdits.addProgress(task, entry));
    }

    /** The percent typed into the spinner's field (committed by hand: the spinner commits only on Enter). */
    private Integer readPercent() {
        String typed = percent.getEditor().getText().strip().replace("%", "").replace("％", "");
        try {
            int v = Integer.parseInt(typed);
            return v < 0 || v > 100 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
