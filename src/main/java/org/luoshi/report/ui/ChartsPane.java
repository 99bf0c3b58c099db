package org.luoshi.report.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.luoshi.report.overview.Overview;

/**
 * Where the 统计 window's charts go, drawn one frame after the counts: an overview shown here waits
 * until the frame with the tiles and the unit table has been laid out, then fills the charts (made
 * the first time), so the person sees the numbers without waiting for 105 bars, a pie and a trend.
 * Until then empty spaces of the charts' heights hold their places, and nothing below moves when
 * they arrive.
 */
final class ChartsPane extends GridPane {
    private final Consumer<TasksBehind> open;
    private final ReadOnlyObjectWrapper<Overview> drawn = new ReadOnlyObjectWrapper<>(this, "drawn");
    private final Region unitsSpace = space(StatsCharts.HEIGHT);
    private final Region sharesSpace = space(StatsCharts.HEIGHT);
    private StatsCharts charts;
    private Overview pending;
    /** True while a drawing waits for the next frame. */
    private boolean waiting;

    ChartsPane(Consumer<TasksBehind> open) {
        this.open = open;
        setHgap(10);
        setVgap(10);
        // One row: the bars on half the width, the shares and the trend on a quarter each.
        getColumnConstraints().setAll(column(50), column(25), column(25));
        place(unitsSpace, sharesSpace, null);
    }

    /** Shows {@code o} in the charts once the frame now being made has been laid out. */
    void show(Overview o) {
        pending = o;
        if (!waiting) {
            waiting = true;
            whenInScene(this::afterNextLayout);
        }
    }

    /** The scroll pane puts its content into the scene only when it is first styled. */
    private void whenInScene(Runnable then) {
        if (getScene() != null) {
            then.run();
            return;
        }
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    sceneProperty().removeListener(this);
                    then.run();
                }
            }
        });
    }

    private void afterNextLayout() {
        Scene scene = getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The frame is drawn after the layout: the charts are made in the next turn of the FX thread.
            Platform.runLater(() -> {
                if (waiting) {
                    drawNow();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Draws what waits at once (the PNG of the view needs the charts). */
    void drawNow() {
        waiting = false;
        Overview o = pending;
        if (o == null) {
            return;
        }
        pending = null;
        if (charts == null) {
            charts = new StatsCharts(open);
            getChildren().clear();
            place(charts.units, charts.shares, charts.trend);
        }
        charts.show(o);
        drawn.set(o);
    }

    /** The overview the charts show (null until they are drawn). */
    ReadOnlyObjectProperty<Overview> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** The charts, or null before they are first drawn. */
    StatsCharts charts() {
        return charts;
    }

    private void place(Node units, Node shares, Node trend) {
        add(units, 0, 0);
        add(shares, 1, 0);
        GridPane.setHgrow(units, Priority.ALWAYS);
        GridPane.setHgrow(shares, Priority.ALWAYS);
        if (trend != null) {
            add(trend, 2, 0);
            GridPane.setHgrow(trend, Priority.ALWAYS);
        }
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        return c;
    }

    private static Region space(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        r.setPrefHeight(height);
        r.getStyleClass().add("stats-chart-space");
        return r;
    }
}
