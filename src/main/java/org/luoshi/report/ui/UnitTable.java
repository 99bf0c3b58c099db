package org.luoshi.report.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.luoshi.i18n.Messages;
import org.luoshi.report.PaceClass;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.RoleScope;
import org.luoshi.report.overview.UnitRow;

/**
 * One row per unit: its tasks (as lead, as responsible unit, or in all roles, as {@link #roles}
 * says) by pace class. Sortable by any column; a click on a number lists the tasks behind it.
 */
final class UnitTable extends TableView<UnitRow> {
    final ChoiceBox<RoleScope> roles = new ChoiceBox<>(FXCollections.observableArrayList(RoleScope.values()));
    private final Consumer<TasksBehind> open;
    private Overview overview;

    UnitTable(Consumer<TasksBehind> open) {
        this.open = open;
        setId("statsUnitTable");
        roles.setId("statsRoleScope");
        roles.setValue(RoleScope.ALL);
        roles.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoleScope r) {
                return r == null ? "" : r.label();
            }

            @Override
            public RoleScope fromString(String s) {
                return null;
            }
        });
        roles.valueProperty().addListener((obs, old, now) -> {
            refresh();
            sort();
        });
        TableColumn<UnitRow, String> unit = new TableColumn<>(Messages.get("stats.ui.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit()));
        unit.setPrefWidth(190);
        unit.setComparator(org.luoshi.plan.UnitOrder.COLLATOR);
        getColumns().add(unit);
        getColumns().add(countColumn(Messages.get("stats.ui.total"), null));
        for (PaceClass c : PaceClass.values()) {
            getColumns().add(countColumn(c.label(), c));
        }
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label(Messages.get("stats.ui.noUnits")));
    }

    void show(Overview o) {
        overview = o;
        getItems().setAll(o.units());
        sort();
    }

    private TableColumn<UnitRow, Integer> countColumn(String name, PaceClass pace) {
        TableColumn<UnitRow, Integer> col = new TableColumn<>(name);
        col.setId("statsCol-" + (pace == null ? "total" : pace.name()));
        col.setCellValueFactory(c -> {
            var counts = c.getValue().of(roles.getValue());
            return new ReadOnlyObjectWrapper<>(pace == null ? counts.total() : counts.count(pace));
        });
        col.setCellFactory(c -> new TableCell<>() {
            {
                setOnMouseClicked(e -> {
                    UnitRow row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null && overview != null && getItem() != null && getItem() > 0) {
                        RoleScope scope = roles.getValue();
                        String title = row.unit() + " · " + scope.label() + (pace == null ? "" : " · " + pace.label());
                        open.accept(new TasksBehind(title, overview.tasksOf(row.unit(), scope, pace)));
                    }
                });
            }

            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("pace-count-link", "pace-count-zero");
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                setText(String.valueOf(value));
                getStyleClass().add(value > 0 ? "pace-count-link" : "pace-count-zero");
            }
        });
        col.setStyle("-fx-alignment: center-right;");
        col.setPrefWidth(pace == null ? 64 : 70);
        return col;
    }
}
