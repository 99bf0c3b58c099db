package org.luoshi.report.ledger.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.ui.WindowLook;

/**
 * The ledger dialog: which plans (this one or all), one sheet or one per plan, the columns as a
 * checklist with 上移 / 下移, and 保存….
 */
final class LedgerWindow {
    private final Stage stage;

    LedgerWindow(Stage stage, LedgerViewModel model) {
        this.stage = stage;
        ToggleGroup which = new ToggleGroup();
        RadioButton thisPlan = new RadioButton(model.plan() == null ? Messages.get("ledger.ui.thisPlan.none")
                : Messages.get("ledger.ui.thisPlan", model.plan().displayTitle()));
        thisPlan.setId("ledgerThisPlan");
        thisPlan.setToggleGroup(which);
        thisPlan.setDisable(model.plan() == null);
        RadioButton all = new RadioButton(Messages.get("ledger.ui.allPlans"));
        all.setId("ledgerAllPlans");
        all.setToggleGroup(which);
        (model.allPlansProperty().get() ? all : thisPlan).setSelected(true);
        all.selectedProperty().addListener((o, was, is) -> model.allPlansProperty().set(is));
        CheckBox oneSheet = new CheckBox(Messages.get("ledger.ui.oneSheet"));
        oneSheet.setId("ledgerOneSheet");
        oneSheet.selectedProperty().bindBidirectional(model.oneSheetProperty());
        oneSheet.disableProperty().bind(model.allPlansProperty().not());

        ListView<LedgerViewModel.Choice> columns = new ListView<>(model.columns());
        columns.setId("ledgerColumns");
        columns.setCellFactory(CheckBoxListCell.forListView(LedgerViewModel.Choice::chosenProperty));
        Button up = new Button(Messages.get("ledger.ui.up"));
        up.setId("ledgerUp");
        up.setOnAction(e -> move(columns, model, -1));
        Button down = new Button(Messages.get("ledger.ui.down"));
        down.setId("ledgerDown");
        down.setOnAction(e -> move(columns, model, 1));
        up.disableProperty().bind(columns.getSelectionModel().selectedItemProperty().isNull());
        down.disableProperty().bind(columns.getSelectionModel().selectedItemProperty().isNull());
        VBox moves = new VBox(6, up, down);
        HBox columnBox = new HBox(8, columns, moves);
        HBox.setHgrow(columns, Priority.ALWAYS);

        Button save = new Button(Messages.get("ledger.ui.save"));
        save.setId("ledgerSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button close = new Button(Messages.get("ledger.ui.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("ledgerMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox buttons = new HBox(8, message, save, close);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        VBox top = new VBox(6, thisPlan, all, oneSheet, new Label(Messages.get("ledger.ui.columns")));
        BorderPane root = new BorderPane(columnBox, top, null, buttons, null);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(columnBox, new Insets(6, 0, 6, 0));
        WindowLook.of(stage.getOwner()).apply(root);
        stage.setScene(new Scene(root, 520, 520));
        stage.setTitle(Messages.get("ledger.ui.title"));
    }

    private static void move(ListView<LedgerViewModel.Choice> list, LedgerViewModel model, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        if (by < 0) {
            model.moveUp(i);
        } else {
            model.moveDown(i);
        }
        int now = Math.max(0, Math.min(model.columns().size() - 1, i + by));
        list.getSelectionModel().clearAndSelect(now);
    }

    Stage stage() {
        return stage;
    }
}
