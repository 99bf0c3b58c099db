package org.luoshi.report.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.event.EventHandler;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.report.PaceClass;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.PaceInk;
import org.luoshi.report.overview.RoleScope;
import org.luoshi.report.overview.TrendPoint;
import org.luoshi.report.overview.UnitRow;

/**
 * The charts of the 统计 window: a stacked bar per unit (the units with the most tasks), the class
 * shares, and completion across the rounds' due days. Colours come from the stylesheet (series in
 * class order); a click on a bar or a slice lists the tasks behind it.
 */
final class StatsCharts {
    /** How many units the bar chart shows (the table has them all). */
    static final int MAX_BARS = 12;
    /**
     * The height of the row of charts: the bars (half the width), the shares and the trend side by side,
     * so that the unit table starts above the fold of a 1440×900 screen.
     */
    static final double HEIGHT = 340;

    final StackedBarChart<Number, String> units;
    final PieChart shares;
    final LineChart<String, Number> trend;
    private final Consumer<TasksBehind> open;

    StatsCharts(Consumer<TasksBehind> open) {
        this.open = open;
        // Bars lying down: the units' names read across at the left, all of them, in half the width.
        CategoryAxis unitAxis = new CategoryAxis();
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel(Messages.get("stats.ui.tasks"));
        countAxis.setMinorTickVisible(false);
        units = new StackedBarChart<>(countAxis, unitAxis);
        units.setId("statsUnitChart");
        units.setTitle(Messages.get("stats.ui.chart.units"));
        units.setAnimated(false);
        units.setCategoryGap(3);
        units.setPrefHeight(HEIGHT);
        shares = new PieChart();
        shares.setId("statsShareChart");
        shares.setTitle(Messages.get("stats.ui.chart.shares"));
        shares.setAnimated(false);
        // The legend names each slice with its count and share: labels round a pie this size leave it tiny.
        shares.setLabelsVisible(false);
        shares.setLegendSide(javafx.geometry.Side.BOTTOM);
        shares.setPrefHeight(HEIGHT);
        shares.setStartAngle(90);
        if (shares.lookup(".chart-legend") instanceof javafx.scene.Parent legend) {
            legend.getChildrenUnmodifiable().addListener((javafx.collections.ListChangeListener<Node>) c -> inkLegend());
        }
        NumberAxis percentAxis = new NumberAxis(0, 100, 20);
        percentAxis.setLabel("%");
        trend = new LineChart<>(new CategoryAxis(), percentAxis);
        trend.setId("statsTrendChart");
        trend.getStyleClass().add("trend-chart");
        trend.setTitle(Messages.get("stats.ui.chart.trend"));
        trend.setAnimated(false);
        trend.setPrefHeight(HEIGHT);
    }

    void show(Overview o) {
        showUnits(o);
        showShares(o);
        showTrend(o);
    }

    private void showUnits(Overview o) {
        List<UnitRow> rows = o.units().subList(0, Math.min(MAX_BARS, o.units().size()));
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        for (PaceClass c : PaceClass.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(c.label());
            for (UnitRow r : rows) {
                s.getData().add(new XYChart.Data<>(r.of(RoleScope.ALL).count(c), r.unit()));
            }
            all.add(s);
        }
        // The axis lists its categories from the bottom up: the unit with the most tasks goes on top.
        List<String> names = new ArrayList<>(rows.stream().map(UnitRow::unit).toList());
        java.util.Collections.reverse(names);
        ((CategoryAxis) units.getYAxis()).setCategories(FXCollections.observableArrayList(names));
        units.getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            PaceClass c = PaceClass.values()[i];
            for (XYChart.Data<Number, String> d : all.get(i).getData()) {
                Node bar = d.getNode();
                if (bar == null) {
                    continue;
                }
                bar.getStyleClass().add("pace-bar-" + c.name().toLowerCase(Locale.ROOT));
                String unit = d.getYValue();
                String tip = unit + " · " + c.label() + "：" + d.getXValue();
                // A tooltip is a window of its own: made when the pointer first comes, not for all 105 bars.
                bar.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                    @Override
                    public void handle(MouseEvent e) {
                        bar.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                        Tooltip.install(bar, new Tooltip(tip));
                    }
                });
                bar.setOnMouseClicked(e -> open.accept(new TasksBehind(unit + " · " + c.label(),
                        o.tasksOf(unit, RoleScope.ALL, c))));
            }
        }
    }

    private void showShares(Overview o) {
        List<PieChart.Data> data = new ArrayList<>();
        List<PaceClass> shown = new ArrayList<>();
        for (PaceClass c : PaceClass.values()) {
            int n = o.counts().count(c);
            if (n > 0) {
                data.add(new PieChart.Data(String.format(Locale.ROOT, "%s %d（%.1f%%）", c.label(), n,
                        o.counts().percent(c)), n));
                shown.add(c);
            }
        }
        shares.setData(FXCollections.observableArrayList(data));
        for (int i = 0; i < data.size(); i++) {
            PaceClass c = shown.get(i);
            Node slice = data.get(i).getNode();
            if (slice == null) {
                continue;
            }
            // Slices skip the classes without tasks, so their colour is set here, not by the series index.
            slice.setStyle("-fx-pie-color: " + PaceInk.hex(c) + "; -fx-background-color: " + PaceInk.hex(c) + ";");
            slice.getStyleClass().add("pace-slice-" + c.name().toLowerCase(Locale.ROOT));
            slice.setOnMouseClicked(e -> open.accept(new TasksBehind(c.label(), o.tasksIn(c))));
        }
        inkLegend();
    }

    /**
     * The pie's legend symbols take the slices' index classes (default-color0, …), not their colour: with a
     * class left out, 已逾期 would show 未启动's grey. Each symbol gets its class's colour, found by the entry's
     * name, whenever the legend is made again.
     */
    private void inkLegend() {
        Node legend = shares.lookup(".chart-legend");
        if (legend instanceof javafx.scene.Parent p) {
            for (Node item : p.getChildrenUnmodifiable()) {
                if (item instanceof javafx.scene.control.Label label && label.getGraphic() != null) {
                    for (PaceClass c : PaceClass.values()) {
                        if (label.getText() != null && label.getText().startsWith(c.label() + " ")) {
                            label.getGraphic().setStyle("-fx-background-color: " + PaceInk.hex(c) + ";");
                        }
                    }
                }
            }
        }
    }

    private void showTrend(Overview o) {
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(Messages.get("stats.ui.trend.done"));
        XYChart.Series<String, Number> mean = new XYChart.Series<>();
        mean.setName(Messages.get("stats.ui.trend.mean"));
        for (TrendPoint p : o.trend()) {
            String x = p.label() + "\n" + Dates.formatShort(p.date());
            done.getData().add(new XYChart.Data<>(x, p.donePercent()));
            mean.getData().add(new XYChart.Data<>(x, p.meanPercent()));
        }
        trend.getData().setAll(List.of(done, mean));
        trend.setVisible(!o.trend().isEmpty());
        trend.setManaged(!o.trend().isEmpty());
    }
}
