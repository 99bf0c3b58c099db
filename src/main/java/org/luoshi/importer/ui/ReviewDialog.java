package org.luoshi.importer.ui;

import org.luoshi.ui.DialogWindows;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.review.DraftTask;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;

/**
 * Review before saving: the source on the left with what was read highlighted, the extracted tasks
 * on the right (linked both ways), every field editable, tasks split and merged, warnings that jump
 * to their line. The result is the reviewed plan, or nothing on cancel — nothing is written here.
 */
public final class ReviewDialog extends Dialog<Plan> {
    public static final ButtonType SAVE = new ButtonType(Messages.get("review.save"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("review.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private final ReviewDraft draft;
    private final SourcePane source;
    private final TableView<DraftTask> table = new TableView<>();
    private final TaskEditor editor;
    private final Label summary = new Label();
    private final TableGridPane grid;
    private final ListView<ImportWarning> warnings;

    public ReviewDialog(Window owner, ReviewDraft draft, String documentLabel) {
        this.draft = draft;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.APPLICATION_MODAL);
        DialogWindows.fit(this);
        setResizable(true);
        setTitle(Messages.get("review.title", documentLabel));
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ReviewDialog.class.getResource("/org/luoshi/importer/ui/review.css")).toExternalForm());
        getDialogPane().getStyleClass().add("review-dialog");
        getDialogPane().getProperties().put(ReviewDialog.class, this); // lets tests find the dialog
        getDialogPane().getButtonTypes().setAll(SAVE, CANCEL);
        // Leaves room for the title bar and a panel on a 1280×800 screen; DialogWindows fits it to smaller ones.
        getDialogPane().setPrefSize(1200, 720);

        source = new SourcePane(draft.source(), this::lineClicked);
        editor = new TaskEditor(this::edited);
        editor.split.setOnAction(e -> split());
        editor.merge.setOnAction(e -> merge());
        editor.remove.setOnAction(e -> remove());

        buildTable();
        warnings = warningList();
        VBox right = new VBox(table, editor);
        VBox.setVgrow(table, Priority.ALWAYS);
        grid = draft.tableReview().map(tables -> new TableGridPane(tables, this::tablesChanged)).orElse(null);
        SplitPane split = new SplitPane(grid == null ? source : sourceAndTables(), right);
        split.setDividerPositions(grid == null ? 0.45 : 0.55);

        SplitPane vertical = new SplitPane(split, warnings);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(draft.warnings().isEmpty() ? 0.97 : 0.85);

        BorderPane content = new BorderPane(vertical);
        content.setTop(header(documentLabel));
        getDialogPane().setContent(content);

        setResultConverter(button -> button == SAVE ? draft.toPlan() : null);
        refresh();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** The source and the document's tables, each in a tab; the table first where the tasks came from it. */
    private TabPane sourceAndTables() {
        Tab text = new Tab(Messages.get("review.tab.source"), source);
        Tab tables = new Tab(Messages.get("review.tab.table"), grid);
        tables.setId("tableTab");
        TabPane tabs = new TabPane(text, tables);
        tabs.setId("sourceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        int fromTables = draft.tableReview().map(t -> t.read().tasks().size()).orElse(0);
        grid.tasksRead(fromTables);
        if (fromTables > 0 || draft.tasks().isEmpty()) {
            tabs.getSelectionModel().select(tables); // the tasks are there, or are to be found there
        }
        return tabs;
    }

    /** A table chosen or a column's meaning changed: the tasks are read again from the tables. */
    private void tablesChanged() {
        grid.tasksRead(draft.rereadTables());
        refresh();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private VBox header(String documentLabel) {
        TextField title = new TextField(draft.title());
        title.setId("reviewTitle");
        title.textProperty().addListener((o, a, v) -> draft.setTitle(v));
        TextField docNumber = new TextField(draft.docNumber() == null ? "" : draft.docNumber());
        docNumber.setId("reviewDocNumber");
        docNumber.textProperty().addListener((o, a, v) -> draft.setDocNumber(v));
        TextField issuer = new TextField(draft.issuer() == null ? "" : draft.issuer());
        issuer.textProperty().addListener((o, a, v) -> draft.setIssuer(v));
        DatePicker issued = org.luoshi.ui.DateConverter.picker(draft.issuedOn()); // 2018年11月7日 in Chinese
        issued.setId("reviewIssuedOn");
        issued.valueProperty().addListener((o, a, v) -> draft.setIssuedOn(v));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("review.planTitle")), title, new Label(Messages.get("app.plan.docNumber")),
                docNumber);
        grid.addRow(1, new Label(Messages.get("review.issuer")), issuer, new Label(Messages.get("review.issuedOn")),
                issued);
        GridPane.setHgrow(title, Priority.ALWAYS);
        summary.setId("reviewSummary");
        summary.getStyleClass().add("review-summary");
        Label from = new Label(Messages.get("review.from", documentLabel));
        from.getStyleClass().add("review-summary");
        VBox box = new VBox(6, grid, from, summary);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private void buildTable() {
        table.setId("reviewTable");
        Label none = new Label(Messages.get(draft.tableReview().isPresent()
                ? "review.noTasks.chooseColumns" : "review.noTasks"));
        none.setWrapText(true);
        none.setMaxWidth(380);
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("column.number", t -> t.number() == null ? "" : t.number(), 84),
                column("column.task", t -> t.text().replace('\n', ' '), 300),
                column("column.lead", t -> t.units(Role.LEAD), 120),
                column("column.responsible", t -> t.units(Role.RESPONSIBLE), 120),
                column("column.cooperating", t -> t.units(Role.COOPERATING), 120),
                column("column.deadline", DraftTask::deadlineText, 110)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, task) -> taskSelected(task));
    }

