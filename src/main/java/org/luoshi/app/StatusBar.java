package org.luoshi.app;

import org.luoshi.ui.FxBackgroundTasks;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.luoshi.ui.TooltipOnHover;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.luoshi.lights.LightColor;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightText;

/**
 * The bottom line: what is happening (background work with its progress, or the workspace's size),
 * how many tasks on show have each light, and which workspace file is open.
 */
final class StatusBar extends HBox {
    private final Map<LightColor, Label> counts = new EnumMap<>(LightColor.class);
    /** Indicators that features add (the reminders badge). */
    private final HBox items = new HBox(6);
    private final ProgressBar progress = new ProgressBar();

    StatusBar(MainViewModel model, TaskViewModel views, FxBackgroundTasks tasks) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.when(tasks.messageProperty().isEmpty())
                .then(model.statusLine().statusProperty()).otherwise(tasks.messageProperty()));
        progress.setId("progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(10);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (LightColor c : LightColor.values()) {
            Circle dot = new Circle(5);
            dot.getStyleClass().setAll("light-dot", "light-" + c.name().toLowerCase());
            Label count = new Label("0", dot);
            count.setId("lightCount-" + c.name());
            TooltipOnHover.install(count, new javafx.beans.property.ReadOnlyStringWrapper(LightText.name(c)));
            counts.put(c, count);
            legend.getChildren().add(count);
        }
        Label file = new Label(model.place().display());
        file.getStyleClass().add("workspace-path");
        file.setMinWidth(0);
        items.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        // Stored dates of the plan on show that no view can show: flagged here, never thrown.
        Label dates = new Label();
        dates.setId("dateWarning");
        dates.getStyleClass().add("date-warning");
        dates.textProperty().bind(Bindings.createStringBinding(() -> model.planOnShow().unusableDatesProperty().get() == 0 ? ""
                : Messages.get("app.dateWarning.short", model.planOnShow().unusableDatesProperty().get()),
                model.planOnShow().unusableDatesProperty()));
        dates.visibleProperty().bind(model.planOnShow().dateWarningProperty().isNotNull());
        dates.managedProperty().bind(dates.visibleProperty());
        dates.setMinWidth(Region.USE_PREF_SIZE);
        TooltipOnHover.install(dates, model.planOnShow().dateWarningProperty(), tip -> {
            tip.setWrapText(true);
            tip.setMaxWidth(600);
        });
        getChildren().addAll(status, progress, dates, spacer, items, legend, file);
        views.summaryProperty().addListener((obs, old, s) -> {
            for (LightColor c : LightColor.values()) {
                counts.get(c).setText(String.valueOf(s.lights().getOrDefault(c, 0)));
            }
        });
    }

    /** Adds a feature's control for the work under way (Cancel import), right of the progress bar. */
    void addProgressItem(javafx.scene.Node item) {
        getChildren().add(getChildren().indexOf(progress) + 1, item);
    }

    /** Adds a feature's indicator, left of the light counts. */
    void addItem(javafx.scene.Node item) {
        items.getChildren().add(item);
    }
}
