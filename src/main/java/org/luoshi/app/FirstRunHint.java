package org.luoshi.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;

/**
 * The hint a new user sees under the tool bar: import a plan, choose "my unit", read the guide —
 * each one click away. Shown at the first start (no settings file yet) and whenever the workspace
 * holds no plan; × hides it until the next start.
 */
final class FirstRunHint extends HBox {

    FirstRunHint(Runnable importPlan, Runnable myUnit, Runnable guide) {
        super(8);
        setId("firstRunHint");
        getStyleClass().add("first-run-hint");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        setStyle("-fx-background-color: #fdf6e3; -fx-border-color: transparent transparent #e6d9b8 transparent;");
        Label text = new Label(Messages.get("hint.firstRun"), new FontIcon("mdi2l-lightbulb-on-outline"));
        text.setWrapText(true);
        text.setMinWidth(200);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button importButton = button("hintImport", "hint.import", importPlan);
        Button unitButton = button("hintMyUnit", "hint.myUnit", myUnit);
        Button guideButton = button("hintGuide", "action.guide", guide);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("hintClose");
        close.getStyleClass().add("row-remove");
        close.setOnAction(e -> setVisible(false));
        getChildren().addAll(text, importButton, unitButton, guideButton, close);
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
