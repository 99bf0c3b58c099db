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
import org.luoshi.plan.StatusFromProgress;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

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
    /** The status a recorded percent points to, offered under the line until taken or declined. */
    private final Label offerText = new Label();
    private final Button offerApply = new Button();
    private final Button offerKeep = new Button(Messages.get("detail.progress.offer.keep"));
    private final HBox offer = new HBox(6, offerText, offerApply, offerKeep);
    private long offerTask = -1;
    private TaskStatus offered;

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
        offer.setId("detailStatusOffer");
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.getStyleClass().add("status-offer");
        offerText.setWrapText(true);
        offerText.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(offerText, Priority.ALWAYS);
        offerApply.setId("detailStatusOfferApply");
        offerApply.setMinWidth(Region.USE_PREF_SIZE);
        offerKeep.setMinWidth(Region.USE_PREF_SIZE);
        offerApply.setOnAction(e -> {
            Task task = shown;
            TaskStatus next = offered;
            long forTask = offerTask;
            hideOffer();
            if (task != null && next != null && task.id() == forTask) {
                sink.attempt(() -> TaskEdits.status(task, next));
            }
        });
        offerKeep.setOnAction(e -> hideOffer());
        offer.managedProperty().bind(offer.visibleProperty());
        offer.setVisible(false);
        add(first, second, offer, history);
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
        List<HBox> made = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            made.add(kept.get(i).show(shown, newestFirst.get(i)));
        }
        showRows(history, made, "detail.progress.none");
        if (offer.isVisible() && (shown.id() != offerTask || shown.status() == offered)) {
            hideOffer();
        }
    }

    /** Offers the status that {@code percent} points to on {@code task}, if any (StatusFromProgress). */
    private void offerStatus(Task task, int percent) {
        StatusFromProgress.suggest(task.status(), percent).ifPresentOrElse(next -> {
            offerTask = task.id();
            offered = next;
            offerText.setText(Messages.get("detail.progress.offer", percent,
                    Messages.get("status." + task.status().name())));
            offerApply.setText(Messages.get("detail.progress.offer.apply", Messages.get("status." + next.name())));
            offer.setVisible(true);
        }, this::hideOffer);
    }

    private void hideOffer() {
        offer.setVisible(false);
        offerTask = -1;
        offered = null;
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

    private final Kept<ProgressRow> kept = new Kept<>(ProgressRow::new);

    /** One entry's row: date, percent, text, ✎ and ×; kept and shown again for the next task's entries. */
    private final class ProgressRow {
        private final Label when = new Label();
        private final Label how = new Label();
        private final Label what = new Label();
        private final HBox node;
        /** The task the row edits (the one it was shown for) and its entry. */
        private Task owner;
        private ProgressEntry entry;

        ProgressRow() {
            when.getStyleClass().add("progress-date");
            when.setMinWidth(Region.USE_PREF_SIZE);
            how.getStyleClass().add("progress-percent");
            how.setMinWidth(40);
            what.setWrapText(true);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            Button edit = rowButton("mdi2p-pencil-outline", Messages.get("detail.progress.correct"), () -> {
                ProgressEntry e = entry;
                correcting = e;
                date.setValue(e.date());
                percent.getValueFactory().setValue(e.percent());
                text.setText(e.text());
                record.setText(Messages.get("detail.progress.correctButton"));
                cancel.setVisible(true);
            });
            Button remove = rowButton("mdi2c-close", Messages.get("detail.progress.remove"), () -> {
                Task task = owner;
                ProgressEntry e = entry;
                sink.attempt(() -> TaskEdits.removeProgress(task, e));
            });
            node = new HBox(8, when, how, what, edit, remove);
            node.setAlignment(Pos.TOP_LEFT);
            node.getStyleClass().add("progress-row");
        }

        HBox show(Task task, ProgressEntry e) {
            owner = task;
            entry = e;
            when.setText(Dates.format(e.date()));
            how.setText(e.percent() + "%");
            what.setText(e.text());
            return node;
        }
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
        // The newest entry is what the percent says now: only it suggests a status.
        ProgressEntry latest = task.latestProgress();
        boolean newest = latest == null || !day.isBefore(latest.date());
        sink.attempt(() -> correction ? TaskEdits.changeProgress(task, entry) : TaskEdits.addProgress(task, entry));
        if (newest) {
            offerStatus(task, value);
        }
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
