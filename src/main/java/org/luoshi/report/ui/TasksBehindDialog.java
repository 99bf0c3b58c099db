package org.luoshi.report.ui;

import org.luoshi.ui.DialogWindows;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.report.overview.OverviewTask;
import org.luoshi.ui.DialogButtons;

/** The tasks behind a number: plan, number, text, class, time gone and reported percent; a double-click jumps to the task. */
final class TasksBehindDialog extends Dialog<Void> {
    final TableView<OverviewTask> table = new TableView<>();

    TasksBehindDialog(Window owner, TasksBehind behind, BiConsumer<Long, Long> jump) {
        initOwner(owner);
        DialogWindows.fit(this);
        initModality(Modality.NONE);
        setResizable(true);
        setTitle(Messages.get("stats.ui.tasksBehind"));
        setHeaderText(behind.title() + " — " + Messages.get("stats.ui.taskCount", behind.tasks().size()));
        table.setId("statsTasksBehind");
        table.getColumns().add(column(Messages.get("stats.ui.col.plan"), 170, t -> t.planTitle()));
        table.getColumns().add(column(Messages.get("stats.ui.col.number"), 50, t -> t.pace().task().label()));
        table.getColumns().add(column(Messages.get("stats.ui.col.task"), 380, t -> t.pace().task().text()));
        table.getColumns().add(column(Messages.get("stats.ui.col.pace"), 70, t -> t.pace().pace().label()));
        table.getColumns().add(column(Messages.get("stats.ui.col.share"), 70, t -> percent(t.pace().sharePercent())));
        table.getColumns().add(column(Messages.get("stats.ui.col.reported"), 70, t -> percent(t.pace().percent())));
        table.getItems().setAll(behind.tasks());
        table.setRowFactory(tv -> {
            TableRow<OverviewTask> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    jump.accept(row.getItem().planId(), row.getItem().pace().task().id());
                }
            });
            return row;
        });
        table.setPrefSize(860, 420);
        Label hint = new Label(Messages.get("stats.ui.jumpHint"));
        getDialogPane().setContent(new VBox(6, table, hint));
        getDialogPane().getButtonTypes().setAll(DialogButtons.close());
        getDialogPane().getStylesheets().addAll(owner == null || owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets());
    }

    private static String percent(int p) {
        return p < 0 ? "—" : p + "%";
    }

    private static TableColumn<OverviewTask, String> column(String name, double width,
            java.util.function.Function<OverviewTask, String> value) {
        TableColumn<OverviewTask, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
