package org.luoshi.importer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.review.Highlight;
import org.luoshi.importer.review.HighlightKind;

/**
 * The source document, one list row per line, with what the importer read highlighted: task
 * labels, clauses, units by role, deadline phrases. Lines of the selected task are marked.
 */
final class SourcePane extends ListView<SourceLine> {
    private static final PseudoClass IN_TASK = PseudoClass.getPseudoClass("in-task");
    private static final PseudoClass TASK_START = PseudoClass.getPseudoClass("task-start");

    private Map<Integer, List<Highlight>> byLine = Map.of();
    private int selectedTask;

    SourcePane(String source, IntConsumer onLineClicked) {
        getStyleClass().add("source-pane");
        setId("sourcePane");
        setItems(FXCollections.observableArrayList(Texts.lines(source)));
        setCellFactory(list -> new LineCell());
        getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line != null) {
                onLineClicked.accept(line.number());
            }
        });
    }

    void setHighlights(List<Highlight> highlights) {
        Map<Integer, List<Highlight>> map = new HashMap<>();
        for (Highlight h : highlights) {
            map.computeIfAbsent(h.line(), k -> new ArrayList<>()).add(h);
        }
        byLine = map;
        refresh();
    }

    /** Marks the lines of task {@code seq} and scrolls to its first line. */
    void showTask(int seq, int firstLine) {
        selectedTask = seq;
        refresh();
        if (firstLine > 0) {
            scrollTo(Math.max(0, firstLine - 3));
        }
    }

    void showLine(int line) {
        if (line > 0) {
            scrollTo(Math.max(0, line - 3));
        }
    }

    private final class LineCell extends ListCell<SourceLine> {
        private final Label number = new Label();
        private final TextFlow flow = new TextFlow();
        private final HBox box = new HBox(8, number, flow);

        LineCell() {
            number.getStyleClass().add("line-number");
            number.setMinWidth(36);
            HBox.setHgrow(flow, Priority.ALWAYS);
            flow.setMinWidth(0);
            flow.prefWidthProperty().bind(SourcePane.this.widthProperty().subtract(70));
            flow.maxWidthProperty().bind(flow.prefWidthProperty());
        }

        @Override
        protected void updateItem(SourceLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                pseudoClassStateChanged(IN_TASK, false);
                pseudoClassStateChanged(TASK_START, false);
                return;
            }
            List<Highlight> marks = byLine.getOrDefault(line.number(), List.of());
            number.setText(String.valueOf(line.number()));
            flow.getChildren().setAll(segments(line.text(), marks));
            boolean inTask = selectedTask > 0 && marks.stream().anyMatch(h -> h.taskSeq() == selectedTask);
            pseudoClassStateChanged(IN_TASK, inTask);
            pseudoClassStateChanged(TASK_START, marks.stream().anyMatch(h -> h.kind() == HighlightKind.TASK_LABEL));
            setGraphic(box);
        }
    }

    /** Splits a line into Text pieces, each styled by the innermost highlight over it. */
    static List<Text> segments(String text, List<Highlight> marks) {
        HighlightKind[] kinds = new HighlightKind[text.length()];
        // Clauses first, then the marks inside them (units, deadlines, labels) on top.
        marks.stream().filter(h -> h.kind() == HighlightKind.CLAUSE).forEach(h -> fill(kinds, h));
        marks.stream().filter(h -> h.kind() != HighlightKind.CLAUSE).forEach(h -> fill(kinds, h));
        List<Text> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || kinds[i] != kinds[start]) {
                Text t = new Text(text.substring(start, i));
                t.getStyleClass().add("source-text");
                if (kinds[start] != null) {
                    t.getStyleClass().add("hl-" + kinds[start].name().toLowerCase().replace('_', '-'));
                }
                out.add(t);
                start = i;
            }
        }
        return out;
    }

    private static void fill(HighlightKind[] kinds, Highlight h) {
        IntStream.range(Math.max(0, h.start()), Math.min(kinds.length, h.end())).forEach(i -> kinds[i] = h.kind());
    }
}
