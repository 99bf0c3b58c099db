package org.luoshi.app;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import java.util.function.Function;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;

/** The plan as a tree of parts → sections → tasks with the columns 序号, 任务, 牵头, 责任, 配合, 完成时限. */
public final class PlanTreeTable extends TreeTableView<OutlineRow> {
    private static final PseudoClass PART = PseudoClass.getPseudoClass("part");
    private static final PseudoClass SECTION = PseudoClass.getPseudoClass("section");

    public PlanTreeTable() {
        getStyleClass().add("plan-tree");
        setShowRoot(false);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Messages.get("app.noPlans")));

        TreeTableColumn<OutlineRow, String> number = column("column.number", OutlineRow::number, 90, "number");
        TreeTableColumn<OutlineRow, String> task = column("column.task", OutlineRow::text, 480, "task");
        TreeTableColumn<OutlineRow, String> lead = column("column.lead", OutlineRow::lead, 170, "units");
        TreeTableColumn<OutlineRow, String> responsible = column("column.responsible", OutlineRow::responsible, 190, "units");
        TreeTableColumn<OutlineRow, String> cooperating = column("column.cooperating", OutlineRow::cooperating, 190, "units");
        TreeTableColumn<OutlineRow, String> deadline = column("column.deadline", OutlineRow::deadline, 170, "deadline");
        getColumns().setAll(List.of(number, task, lead, responsible, cooperating, deadline));
        setTreeColumn(number);

        setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(OutlineRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PART, !empty && row != null && row.kind() == OutlineRow.Kind.PART);
                pseudoClassStateChanged(SECTION, !empty && row != null && row.kind() == OutlineRow.Kind.SECTION);
            }
        });
    }

    private static TreeTableColumn<OutlineRow, String> column(String key, Function<OutlineRow, String> value,
            double width, String styleClass) {
        TreeTableColumn<OutlineRow, String> c = new TreeTableColumn<>(Messages.get(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.getStyleClass().add(styleClass);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null || cell.getValue().getValue() == null ? ""
                        : value.apply(cell.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Long task texts are cut to one line; the tooltip shows them whole.
                setTooltip(empty || text == null || text.length() < 12 ? null : new Tooltip(text));
            }
        });
        return c;
    }

    /** Shows {@code plan}, every part and section expanded. */
    public void show(Plan plan) {
        TreeItem<OutlineRow> root = new TreeItem<>();
        if (plan != null) {
            for (OutlineRow row : PlanOutline.of(plan, Messages.get("plan.others"))) {
                root.getChildren().add(item(row));
            }
        }
        setRoot(root);
    }

    private static TreeItem<OutlineRow> item(OutlineRow row) {
        TreeItem<OutlineRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        for (OutlineRow child : row.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    /** Number of task rows currently in the tree (tests and the status bar use it). */
    public int taskRowCount() {
        return getRoot() == null ? 0 : getRoot().getChildren().stream()
                .mapToInt(i -> i.getValue().taskCount()).sum();
    }
}
