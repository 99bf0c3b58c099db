package org.luoshi.app;

import org.luoshi.ui.UnitField;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;

/**
 * The title of what is on show (the plan's title and document number, a unit, a list), and in
 * the "My unit" view the field to choose that unit.
 */
public final class ViewHeader extends HBox {
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final FontIcon icon = new FontIcon("mdi2c-clipboard-check-outline");
    private final UnitField myUnit;
    private final HBox chooser;

    public ViewHeader(TaskViewModel views) {
        super(12);
        getStyleClass().add("plan-header");
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("plan-title");
        title.setId("planTitle");
        title.setWrapText(true);
        title.textProperty().bind(views.titleProperty());
        subtitle.getStyleClass().add("plan-subtitle");
        subtitle.setId("planSubtitle");
        subtitle.textProperty().bind(views.subtitleProperty());
        icon.getStyleClass().add("plan-icon");

        myUnit = new UnitField(() -> views.main().cache().unitNames());
        myUnit.setId("myUnitChooser");
        myUnit.setPromptText(Messages.get("app.myUnit.prompt"));
        myUnit.setPrefColumnCount(12);
        Button choose = new Button(Messages.get("app.myUnit.choose.button"));
        choose.setId("myUnitChoose");
        Runnable pick = () -> {
            String name = myUnit.getText() == null ? "" : myUnit.getText().strip();
            if (!name.isEmpty()) {
                views.main().chooseMyUnit(name);
            }
        };
        choose.setOnAction(e -> pick.run());
        myUnit.setOnAction(e -> pick.run());
        chooser = new HBox(6, myUnit, choose);
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.managedProperty().bind(chooser.visibleProperty());

        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        getChildren().addAll(icon, titles, chooser);

        views.viewProperty().addListener((obs, old, v) -> showView(v, views));
        views.main().settingsProperty().addListener((obs, old, s) -> showView(views.viewProperty().get(), views));
        showView(views.viewProperty().get(), views);
    }

    private void showView(ViewKey v, TaskViewModel views) {
        boolean mine = v instanceof ViewKey.MyUnitView;
        chooser.setVisible(mine);
        if (mine) {
            String unit = views.main().settingsProperty().get().myUnit();
            if (unit != null && !myUnit.isFocused()) {
                myUnit.setText(unit);
            }
        }
        icon.setIconLiteral(v instanceof ViewKey.PlanView || v == null ? "mdi2c-clipboard-check-outline"
                : v instanceof ViewKey.SearchView ? "mdi2m-magnify"
                : v instanceof ViewKey.SmartView ? "mdi2f-filter-variant" : "mdi2o-office-building-outline");
    }

    public UnitField myUnitField() {
        return myUnit;
    }
}
