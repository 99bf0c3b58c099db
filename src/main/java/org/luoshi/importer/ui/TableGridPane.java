package org.luoshi.importer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.luoshi.importer.review.TableReview;
import org.luoshi.importer.table.TableColumn;

/**
 * A document's tables as printed: one grid per table, merged cells spanning the rows and columns
 * they cover (shaded), the header row in bold, a drop-down above each column saying what it
 * means. Above the grid, which table is shown and whether it is read. Every change goes to the
 * {@link TableReview} and then to {@code changed}, which reads the tasks again.
 */
final class TableGridPane extends BorderPane {
    /** More rows than a person reads on screen; the tasks are still read from every row. */
    static final int MAX_ROWS_SHOWN = 400;

    private final TableReview review;
    private final Runnable changed;
    private final ComboBox<Integer> shown = new ComboBox<>();
    private final CheckBox read = new CheckBox(Messages.get("review.table.read"));
    private final Label note = new Label();
    private final GridPane grid = new GridPane();
    private final List<ComboBox<TableColumn>> meanings = new ArrayList<>();
    private int taskCount;

    TableGridPane(TableReview review, Runnable changed) {
        this.review = review;
        this.changed = changed;
        getStyleClass().add("table-grid-pane");

        List<Integer> indices = new ArrayList<>();
        for (int t = 0; t < review.tables().size(); t++) {
            indices.add(t);
        }
        shown.setId("tableChooser");
        shown.setItems(FXCollections.observableArrayList(indices));
        shown.setCellFactory(l -> new TableNameCell());
        shown.setButtonCell(new TableNameCell());
        shown.getSelectionModel().select(firstRead());
        shown.valueProperty().addListener((o, a, t) -> showTable());
        read.setId("tableRead");
        read.setOnAction(e -> {
            review.choose(shownTable(), read.isSelected());
            changed.run();
        });
        Label chooser = new Label(Messages.get("review.table.shown"));
        HBox top = new HBox(8, chooser, shown, read);
        top.setAlignment(Pos.CENTER_LEFT);
        boolean several = review.tables().size() > 1;
        chooser.setVisible(several);
        chooser.setManaged(several);
        shown.setVisible(several);
        shown.setManaged(several);

        note.setId("tableNote");
        note.getStyleClass().add("table-note");
        note.setWrapText(true);
        VBox header = new VBox(6, top, note);
        header.setPadding(new Insets(4, 4, 6, 4));
        setTop(header);

        grid.setId("tableGrid");
        grid.getStyleClass().add("table-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        setCenter(scroll);
        showTable();
    }

    /** How many tasks the chosen tables gave when last read; the note says it. */
    void tasksRead(int count) {
        taskCount = count;
        updateNote();
    }

    /** The drop-down above column {@code column} of the table shown (tests). */
    ComboBox<TableColumn> meaningChooser(int column) {
        return meanings.get(column);
    }

    int shownTable() {
        Integer t = shown.getValue();
        return t == null ? 0 : t;
    }

    private int firstRead() {
        for (int t = 0; t < review.tables().size(); t++) {
            if (review.isChosen(t)) {
                return t;
            }
        }
        return 0;
    }

    private void showTable() {
        int t = shownTable();
        read.setSelected(review.isChosen(t));
        fillGrid(t);
        updateNote();
    }

    private void updateNote() {
        int t = shownTable();
        DocumentTable table = review.tables().get(t);
        String text;
        if (!review.isChosen(t)) {
            text = Messages.get("review.table.notRead");
        } else if (!review.readsTasks(t) || taskCount == 0) {
            text = Messages.get("review.table.noTasks");
        } else {
            text = Messages.get("review.table.tasks", taskCount);
        }
        if (table.rows().size() > MAX_ROWS_SHOWN) {
            text += "　" + Messages.get("review.table.truncated", MAX_ROWS_SHOWN, table.rows().size());
        }
        note.setText(text);
    }

    private void fillGrid(int t) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        meanings.clear();
        DocumentTable table = review.tables().get(t);
        int columns = review.columnCount(t);
        int header = review.meanings(t).headerRow();

        grid.getColumnConstraints().add(new ColumnConstraints(USE_COMPUTED_SIZE));
        for (int c = 0; c < columns; c++) {
            double width = columnWidth(table, c);
            ColumnConstraints cc = new ColumnConstraints(width, width, width * 1.5); // never narrower than its drop-down
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
            grid.add(meaningBox(t, c), c + 1, 0);
        }

        List<TableRow> rows = table.rows();
        int shownRows = Math.min(rows.size(), MAX_ROWS_SHOWN);
        for (int r = 0; r < shownRows; r++) {
            grid.add(rowNumber(t, r), 0, r + 1);
            List<TableCell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                TableCell cell = cells.get(c);
                if (cell.isCovered()) {
                    continue; // drawn by the cell that covers it
                }
                int colSpan = 1;
                while (c + colSpan < cells.size() && cells.get(c + colSpan).covered() == TableCell.Covered.FROM_LEFT) {
                    colSpan++;
                }
                int rowSpan = 1;
                while (r + rowSpan < shownRows && coveredFromAbove(rows.get(r + rowSpan), c)) {
                    rowSpan++;
                }
                Label label = new Label(cell.text());
                label.setWrapText(true);
                label.setMaxWidth(Double.MAX_VALUE);
                label.setMaxHeight(Double.MAX_VALUE);
                label.setAlignment(Pos.TOP_LEFT);
                label.getStyleClass().add("grid-cell");
                if (colSpan > 1 || rowSpan > 1) {
                    label.getStyleClass().add("merged");
                }
                if (r == header) {
                    label.getStyleClass().add("header");
                } else if (r < header) {
                    label.getStyleClass().add("title");
                } else if (review.meaningOf(t, c) == TableColumn.OTHER) {
                    label.getStyleClass().add("unread");
                }
                grid.add(label, c + 1, r + 1, colSpan, rowSpan);
            }
        }
    }

    private static boolean coveredFromAbove(TableRow row, int column) {
        return column < row.cells().size() && row.cells().get(column).covered() == TableCell.Covered.FROM_ABOVE;
    }

    /** Wide enough for the column's usual text: task text wide, unit and date columns narrower. */
    private static double columnWidth(DocumentTable table, int column) {
        long total = 0;
        int n = 0;
        for (TableRow row : table.rows()) {
            if (column < row.cells().size() && !row.cells().get(column).isCovered()) {
                total += row.cells().get(column).text().length();
                n++;
            }
            if (n >= 200) {
                break;
            }
        }
        double average = n == 0 ? 0 : (double) total / n;
        return Math.max(108, Math.min(320, average * 14 + 20));
    }

    private ComboBox<TableColumn> meaningBox(int t, int column) {
        ComboBox<TableColumn> box = new ComboBox<>(FXCollections.observableArrayList(TableColumn.values()));
        box.setId("meaning-" + column);
        box.getStyleClass().add("meaning");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(l -> new MeaningCell());
        box.setButtonCell(new MeaningCell());
        box.setTooltip(new Tooltip(Messages.get("review.table.column", column + 1)));
        box.setValue(review.meaningOf(t, column));
        markChosen(box);
        box.valueProperty().addListener((o, before, meaning) -> {
            if (meaning == null || meaning == review.meaningOf(t, column)) {
                return;
            }
            review.setMeaning(t, column, meaning);
            read.setSelected(review.isChosen(t));
            fillGrid(t); // another column may have given up this meaning
            changed.run();
        });
        meanings.add(box);
        return box;
    }

    private static void markChosen(ComboBox<TableColumn> box) {
        box.getStyleClass().remove("chosen");
        if (box.getValue() != TableColumn.OTHER) {
            box.getStyleClass().add("chosen");
        }
    }

    private Label rowNumber(int t, int r) {
        Label number = new Label(String.valueOf(r + 1));
        number.getStyleClass().add("row-number");
        MenuItem headerRow = new MenuItem(Messages.get("review.table.headerRow"));
        headerRow.setOnAction(e -> {
            review.setHeaderRow(t, r);
            fillGrid(t);
            changed.run();
        });
        number.setContextMenu(new ContextMenu(headerRow));
        return number;
    }

    private final class TableNameCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                return;
            }
            String name = review.name(t);
            setText(name.isBlank() ? Messages.get("review.table.unnamed", t + 1) : name);
        }
    }

    private static final class MeaningCell extends ListCell<TableColumn> {
        @Override
        protected void updateItem(TableColumn meaning, boolean empty) {
            super.updateItem(meaning, empty);
            setText(empty || meaning == null ? null : meaning.label());
        }
    }
}
