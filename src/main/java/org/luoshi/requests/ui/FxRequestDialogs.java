package org.luoshi.requests.ui;

import org.luoshi.ui.DialogWindows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;
import org.luoshi.requests.DeadlineTargets;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.ui.DialogService;

/** The request forms as JavaFX dialogs: 申请延期, 申请销号 (with evidence files), 审批 / 审核. */
final class FxRequestDialogs implements RequestDialogs {
    private final Window owner;
    private final DialogService files;

    FxRequestDialogs(Window owner, DialogService files) {
        this.owner = owner;
        this.files = files;
    }

    private <T> Dialog<T> dialog(String title, String header) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        DialogWindows.fit(d);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("requests.ui.ok"),
                ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        return d;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        return g;
    }

    private static String header(Task task) {
        String text = task.text().strip();
        return Messages.get("requests.ui.taskHeader", task.label(), text.length() > 50 ? text.substring(0, 50) + "…" : text);
    }

    @Override
    public Optional<Requests.Extend> askExtension(Task task, LocalDate today) {
        Dialog<Requests.Extend> d = dialog(Messages.get("requests.ui.extendTitle"), header(task));
        ChoiceBox<Milestone> target = new ChoiceBox<>();
        target.getItems().add(null);
        target.getItems().addAll(task.milestones());
        LocalDate last = DeadlineTargets.lastDue(task);
        target.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Milestone m) {
                return m == null ? Messages.get("requests.ui.lastDeadline", last == null ? "—" : Dates.format(last))
                        : Dates.format(m.date()) + (m.label().isEmpty() ? "" : " " + m.label());
            }

            @Override
            public Milestone fromString(String s) {
                return null;
            }
        });
        target.getSelectionModel().select(0);
        DatePicker to = new DatePicker(last == null ? null : last.plusMonths(1));
        TextArea reason = new TextArea();
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        TextArea progress = new TextArea();
        progress.setPrefRowCount(3);
        progress.setWrapText(true);
        TextField unit = new TextField();
        unit.setPromptText(Messages.get("requests.ui.unitPrompt"));
        GridPane g = grid();
        g.addRow(0, new Label(Messages.get("requests.ui.target")), target);
        g.addRow(1, new Label(Messages.get("requests.ui.to")), to);
        g.addRow(2, new Label(Messages.get("requests.ui.reason")), reason);
        g.addRow(3, new Label(Messages.get("requests.ui.progress")), progress);
        g.addRow(4, new Label(Messages.get("requests.ui.unit")), unit);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b.getButtonData() != ButtonBar.ButtonData.OK_DONE || to.getValue() == null ? null
                : new Requests.Extend(task.id(), target.getValue() == null ? null : target.getValue().date(), to.getValue(),
                        reason.getText(), progress.getText(), unit.getText(), today));
        return d.showAndWait();
    }

    @Override
    public Optional<Requests.Close> askClosing(Task task, LocalDate today) {
        Dialog<Requests.Close> d = dialog(Messages.get("requests.ui.closeTitle"), header(task));
        TextArea summary = new TextArea();
        summary.setPrefRowCount(4);
        summary.setWrapText(true);
        ListView<Path> evidence = new ListView<>();
        evidence.setPrefHeight(120);
        Button add = new Button(Messages.get("requests.ui.addEvidence"));
        add.setOnAction(e -> evidence.getItems().addAll(files.chooseOpenFiles(Messages.get("requests.ui.addEvidence"),
                List.of(DialogService.FileFilter.of(Messages.get("requests.ui.anyFile"), "*.*")))));
        Button remove = new Button(Messages.get("requests.ui.removeEvidence"));
        remove.setOnAction(e -> evidence.getItems().remove(evidence.getSelectionModel().getSelectedItem()));
        TextField unit = new TextField();
        unit.setPromptText(Messages.get("requests.ui.unitPrompt"));
        GridPane g = grid();
        g.addRow(0, new Label(Messages.get("requests.ui.summary")), summary);
        g.addRow(1, new Label(Messages.get("requests.ui.evidence")), evidence);
        g.add(new HBox(6, add, remove), 1, 2);
        g.addRow(3, new Label(Messages.get("requests.ui.unit")), unit);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b.getButtonData() != ButtonBar.ButtonData.OK_DONE ? null
                : new Requests.Close(task.id(), summary.getText(), new ArrayList<>(evidence.getItems()), unit.getText(),
                        today));
        return d.showAndWait();
    }

    @Override
    public Optional<Decision> askDecision(TaskRequest request, Task task) {
        boolean ext = request.kind() == RequestKind.EXTENSION;
        Dialog<Decision> d = dialog(Messages.get(ext ? "requests.ui.decideTitle" : "requests.ui.reviewTitle"),
                header(task));
        ToggleGroup group = new ToggleGroup();
        RadioButton yes = new RadioButton(ext ? "同意" : "通过");
        RadioButton no = new RadioButton(ext ? "不同意" : "退回");
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setSelected(true);
        TextArea opinion = new TextArea();
        opinion.setPrefRowCount(3);
        opinion.setWrapText(true);
        opinion.setPromptText(ext ? "" : Messages.get("requests.ui.returnPrompt"));
        GridPane g = grid();
        g.addRow(0, new Label(Messages.get("requests.ui.request")), new Label(ext
                ? Messages.get("requests.ui.extensionLine", Dates.format(request.originalDate()),
                        Dates.format(request.requestedDate()))
                : Messages.get("requests.ui.closingLine", request.evidence().size())));
        g.addRow(1, new Label(Messages.get("requests.ui.decision")), new HBox(12, yes, no));
        g.addRow(2, new Label(Messages.get("requests.ui.opinion")), opinion);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b.getButtonData() != ButtonBar.ButtonData.OK_DONE ? null
                : new Decision(yes.isSelected(), opinion.getText()));
        return d.showAndWait();
    }
}
