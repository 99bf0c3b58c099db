package org.luoshi.timeline.ui;

import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditSink;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.plan.Task;
import org.luoshi.timeline.ChartDrawing;
import org.luoshi.timeline.ChartFrame;
import org.luoshi.timeline.ChartHit;
import org.luoshi.timeline.ChartHits;
import org.luoshi.timeline.ChartMetrics;
import org.luoshi.timeline.ChartState;
import org.luoshi.timeline.DateEdits;
import org.luoshi.timeline.DragPreview;
import org.luoshi.timeline.DragTarget;
import org.luoshi.timeline.Ink;
import org.luoshi.timeline.TaskSummary;
import org.luoshi.timeline.TimelineNode;
import org.luoshi.timeline.TimelineRows;

/**
 * The nodes of {@link TimelineChart}: one canvas the size of the view and two scroll bars. Any
 * change marks the canvas dirty; it is redrawn once, after the layout of the next pulse, from a
 * layout of just the rows and days on show. No node per task, however many tasks.
 */
public class TimelineChartSkin extends SkinBase<TimelineChart> {
    /** Pointer travel before a press on a handle counts as a drag. */
    private static final double DRAG_SLOP = 3;
    /** How near the name column's edge the pointer must be to resize it. */
    private static final double EDGE = 4;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Region cornerFiller = new Region();
    private final FxPainter painter;
    private final FxTextMeasure measure;
    private final Tooltip tip = new Tooltip();
    private final PauseTransition tipDelay = new PauseTransition(Duration.millis(450));
    private final PauseTransition pendingTimeout = new PauseTransition(Duration.seconds(3));
    private final Runnable pulse = this::onPulse;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private Scene pulseScene;
    private boolean dirty = true;
    private boolean syncing;
    private Drawing lastDrawing;
    private DragPreview preview;
    private Drag drag;
    private Pan pan;
    private boolean resizing;
    private String tipKey;
    private double tipScreenX;
    private double tipScreenY;

    private record Drag(TimelineNode node, DragTarget handle, ChartHit.Edge edge, double startX, boolean moved) {
        Drag started() {
            return new Drag(node, handle, edge, startX, true);
        }
    }

    private record Pan(double x, double y, double scrollX, double scrollY) {
    }

