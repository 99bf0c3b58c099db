package org.luoshi.app;

import org.luoshi.ui.DialogWindows;

import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.DateConverter;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;

/** File → New plan: a plan made by hand, with its title and, if it has them, document number, issuer and date. */
final class NewPlanDialog extends Dialog<Plan> {
    final TextField title = new TextField();
    final TextField docNumber = new TextField();
    final TextField issuer = new TextField();
    final DatePicker issuedOn = DateConverter.picker(null);

    NewPlanDialog(Window owner) {
        initOwner(owner);
        DialogWindows.fit(this);
        setTitle(Messages.get("action.newPlan"));
        setHeaderText(Messages.get("newPlan.header"));
        title.setId("newPlanTitle");
        title.setPrefColumnCount(28);
        docNumber.setPromptText("晋政办发〔2024〕1号");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("newPlan.title")), title);
        grid.addRow(1, new Label(Messages.get("app.plan.docNumber")), docNumber);
        grid.addRow(2, new Label(Messages.get("newPlan.issuer")), issuer);
        grid.addRow(3, new Label(Messages.get("newPlan.issuedOn")), issuedOn);
        getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok();
        getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel());
        getDialogPane().lookupButton(ok).disableProperty().bind(title.textProperty().isEmpty());
        setResultConverter(button -> DialogButtons.isOk(button) && !title.getText().isBlank() ? plan() : null);
        setOnShown(e -> title.requestFocus());
    }

    Plan plan() {
        return new Plan(0, null, title.getText().strip(), blankToNull(docNumber.getText()), blankToNull(issuer.getText()),
                issuedOn.getValue(), "", List.of(), List.of(), List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