    private static TableColumn<DraftTask, String> column(String key, Function<DraftTask, String> value, double width) {
        TableColumn<DraftTask, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        // Never narrower than its heading and a number such as （二十一）, whatever the dialog's size.
        c.setMinWidth(Math.min(width, 84));
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private ListView<ImportWarning> warningList() {
        ListView<ImportWarning> list = new ListView<>(FXCollections.observableArrayList(draft.warnings()));
        list.setId("reviewWarnings");
        list.setPlaceholder(new Label(Messages.get("review.noWarnings")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null
                        : (w.line() > 0 ? Messages.get("review.line", w.line()) + "　" : "") + w.message());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, w) -> {
            if (w != null && w.line() > 0) {
                lineClicked(w.line());
                source.showLine(w.line());
            }
        });
        return list;
    }

    private void taskSelected(DraftTask task) {
        editor.show(task, draft.contextYear());
        int index = table.getItems().indexOf(task);
        source.showTask(index + 1, task == null ? 0 : task.sourceLine());
    }

    private void lineClicked(int line) {
        int index = draft.taskAtLine(line);
        if (index >= 0 && table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().select(index);
            table.scrollTo(Math.max(0, index - 2));
        }
    }

    private void edited() {
        int selected = table.getSelectionModel().getSelectedIndex();
        table.refresh();
        source.setHighlights(draft.highlights());
        updateSummary();
        if (selected >= 0) {
            source.showTask(selected + 1, 0);
        }
    }

    private void split() {
        int index = table.getSelectionModel().getSelectedIndex();
        int at = editor.caret();
        DraftTask task = table.getSelectionModel().getSelectedItem();
        if (task == null || at <= 0 || at >= task.text().length()) {
            return;
        }
        int second = draft.split(index, at);
        refresh();
        table.getSelectionModel().select(second);
    }

    private void merge() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0 && index + 1 < draft.tasks().size()) {
            draft.mergeWithNext(index);
            refresh();
            table.getSelectionModel().select(index);
        }
    }

    private void remove() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            draft.remove(index);
            refresh();
            table.getSelectionModel().select(Math.min(index, draft.tasks().size() - 1));
        }
    }

    private void refresh() {
        ObservableList<DraftTask> items = FXCollections.observableArrayList(draft.tasks());
        table.setItems(items);
        if (!warnings.getItems().equals(draft.warnings())) {
            warnings.getItems().setAll(draft.warnings());
        }
        source.setHighlights(draft.highlights());
        updateSummary();
    }

    private void updateSummary() {
        summary.setText(Messages.get("review.summary", draft.tasks().size(), draft.warnings().size()));
        var save = getDialogPane().lookupButton(SAVE);
        if (save != null) {
            save.setDisable(draft.tasks().isEmpty()); // a plan without tasks is nothing to keep
        }
    }

    /** The draft being reviewed (tests drive it). */
    public ReviewDraft draft() {
        return draft;
    }

    public TableView<DraftTask> table() {
        return table;
    }

    /** The grid of the document's tables, or null for a document without (tests). */
    TableGridPane tableGrid() {
        return grid;
    }
}