    public TimelineChartSkin(TimelineChart chart) {
        super(chart);
        painter = new FxPainter(chart.palette(), chart.getFont().getFamily(), FxPainter.Bold.FACE);
        measure = new FxTextMeasure(painter);
        vbar.setOrientation(Orientation.VERTICAL);
        cornerFiller.getStyleClass().add("corner");
        canvas.getStyleClass().add("chart-canvas");
        getChildren().addAll(canvas, hbar, vbar, cornerFiller);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.getStyleClass().add("timeline-tooltip");

        InvalidationListener redraw = o -> markDirty();
        for (Observable o : List.of(chart.rowsProperty(), chart.pixelsPerDayProperty(), chart.selectedTaskProperty(),
                chart.nameColumnWidthProperty(), chart.editableProperty())) {
            o.addListener(redraw);
        }
        chart.scrollXProperty().addListener(o -> {
            syncBars();
            markDirty();
        });
        chart.scrollYProperty().addListener(o -> {
            syncBars();
            markDirty();
        });
        chart.rowsProperty().addListener(o -> getSkinnable().requestLayout());
        chart.pixelsPerDayProperty().addListener(o -> syncBars());
        chart.fontProperty().addListener(o -> {
            painter.setFamily(chart.getFont().getFamily());
            measure.clear();
            markDirty();
        });
        for (Ink ink : Ink.values()) {
            if (chart.colorProperty(ink) != null) {
                chart.colorProperty(ink).addListener(o -> {
                    painter.setColours(chart.palette());
                    markDirty();
                });
            }
        }
        chart.treeProperty().addListener(o -> {
            // The stored date has come back: the dragged item no longer needs its preview.
            pendingTimeout.stop();
            preview = null;
        });
        pendingTimeout.setOnFinished(e -> {
            preview = null;
            markDirty();
        });
        hbar.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                chart.scrollXProperty().set(v.doubleValue());
            }
        });
        vbar.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                chart.scrollYProperty().set(v.doubleValue());
            }
        });
        chart.sceneProperty().addListener((obs, old, scene) -> attachPulse(scene));
        attachPulse(chart.getScene());
        tipDelay.setOnFinished(e -> showTip());

        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hideTip();
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnScroll(this::scrolled);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    @Override
    public void dispose() {
        attachPulse(null);
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        tipDelay.stop();
        pendingTimeout.stop();
        super.dispose();
    }

    private void attachPulse(Scene scene) {
        if (pulseScene != null) {
            pulseScene.removePostLayoutPulseListener(pulse);
        }
        pulseScene = scene;
        if (scene != null) {
            scene.addPostLayoutPulseListener(pulse);
            markDirty();
        }
    }

    /** Asks for a redraw on the next pulse; many changes in one pulse draw once. */
    void markDirty() {
        dirty = true;
        Platform.requestNextPulse();
    }

    private void onPulse() {
        if (dirty && canvas.getWidth() > 0 && canvas.getHeight() > 0 && inSight()) {
            redraw();
        }
    }

    /**
     * Whether the chart can be seen: not in a hidden tab behind the task table, where it still follows
     * the table's selection. Hidden, it stays dirty and is drawn in the pulse that shows it again; a key
     * moving through a 10,000-task table no longer paints the canvas nobody sees (issue 20).
     */
    private boolean inSight() {
        for (javafx.scene.Node n = getSkinnable(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Builds the layout of what is on show and paints it. */
    void redraw() {
        dirty = false;
        TimelineChart c = getSkinnable();
        Task selected = c.getSelectedTask();
        ChartState state = new ChartState(c.treeProperty().get().today(), selected == null ? 0 : selected.id(),
                preview, c.cornerTitle());
        lastDrawing = ChartDrawing.build(c.getRows(), c.scale(), frame(), metrics(), state, measure);
        painter.paint(canvas.getGraphicsContext2D(), lastDrawing);
    }

    /** The canvas the chart is drawn on, for tests. */
    Canvas canvas() {
        return canvas;
    }

    /** The layout painted last, for tests. */
    Drawing lastDrawing() {
        return lastDrawing;
    }

    private ChartMetrics metrics() {
        return ChartMetrics.SCREEN.withNameWidth(getSkinnable().nameColumnWidthProperty().get());
    }

    private ChartFrame frame() {
        TimelineChart c = getSkinnable();
        ChartMetrics m = metrics();
        return new ChartFrame(0, 0, canvas.getWidth(), canvas.getHeight(), m.nameWidth(), m.headerHeight(),
                c.scrollXProperty().get(), c.scrollYProperty().get());
    }

    // The canvas is sized to the control, never the other way round: a chart can shrink to any size.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 160;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + ChartMetrics.SCREEN.headerHeight() + 3 * ChartMetrics.SCREEN.rowHeight();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 500;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineChart c = getSkinnable();
        double barW = snapSizeX(vbar.prefWidth(-1));
        double barH = snapSizeY(hbar.prefHeight(-1));
        double nameW = c.nameColumnWidthProperty().get();
        double headerH = ChartMetrics.SCREEN.headerHeight();
        double canvasW = Math.max(0, w - barW);
        double canvasH = Math.max(0, h - barH);
        canvas.relocate(x, y);
        if (canvas.getWidth() != canvasW || canvas.getHeight() != canvasH) {
            canvas.setWidth(canvasW);
            canvas.setHeight(canvasH);
        }
        hbar.resizeRelocate(x + nameW, y + canvasH, Math.max(0, canvasW - nameW), barH);
        vbar.resizeRelocate(x + canvasW, y + headerH, barW, Math.max(0, canvasH - headerH));
        cornerFiller.resizeRelocate(x + canvasW, y + canvasH, barW, barH);
        c.setViewport(canvasW, canvasH);
        c.takeFitRequest();
        c.clampScroll();
        syncBars();
        markDirty();
    }

    private void syncBars() {
        TimelineChart c = getSkinnable();
        double viewW = c.chartViewportWidth();
        double viewH = c.bodyViewportHeight();
        double contentW = c.contentWidth();
        double contentH = c.contentHeight();
        syncing = true;
        try {
            set(hbar, Math.max(0, contentW - viewW), viewW, contentW, c.scrollXProperty().get(), 40);
            set(vbar, Math.max(0, contentH - viewH), viewH, contentH, c.scrollYProperty().get(),
                    ChartMetrics.SCREEN.rowHeight());
        } finally {
            syncing = false;
        }
    }

    private static void set(ScrollBar bar, double max, double view, double content, double value, double unit) {
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(content > 0 ? max * view / content : 0);
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(view * 0.9);
        bar.setValue(Math.max(0, Math.min(max, value)));
        bar.setDisable(max <= 0);
    }

    // ---- pointer -----------------------------------------------------------------------------

    private ChartHit hit(double x, double y) {
        TimelineChart c = getSkinnable();
        return ChartHits.at(c.getRows(), c.scale(), frame(), metrics(), x, y);
    }

    private boolean onNameEdge(double x) {
        return Math.abs(x - getSkinnable().nameColumnWidthProperty().get()) <= EDGE;
    }

    private boolean canDrag() {
        TimelineChart c = getSkinnable();
        return c.editableProperty().get() && c.editSinkProperty().get() != null;
    }

    private void hover(MouseEvent e) {
        if (onNameEdge(e.getX())) {
            canvas.setCursor(Cursor.H_RESIZE);
            hideTip();
            return;
        }
        ChartHit hit = hit(e.getX(), e.getY());
        Cursor cursor = Cursor.DEFAULT;
        if (hit.onHandle() && canDrag()) {
            cursor = hit.edge() == ChartHit.Edge.MIDDLE ? Cursor.HAND : Cursor.H_RESIZE;
        }
        canvas.setCursor(cursor);
        String key = hit.row() < 0 || hit.area() == ChartHit.Area.DISCLOSURE ? null
                : hit.row() + "/" + hit.handle();
        tipScreenX = e.getScreenX();
        tipScreenY = e.getScreenY();
        if (!Objects.equals(key, tipKey)) {
            hideTip();
            tipKey = key;
            if (key != null) {
                tip.setText(String.join("\n", TaskSummary.lines(hit.node(), hit.handle())));
                tipDelay.playFromStart();
            }
        }
    }

    private void showTip() {
        if (tipKey != null && canvas.getScene() != null && canvas.getScene().getWindow() != null) {
            tip.show(canvas, tipScreenX + 14, tipScreenY + 18);
            keepTipOnScreen();
        }
    }

    /** Near the right or bottom edge the tip opens to the left of or above the pointer, never off the screen. */
    private void keepTipOnScreen() {
        var screens = javafx.stage.Screen.getScreensForRectangle(tipScreenX, tipScreenY, 1, 1);
        javafx.geometry.Rectangle2D b = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                .getVisualBounds();
        if (tip.getX() + tip.getWidth() > b.getMaxX()) {
            tip.setX(Math.max(b.getMinX(), tipScreenX - 8 - tip.getWidth()));
        }
        if (tip.getY() + tip.getHeight() > b.getMaxY()) {
            tip.setY(Math.max(b.getMinY(), tipScreenY - 8 - tip.getHeight()));
        }
    }

    private void hideTip() {
        tipDelay.stop();
        tip.hide();
        tipKey = null;
    }

    private void pressed(MouseEvent e) {
        TimelineChart c = getSkinnable();
        c.requestFocus();
        hideTip();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (onNameEdge(e.getX())) {
            resizing = true;
            return;
        }
        ChartHit hit = hit(e.getX(), e.getY());
        if (hit.area() == ChartHit.Area.DISCLOSURE) {
            c.toggle(hit.node().key());
            return;
        }
        if (hit.row() >= 0) {
            TimelineNode node = hit.node();
            c.setSelectedTask(node.task());
            if (node.hasChildren() && e.getClickCount() == 2) {
                c.toggle(node.key());
                return;
            }
            if (hit.onHandle() && canDrag() && node.task() != null) {
                drag = new Drag(node, hit.handle(), hit.edge(), e.getX(), false);
                return;
            }
        }
        pan = new Pan(e.getX(), e.getY(), c.scrollXProperty().get(), c.scrollYProperty().get());
    }

    private void dragged(MouseEvent e) {
        TimelineChart c = getSkinnable();
        if (resizing) {
            double max = Math.max(120, canvas.getWidth() - 120);
            c.nameColumnWidthProperty().set(Math.max(120, Math.min(max, e.getX())));
            getSkinnable().requestLayout();
            return;
        }
        if (drag != null) {
            if (!drag.moved() && Math.abs(e.getX() - drag.startX()) < DRAG_SLOP) {
                return;
            }
            drag = drag.started();
            double chartX = frame().chartX(e.getX());
            preview = new DragPreview(drag.node().taskId(), drag.handle(),
                    ChartHits.dayFor(c.scale(), drag.edge(), chartX));
            pendingTimeout.stop();
            markDirty();
            return;
        }
        if (pan != null) {
            boolean inNames = pan.x() < c.nameColumnWidthProperty().get();
            if (!inNames) {
                c.scrollXProperty().set(pan.scrollX() - (e.getX() - pan.x()));
            }
            c.scrollYProperty().set(pan.scrollY() - (e.getY() - pan.y()));
            c.clampScroll();
        }
    }

    private void released(MouseEvent e) {
        TimelineChart c = getSkinnable();
        Drag done = drag;
        drag = null;
        pan = null;
        resizing = false;
        if (done == null || !done.moved() || preview == null) {
            return;
        }
        Task task = done.node().task();
        EditSink sink = c.editSinkProperty().get();
        try {
            Edit edit = DateEdits.forDrag(task, done.handle(), preview.date());
            if (edit == null || sink == null) {
                preview = null;
            } else {
                // Keep showing the new date until the stored one comes back with the reloaded plan.
                pendingTimeout.playFromStart();
                sink.perform(edit);
            }
        } catch (IllegalArgumentException ex) {
            preview = null;
            c.say(ex.getMessage());
        }
        markDirty();
    }

    private void scrolled(ScrollEvent e) {
        TimelineChart c = getSkinnable();
        hideTip();
        if (e.isShortcutDown() || e.isControlDown()) {
            double anchor = e.getX() - c.nameColumnWidthProperty().get();
            c.zoomBy(Math.exp(e.getDeltaY() / 300.0), anchor < 0 ? c.chartViewportWidth() / 2 : anchor);
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            c.scrollXProperty().set(c.scrollXProperty().get() - dx);
            c.scrollYProperty().set(c.scrollYProperty().get() - dy);
            c.clampScroll();
        }
        e.consume();
    }

    // ---- keys --------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        TimelineChart c = getSkinnable();
        if (e.isShortcutDown()) {
            return; // Ctrl+= and the like belong to the window's actions
        }
        switch (e.getCode()) {
            case UP -> selectNext(-1);
            case DOWN -> selectNext(1);
            case LEFT -> c.scrollXProperty().set(c.scrollXProperty().get() - c.chartViewportWidth() / 10);
            case RIGHT -> c.scrollXProperty().set(c.scrollXProperty().get() + c.chartViewportWidth() / 10);
            case PAGE_UP -> c.scrollYProperty().set(c.scrollYProperty().get() - c.bodyViewportHeight() * 0.9);
            case PAGE_DOWN -> c.scrollYProperty().set(c.scrollYProperty().get() + c.bodyViewportHeight() * 0.9);
            case HOME, T -> c.scrollToToday();
            case F, DIGIT0, NUMPAD0 -> c.fitAll();
            case ADD, PLUS, EQUALS -> c.zoomIn();
            case SUBTRACT, MINUS -> c.zoomOut();
            default -> {
                return;
            }
        }
        c.clampScroll();
        e.consume();
    }

    private void selectNext(int direction) {
        TimelineChart c = getSkinnable();
        TimelineRows rows = c.getRows();
        Task selected = c.getSelectedTask();
        int row = selected == null ? (direction > 0 ? -1 : rows.size()) : rows.rowOf(selected.id());
        for (int i = row + direction; i >= 0 && i < rows.size(); i += direction) {
            if (rows.node(i).task() != null) {
                c.setSelectedTask(rows.node(i).task());
                c.reveal(rows.node(i).task());
                return;
            }
        }
    }
}
