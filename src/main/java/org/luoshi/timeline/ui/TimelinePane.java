package org.luoshi.timeline.ui;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightColor;
import org.luoshi.lights.LightText;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.Zoom;

/**
 * The timeline view: the chart under a tool bar (zoom, fit, today, swimlanes, expand/collapse,
 * save and print) with a legend of what the colours and bar styles mean.
 */
public final class TimelinePane extends BorderPane {
    private final TimelineChart chart = new TimelineChart();
    private ChoiceBox<Zoom> level;
    private boolean syncingLevel;
    private DatePicker horizon;
    /** Kept until the tool bar is made (and applied to it then). */
    private boolean horizonEditable = true;
    private Runnable onExportPng;
    private Runnable onExportPdf;
    private Runnable onPrint;

    public TimelinePane() {
        getStyleClass().add("timeline-pane");
        getStylesheets().add(Objects.requireNonNull(TimelineChart.class.getResource("timeline.css")).toExternalForm());
        setCenter(chart);
        // The tool bar and the legend (a dozen buttons with icons and tooltips, a date picker: ~25 ms of
        // the main window's start, issue 20) are made when the pane first joins a scene — its tab opened,
        // or the warm-up that prepares it — not with the window, which only shows the task table.
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null) {
                    sceneProperty().removeListener(this);
                    setTop(toolBar());
                    setBottom(legend());
                }
            }
        });
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(4, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private javafx.scene.layout.FlowPane toolBar() {
        Button zoomOut = tool("timeline-zoom-out", "mdi2m-magnify-minus-outline", "timeline.action.zoomOut");
        zoomOut.setOnAction(e -> chart.zoomOut());
        Button zoomIn = tool("timeline-zoom-in", "mdi2m-magnify-plus-outline", "timeline.action.zoomIn");
        zoomIn.setOnAction(e -> chart.zoomIn());
        Button fit = tool("timeline-fit", "mdi2a-arrow-expand-horizontal", "timeline.action.fit");
        fit.setText(Messages.get("timeline.fit.short"));
        fit.setOnAction(e -> chart.fitAll());
        fit.getTooltip().setText(Messages.get("timeline.fit.tip"));
        Button today = tool("timeline-today", "mdi2c-calendar-today", "timeline.action.today");
        today.setText(Messages.get("timeline.today.short"));
        today.setOnAction(e -> chart.scrollToToday());
        today.getTooltip().setText(Messages.get("timeline.today.tip"));

        level = new ChoiceBox<>();
        level.setId("timeline-level");
        level.getItems().setAll(Zoom.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Zoom z) {
                return z == null ? "" : Messages.get("timeline.zoom." + z.name());
            }

            @Override
            public Zoom fromString(String s) {
                return null;
            }
        });
        level.setTooltip(new Tooltip(Messages.get("timeline.zoom.tip")));
        level.setValue(chart.getZoom());
        chart.zoomProperty().addListener((obs, old, z) -> {
            syncingLevel = true;
            level.setValue(z);
            syncingLevel = false;
        });
        level.valueProperty().addListener((obs, old, z) -> {
            if (!syncingLevel && z != null) {
                chart.zoomTo(z);
            }
        });

        ToggleButton lanes = new ToggleButton(Messages.get("timeline.lanes"), new FontIcon("mdi2v-view-split-horizontal"));
        lanes.setId("timeline-lanes");
        lanes.setTooltip(new Tooltip(Messages.get("timeline.lanes.tip")));
        lanes.setSelected(chart.getGrouping() == Grouping.LEAD_UNIT);
        lanes.selectedProperty().addListener((obs, old, on) ->
                chart.setGrouping(on ? Grouping.LEAD_UNIT : Grouping.OUTLINE));
        chart.groupingProperty().addListener((obs, old, g) -> lanes.setSelected(g == Grouping.LEAD_UNIT));
        Button expand = tool("timeline-expand", "mdi2u-unfold-more-horizontal", "timeline.action.expandAll");
        expand.setOnAction(e -> chart.expandAll());
        Button collapse = tool("timeline-collapse", "mdi2u-unfold-less-horizontal", "timeline.action.collapseAll");
        collapse.setOnAction(e -> chart.collapseAll());

        horizon = new DatePicker();
        horizon.setId("timeline-horizon");
        horizon.setPromptText(Messages.get("timeline.horizon.prompt"));
        horizon.setConverter(new org.luoshi.ui.DateConverter()); // 2026年12月31日 in Chinese
        horizon.setPrefWidth(170);
        horizon.setTooltip(new Tooltip(Messages.get("timeline.horizon.tip")));
        horizon.valueProperty().bindBidirectional(chart.horizonProperty());
        horizon.setDisable(!horizonEditable);
        Label horizonLabel = new Label(Messages.get("timeline.horizon"), horizon);
        horizonLabel.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);

        // A bar that wraps rather than hiding tools in an overflow menu: the chart may share the
        // window with a navigator and a detail pane.
        HBox zoom = group(zoomOut, zoomIn, level, fit, today);
        HBox rows = group(lanes, expand, collapse);
        Button png = tool("timeline-png", "mdi2i-image-outline", "timeline.action.exportPng");
        png.setOnAction(e -> run(onExportPng));
        Button pdf = tool("timeline-pdf", "mdi2f-file-pdf-box", "timeline.action.exportPdf");
        pdf.setOnAction(e -> run(onExportPdf));
        Button print = tool("timeline-print", "mdi2p-printer-outline", "timeline.action.print");
        print.setOnAction(e -> run(onPrint));
        HBox out = group(png, pdf, print);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 4, zoom, rows, group(horizonLabel), out);
        bar.getStyleClass().add("tools");
        return bar;
    }

    private static HBox legend() {
        HBox legend = new HBox();
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_RIGHT);
        for (LightColor c : LightColor.values()) {
            legend.getChildren().add(entry(c.name().toLowerCase(java.util.Locale.ROOT), LightText.name(c)));
        }
        legend.getChildren().addAll(entry("diamond", Messages.get("timeline.legend.milestone")),
                entry("fading", Messages.get("timeline.legend.from")),
                entry("hatched", Messages.get("timeline.legend.ongoing")));
        return legend;
    }

    private static Label entry(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("legend-label");
        return label;
    }

    private static Button tool(String id, String icon, String tipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        return b;
    }

    public TimelineChart chart() {
        return chart;
    }

    /** Whether the horizon of open-ended bars can be set (it belongs to one plan: not in lists across plans). */
    public void setHorizonEditable(boolean editable) {
        horizonEditable = editable;
        if (horizon != null) {
            horizon.setDisable(!editable);
        }
    }

    public void setOnExportPng(Runnable action) {
        onExportPng = action;
    }

    public void setOnExportPdf(Runnable action) {
        onExportPdf = action;
    }

    public void setOnPrint(Runnable action) {
        onPrint = action;
    }

    private static void run(Runnable action) {
        if (action != null) {
            action.run();
        }
    }
}
