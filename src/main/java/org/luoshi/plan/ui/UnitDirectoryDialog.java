package org.luoshi.plan.ui;

import org.luoshi.ui.DialogWindows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Unit;

/**
 * The unit directory: every unit of the workspace with its task count and other names. Two units
 * that are one office are merged (all assignments kept, the old name becomes an alias); an alias
 * makes later imports use the unit's name.
 */
public final class UnitDirectoryDialog extends Dialog<Void> {
    /** One unit as the directory lists it. */
    public record Entry(Unit unit, int taskCount, List<String> aliases) {
    }

    /** What the dialog asks of the workspace; each call ends by handing back the fresh list. */
    public interface Directory {
        void load(java.util.function.Consumer<List<Entry>> done);

        void merge(Unit from, Unit into, java.util.function.Consumer<List<Entry>> done);

        void addAlias(Unit unit, String alias, java.util.function.Consumer<List<Entry>> done);
    }

    private final TableView<Entry> table = new TableView<>();
    private final ComboBox<Unit> mergeInto = new ComboBox<>();
    private final TextField alias = new TextField();
    private final Directory directory;

    public UnitDirectoryDialog(Window owner, Directory directory) {
        this.directory = directory;
        if (owner != null) {
            initOwner(owner);
        }
        DialogWindows.fit(this);
        setTitle(Messages.get("units.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("units.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setPrefSize(760, 560);

        table.setId("unitTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Entry, String> name = new TableColumn<>(Messages.get("units.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit().name()));
        name.setPrefWidth(260);
        TableColumn<Entry, Integer> count = new TableColumn<>(Messages.get("units.tasks"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().taskCount()));
        count.setPrefWidth(70);
        TableColumn<Entry, String> aliases = new TableColumn<>(Messages.get("units.aliases"));
        aliases.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("、", c.getValue().aliases())));
        table.getColumns().setAll(List.of(name, count, aliases));

        mergeInto.setId("unitMergeInto");
        mergeInto.setPromptText(Messages.get("units.mergeInto"));
        mergeInto.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        Button merge = new Button(Messages.get("units.merge"));
        merge.setId("unitMerge");
        merge.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(mergeInto.valueProperty().isNull()));
        merge.setOnAction(e -> {
            Unit from = table.getSelectionModel().getSelectedItem().unit();
            Unit into = mergeInto.getValue();
            if (from.id() != into.id()) {
                directory.merge(from, into, this::show);
            }
        });

        alias.setId("unitAlias");
        alias.setPromptText(Messages.get("units.aliasPrompt"));
        Button addAlias = new Button(Messages.get("units.addAlias"));
        addAlias.setId("unitAddAlias");
        addAlias.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(alias.textProperty().isEmpty()));
        addAlias.setOnAction(e -> {
            directory.addAlias(table.getSelectionModel().getSelectedItem().unit(), alias.getText(), this::show);
            alias.clear();
        });

        HBox mergeRow = new HBox(8, new Label(Messages.get("units.mergeSelected")), mergeInto, merge);
        HBox aliasRow = new HBox(8, new Label(Messages.get("units.aliasSelected")), alias, addAlias);
        HBox.setHgrow(alias, Priority.ALWAYS);
        Label hint = new Label(Messages.get("units.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, hint, table, mergeRow, aliasRow);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        directory.load(this::show);
    }

    private void show(List<Entry> entries) {
        Entry selected = table.getSelectionModel().getSelectedItem();
        table.setItems(FXCollections.observableArrayList(entries));
        mergeInto.setItems(FXCollections.observableArrayList(entries.stream().map(Entry::unit).toList()));
        mergeInto.setValue(null);
        if (selected != null) {
            entries.stream().filter(e -> e.unit().id() == selected.unit().id()).findFirst()
                    .ifPresent(e -> table.getSelectionModel().select(e));
        }
    }

    public TableView<Entry> table() {
        return table;
    }

    /** Groups alias → unit name pairs by unit name. */
    public static Map<String, List<String>> aliasesByUnit(Map<String, String> aliases) {
        return aliases.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    }
}
