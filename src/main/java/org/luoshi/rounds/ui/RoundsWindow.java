package org.luoshi.rounds.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.ui.DateConverter;
import org.luoshi.ui.WindowLook;

/**
 * The progress rounds window: the plan's rounds on the left; on the right the selected round's board
 * (who has reported) and, while forms are being collected, their review — every problem with its
 * file and row, and per task the last and the reported value — with 收取 to apply it. Returned forms
 * can be picked or dropped on the window.
 */
final class RoundsWindow {
    private final Stage stage;
    private final RoundsViewModel model;
    private final ListView<Rounds.Summary> roundList = new ListView<>();
    private final TableView<RoundBoard.UnitState> board = new TableView<>();
    private final Label counts = new Label();
    private TableColumn<RoundBoard.UnitState, String> unitColumn;
    private final ListView<Review.Problem> problems = new ListView<>();
    private final TableView<Review.FileCheck> files = new TableView<>();
    private final TableView<Review.Line> lines = new TableView<>();
    private final VBox reviewBox = new VBox(6);

    RoundsWindow(Stage stage, RoundsViewModel model) {
        this.stage = stage;
        this.model = model;
        BorderPane root = new BorderPane();
        root.setTop(toolbar());
        roundList.setId("roundList");
        roundList.setItems(model.rounds());
        roundList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Rounds.Summary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.get("rounds.ui.roundItem", s.round().period(),
                        Dates.format(s.round().due()), Messages.get("rounds.state." + s.board().state())));
            }
        });
        roundList.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is != model.selectedProperty().get()) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((o, was, is) -> roundList.getSelectionModel().select(is));
        VBox right = new VBox(6, counts, board, reviewBox);
        right.setPadding(new Insets(8));
        VBox.setVgrow(board, Priority.ALWAYS);
        VBox.setVgrow(reviewBox, Priority.ALWAYS);
        boardTable();
        reviewPart();
        SplitPane split = new SplitPane(roundList, right);
        split.setDividerPositions(0.25);
        root.setCenter(split);
        Label message = new Label();
        message.setId("roundsMessage");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(message);
        model.boardProperty().addListener((o, was, is) -> showBoard(is));
        model.reviewProperty().addListener((o, was, is) -> showReview(is));
        showReview(null);
        Scene scene = new Scene(root, 1100, 700);
        WindowLook.of(stage.getOwner()).apply(root);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
        stage.setScene(scene);
        stage.setTitle(Messages.get("rounds.ui.title"));
    }

    Stage stage() {
        return stage;
    }

    private ToolBar toolbar() {
        Button add = button("newRound", "rounds.ui.new", this::newRound);
        Button forms = button("writeForms", "rounds.ui.forms", model::writeForms);
        Button collect = button("collectForms", "rounds.ui.collect", model::chooseAndCollect);
        Button copy = button("copyNotice", "rounds.ui.notice.copy", () -> model.noticeText(text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        }));
        Button save = button("saveNotice", "rounds.ui.notice.saveButton", model::saveNotice);
        for (Button b : List.of(forms, collect, copy, save)) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Button close = button("closeRounds", "dialog.close", stage::close);
        close.setCancelButton(true);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        return new ToolBar(add, forms, collect, copy, save, spacer, close);
    }

    /** How the new-round dialog is shown: modal, its choice opening the round (tests show it without waiting). */
    java.util.function.Consumer<NewRoundDialog> showNewRound = this::showAndOpen;

    private void showAndOpen(NewRoundDialog d) {
        d.showAndWait().ifPresent(c -> model.openRound(c.request(), c.forms()));
    }

    private void newRound() {
        model.newRoundDefaults(defaults -> showNewRound.accept(new NewRoundDialog(stage, model.plan(), model.today(),
                defaults, model::chooseFolder, WindowLook.of(stage.getOwner()))));
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void boardTable() {
        board.setId("roundBoard");
        board.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        unitColumn = column(Messages.get("rounds.ui.col.unit"), u -> u.unit());
        unitColumn.setId("boardUnit");
        board.getColumns().add(unitColumn);
        board.getColumns().add(column(Messages.get("rounds.ui.col.state"), u -> u.state().chinese()));
        board.getColumns().add(column(Messages.get("rounds.ui.col.received"),
                u -> u.received() == null ? "" : Dates.format(u.received())));
        board.getColumns().add(column(Messages.get("rounds.ui.col.late"),
                u -> u.late() ? Messages.get("rounds.ui.late") : u.received() == null ? "" : Messages.get("rounds.ui.onTime")));
        board.getColumns().add(column(Messages.get("rounds.ui.col.reported"), u -> u.reported() + " / " + u.tasks()));
        counts.setId("boardCounts");
    }

    private void showBoard(RoundBoard b) {
        if (b == null) {
            board.getItems().clear();
            counts.setText("");
            return;
        }
        board.getItems().setAll(b.units());
        sizeUnitColumn(b);
        counts.setText(Messages.get("rounds.ui.counts", b.count(RoundBoard.State.SUBMITTED),
                b.count(RoundBoard.State.PARTIAL), b.count(RoundBoard.State.MISSING), b.late().size()));
    }

    /**
     * The unit column as wide as its longest name (省优化营商环境促进市…), so the constrained table
     * gives the room to it and not to the short columns.
     */
    private void sizeUnitColumn(RoundBoard b) {
        Text probe = new Text();
        probe.setFont(counts.getFont()); // the window's font, as its CSS set it
        double widest = 0;
        for (RoundBoard.UnitState u : b.units()) {
            probe.setText(u.unit());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        probe.setText(unitColumn.getText());
        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        double width = Math.ceil(widest * 1.1) + 24; // cell padding, a bolder look's margin
        unitColumn.setMinWidth(width);
        unitColumn.setPrefWidth(width);
    }

    /** The files of the review: each with its unit, and the day it counts as received (a picker: the person may change it). */
    private void filesTable() {
        files.setId("reviewFiles");
        files.setEditable(true);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        files.setPrefHeight(140);
        files.getColumns().add(column(Messages.get("rounds.ui.col.file"), f -> f.file().getFileName().toString()));
        files.getColumns().add(column(Messages.get("rounds.ui.col.unit"), f -> f.unit() == null ? "" : f.unit()));
        TableColumn<Review.FileCheck, LocalDate> received = new TableColumn<>(Messages.get("rounds.ui.col.receivedOn"));
        received.setId("receivedColumn");
        received.setMinWidth(170);
        received.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().received()));
        received.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                Review.FileCheck f = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || f == null || !f.taken()) {
                    setGraphic(null);
                    return;
                }
                DatePicker picker = DateConverter.picker(day);
                picker.getStyleClass().add("received-picker");
                picker.valueProperty().addListener((o, was, is) -> {
                    if (is != null && !is.equals(f.received())) {
                        model.setReceived(f.file(), is);
                    }
                });
                setGraphic(picker);
            }
        });
        files.getColumns().add(received);
        files.getColumns().add(column(Messages.get("rounds.ui.col.fileState"),
                f -> f.taken() ? Messages.get("rounds.ui.fileTaken") : f.reason()));
    }

    private void reviewPart() {
        filesTable();
        problems.setId("reviewProblems");
        problems.setPrefHeight(120);
        problems.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Review.Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.file().getFileName() + (p.row() > 0 ? "：" : " — ") + p.message());
            }
        });
        lines.setId("reviewLines");
        lines.setEditable(true);
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        lines.getColumns().add(column(Messages.get("rounds.ui.col.unit"), Review.Line::unit));
        lines.getColumns().add(column(Messages.get("rounds.ui.col.task"), Review.Line::task));
        lines.getColumns().add(column(Messages.get("rounds.ui.col.last"),
                l -> l.last() == null ? "" : l.last().percent() + "%　" + l.last().text()));
        lines.getColumns().add(column(Messages.get("rounds.ui.col.reportedNow"),
                l -> l.reported().percent() + "%　" + l.reported().text()
                        + (l.replacing() ? "（" + Messages.get("rounds.ui.replaces") + "）" : "")));
        TableColumn<Review.Line, Boolean> done = new TableColumn<>(Messages.get("rounds.ui.col.done"));
        done.setEditable(true);
        done.setCellValueFactory(c -> {
            Review.Line l = c.getValue();
            SimpleBooleanProperty p = new SimpleBooleanProperty(model.confirmedDone().contains(l.taskId()));
            p.addListener((o, was, is) -> {
                if (is) {
                    model.confirmedDone().add(l.taskId());
                } else {
                    model.confirmedDone().remove(l.taskId());
                }
            });
            return p;
        });
        done.setCellFactory(col -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                Review.Line l = getTableRow() == null ? null : getTableRow().getItem();
                setVisible(!empty && l != null && l.proposesDone());
            }
        });
        lines.getColumns().add(done);
        Button apply = button("applyReview", "rounds.ui.apply", model::apply);
        apply.disableProperty().bind(model.reviewProperty().isNull());
        Button discard = button("discardReview", "rounds.ui.discard", model::discardReview);
        Label title = new Label(Messages.get("rounds.ui.reviewTitle"));
        title.setStyle("-fx-font-weight: bold");
        HBox buttons = new HBox(8, apply, discard);
        SplitPane parts = new SplitPane(files, problems, lines);
        parts.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(parts, Priority.ALWAYS);
        reviewBox.getChildren().setAll(title, parts, buttons);
    }

    private void showReview(Review r) {
        reviewBox.setVisible(r != null);
        reviewBox.setManaged(r != null);
        files.getItems().setAll(r == null ? List.of() : r.files());
        problems.getItems().setAll(r == null ? List.of() : r.problems());
        lines.getItems().setAll(r == null ? List.of() : r.lines());
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        return c;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && model.selectedProperty().get() != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            model.collect(e.getDragboard().getFiles().stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** For tests: what a drop of {@code files} does. */
    void drop(List<Path> files) {
        model.collect(files);
    }

}
