package org.luoshi.requests.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.RequestWords;
import org.luoshi.requests.TaskRequest;
import org.luoshi.ui.WindowLook;

/**
 * 延期与销号: the plan's extension and closing requests, filtered by state; the selected one's details below with
 * its evidence files (打开 with the system viewer, 导出 as .zip), and the buttons to decide, print the 延期审批单 and
 * ask for the selected request's task.
 */
final class RequestsWindow {
    private final Stage stage;
    private final RequestsViewModel model;
    final TableView<RequestsViewModel.Row> table = new TableView<>();
    final TextArea details = new TextArea();
    final ListView<EvidenceFile> evidence = new ListView<>();

    RequestsWindow(Stage stage, RequestsViewModel model) {
        this.stage = stage;
        this.model = model;
        table.setId("requestTable");
        table.setItems(model.rows());
        columns();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != model.selectedProperty().get()) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((o, was, is) -> {
            if (table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
            show(is);
        });
        details.setId("requestDetails");
        details.setEditable(false);
        details.setWrapText(true);
        evidence.setId("evidenceList");
        evidence.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.name() + "（" + f.shownSize() + "，SHA-256 " + f.sha256().substring(0, 12)
                        + "…）");
            }
        });
        evidence.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && evidence.getSelectionModel().getSelectedItem() != null) {
                model.open(evidence.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button(Messages.get("requests.ui.openEvidence"));
        open.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(evidence.getSelectionModel().getSelectedItem()));
        Button exportTask = new Button(Messages.get("requests.ui.exportTask"));
        exportTask.disableProperty().bind(model.selectedProperty().isNull());
        exportTask.setOnAction(e -> model.exportEvidence(false));
        VBox files = new VBox(6, new Label(Messages.get("requests.ui.evidence")), evidence, new HBox(6, open, exportTask));
        VBox.setVgrow(evidence, Priority.ALWAYS);
        SplitPane lower = new SplitPane(details, files);
        lower.setDividerPositions(0.55);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane root = new BorderPane(split);
        root.setTop(toolbar());
        BorderPane.setMargin(split, new Insets(4));
        stage.setTitle(Messages.get("requests.ui.title") + " — " + (model.plan() == null ? "" : model.plan().displayTitle()));
        Scene scene = new Scene(root, 1100, 700);
        WindowLook.of(stage.getOwner()).apply(root);
        stage.setScene(scene);
    }

    private ToolBar toolbar() {
        ChoiceBox<RequestsViewModel.Filter> filter = new ChoiceBox<>();
        filter.setId("stateFilter");
        filter.getItems().setAll(RequestsViewModel.Filter.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestsViewModel.Filter f) {
                return f == null ? "" : Messages.get("requests.filter." + f.name());
            }

            @Override
            public RequestsViewModel.Filter fromString(String s) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Button decide = new Button(Messages.get("requests.ui.decide"));
        decide.setId("decide");
        decide.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().request().pending(), model.selectedProperty()));
        decide.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().request().kind() == RequestKind.CLOSING
                ? Messages.get("requests.ui.review") : Messages.get("requests.ui.decide"), model.selectedProperty()));
        decide.setOnAction(e -> model.decideSelected());
        Button extend = new Button(Messages.get("requests.ui.extend"));
        extend.disableProperty().bind(model.selectedProperty().isNull());
        extend.setOnAction(e -> model.extend(model.selectedProperty().get().task()));
        Button close = new Button(Messages.get("requests.ui.close"));
        close.disableProperty().bind(model.selectedProperty().isNull());
        close.setOnAction(e -> model.close(model.selectedProperty().get().task()));
        Button form = new Button(Messages.get("requests.ui.printForm"));
        form.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().request().kind() != RequestKind.EXTENSION, model.selectedProperty()));
        form.setOnAction(e -> model.printForm());
        Button exportAll = new Button(Messages.get("requests.ui.exportPlan"));
        exportAll.setOnAction(e -> model.exportEvidence(true));
        ChoiceBox<DeadlineRule> rule = new ChoiceBox<>();
        rule.setId("deadlineRule");
        rule.getItems().setAll(DeadlineRule.values());
        rule.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeadlineRule r) {
                return r == null ? "" : Messages.get("requests.rule." + r.name());
            }

            @Override
            public DeadlineRule fromString(String s) {
                return null;
            }
        });
        rule.valueProperty().bindBidirectional(model.ruleProperty());
        javafx.scene.layout.Region space = new javafx.scene.layout.Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        return new ToolBar(new Label(Messages.get("requests.ui.filter")), filter, decide, form, extend, close, exportAll,
                space, new Label(Messages.get("requests.ui.rule")), rule);
    }

    private void columns() {
        TableColumn<RequestsViewModel.Row, String> task = column("requests.col.task", 70,
                r -> r.task().label());
        TableColumn<RequestsViewModel.Row, String> kind = column("requests.col.kind", 80,
                r -> RequestWords.kind(r.request().kind()));
        TableColumn<RequestsViewModel.Row, String> unit = column("requests.col.unit", 150, r -> r.request().unit());
        TableColumn<RequestsViewModel.Row, String> original = column("requests.col.original", 110,
                r -> Dates.formatShort(r.request().originalDate()));
        TableColumn<RequestsViewModel.Row, String> to = column("requests.col.to", 110,
                r -> Dates.formatShort(r.request().requestedDate()));
        TableColumn<RequestsViewModel.Row, String> on = column("requests.col.on", 110,
                r -> Dates.formatShort(r.request().requestedOn())
                        + (r.request().kind() == RequestKind.EXTENSION && r.request().late() ? " ⚠" : ""));
        TableColumn<RequestsViewModel.Row, String> state = column("requests.col.state", 120, r -> state(r.request()));
        TableColumn<RequestsViewModel.Row, String> text = column("requests.col.text", 330, r -> {
            String s = r.task().text().strip();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        });
        table.getColumns().setAll(java.util.List.of(task, kind, unit, original, to, on, state, text));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static String state(TaskRequest r) {
        String s = r.stateWord();
        if (r.kind() == RequestKind.CLOSING && r.state() == RequestState.APPROVED) {
            s += "（" + RequestWords.timeliness(r.onTime()) + "）";
        }
        return s;
    }

    private static TableColumn<RequestsViewModel.Row, String> column(String key, double width,
            java.util.function.Function<RequestsViewModel.Row, String> value) {
        TableColumn<RequestsViewModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        return c;
    }

    private void show(RequestsViewModel.Row row) {
        if (row == null) {
            details.clear();
            evidence.getItems().clear();
            return;
        }
        TaskRequest r = row.request();
        StringBuilder b = new StringBuilder();
        b.append(RequestWords.kind(r.kind())).append(" 第 ").append(r.id()).append(" 号　").append(state(r)).append('\n');
        b.append("任务：").append(row.task().label()).append("．").append(row.task().text().strip()).append('\n');
        b.append("申请单位：").append(r.unit()).append("　申请日期：").append(Dates.format(r.requestedOn()));
        if (!r.requestedBy().isEmpty()) {
            b.append("（").append(r.requestedBy()).append("录入）");
        }
        b.append('\n');
        if (r.kind() == RequestKind.EXTENSION) {
            b.append("原定时限：").append(Dates.format(r.originalDate()))
                    .append(r.milestoneId() == 0 ? "" : "（节点" + (r.milestoneLabel().isEmpty() ? "" : "：" + r.milestoneLabel()) + "）")
                    .append("　申请延期至：").append(Dates.format(r.requestedDate()))
                    .append(r.late() ? "　⚠ 逾期后申请" : "").append('\n');
            b.append("理由：").append(r.reason()).append('\n');
            b.append("目前进展：").append(r.progress()).append('\n');
        } else {
            b.append("原定时限：").append(r.originalDate() == null ? "无" : Dates.format(r.originalDate())).append('\n');
            b.append("完成情况：").append(r.summary()).append('\n');
        }
        if (!r.pending()) {
            b.append(r.kind() == RequestKind.EXTENSION ? "审批：" : "审核：").append(r.stateWord()).append("（")
                    .append(r.decidedBy()).append("，").append(Dates.format(r.decidedOn())).append("）");
            if (!r.opinion().isEmpty()) {
                b.append("　意见：").append(r.opinion());
            }
            b.append('\n');
        }
        details.setText(b.toString());
        evidence.getItems().setAll(r.evidence());
    }

    Stage stage() {
        return stage;
    }
}
