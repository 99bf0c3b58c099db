package org.luoshi.timeline.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.luoshi.edit.EditSink;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.timeline.ChartMetrics;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.Ink;
import org.luoshi.timeline.Palette;
import org.luoshi.timeline.Step;
import org.luoshi.timeline.TaskContext;
import org.luoshi.timeline.TimeScale;
import org.luoshi.timeline.TimelineNode;
import org.luoshi.timeline.TimelineRows;
import org.luoshi.timeline.TimelineTree;
import org.luoshi.timeline.Zoom;

/**
 * The Gantt chart of a plan: every task on a time axis, milestones as diamonds, today as a line,
 * colours after the status lights. Public properties say what to show; the skin
 * ({@link TimelineChartSkin}) owns the nodes and draws only what is visible on one canvas. State
 * reaches the stylesheet as pseudo-classes ({@code :swimlanes}, {@code :editable}, {@code :empty},
 * and the zoom: {@code :years} … {@code :days}); colours come from CSS properties such as
 * {@code -luoshi-red}.
 */
public class TimelineChart extends Control {
    private static final String STYLE_CLASS = "timeline-chart";
    private static final PseudoClass SWIMLANES = PseudoClass.getPseudoClass("swimlanes");
    private static final PseudoClass EDITABLE = PseudoClass.getPseudoClass("editable");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final Map<Zoom, PseudoClass> ZOOMS = new EnumMap<>(Zoom.class);

    static {
        for (Zoom z : Zoom.values()) {
            ZOOMS.put(z, PseudoClass.getPseudoClass(z.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<List<OutlineRow>> outline = new SimpleObjectProperty<>(this, "outline");
    private final ObjectProperty<Function<Task, TaskContext>> taskContext =
            new SimpleObjectProperty<>(this, "taskContext");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.OUTLINE);
    private final ObjectProperty<StatusLights> statusLights = new SimpleObjectProperty<>(this, "statusLights",
            new StatusLights(Clock.systemDefaultZone(), LightThresholds.DEFAULT));
    private final ObjectProperty<LocalDate> horizon = new SimpleObjectProperty<>(this, "horizon");
    private final DoubleProperty pixelsPerDay = new SimpleDoubleProperty(this, "pixelsPerDay",
            Zoom.MONTHS.presetPixelsPerDay());
    private final ReadOnlyObjectWrapper<Zoom> zoom = new ReadOnlyObjectWrapper<>(this, "zoom", Zoom.MONTHS);
    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX");
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private final DoubleProperty nameColumnWidth = new SimpleDoubleProperty(this, "nameColumnWidth",
            ChartMetrics.SCREEN.nameWidth());
    private final ObjectProperty<Task> selectedTask = new SimpleObjectProperty<>(this, "selectedTask");
    private final ObjectProperty<EditSink> editSink = new SimpleObjectProperty<>(this, "editSink");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TimelineTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyObjectWrapper<TimelineRows> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ObservableSet<String> collapsed = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper(this, "viewportWidth");
    private final ReadOnlyDoubleWrapper viewportHeight = new ReadOnlyDoubleWrapper(this, "viewportHeight");
    private final Map<Ink, StyleableObjectProperty<Color>> colors = new EnumMap<>(Ink.class);
    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(StyleableProperties.FONT, this, "font", Font.getDefault());
    private boolean fitOnLayout = true;
    /** The chart worked out ahead for rows not yet on show ({@link #prepare}), or null. */
    private Prepared prepared;

    public TimelineChart() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        for (StyleableProperties.ColorMeta meta : StyleableProperties.COLORS) {
            colors.put(meta.ink, new SimpleStyleableObjectProperty<>(meta, this, meta.getProperty(), meta.getInitialValue(this)));
        }
        pixelsPerDay.addListener((obs, old, value) -> {
            double clamped = Zoom.clamp(value.doubleValue());
            if (clamped != value.doubleValue()) {
                pixelsPerDay.set(clamped);
                return;
            }
            zoom.set(Zoom.at(clamped));
        });
        zoom.addListener((obs, old, z) -> {
            if (old != null) {
                pseudoClassStateChanged(ZOOMS.get(old), false);
            }
            pseudoClassStateChanged(ZOOMS.get(z), true);
        });
        pseudoClassStateChanged(ZOOMS.get(zoom.get()), true);
        grouping.addListener((obs, old, g) -> pseudoClassStateChanged(SWIMLANES, g == Grouping.LEAD_UNIT));
        editable.addListener((obs, old, e) -> pseudoClassStateChanged(EDITABLE, e));
        pseudoClassStateChanged(EDITABLE, true);

        plan.addListener((obs, old, p) -> {
            boolean samePlan = old != null && p != null && old.id() == p.id();
            rebuildTree();
            if (!samePlan) {
                fitOnLayout = true;
            }
            reselect();
        });
        outline.addListener((obs, old, rows) -> rebuildTree());
        taskContext.addListener((obs, old, c) -> rebuildTree());
        grouping.addListener((obs, old, g) -> rebuildTree());
        horizon.addListener((obs, old, h) -> rebuildTree());
        statusLights.addListener((obs, old, l) -> rebuildTree());
        collapsed.addListener((javafx.collections.SetChangeListener<String>) c -> rebuildRows());
        rebuildTree();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineChart.class.getResource("timeline.css")).toExternalForm();
    }

    private void rebuildTree() {
        List<OutlineRow> rows = outline.get();
        Function<Task, TaskContext> context = taskContext.get();
        Prepared ready = prepared;
        prepared = null;
        if (rows != null && context != null) {
            tree.set(ready != null && ready.isFor(this, rows) ? ready.tree() : treeOf(rows, context));
        } else {
            tree.set(TimelineTree.build(plan.get(), grouping.get(), horizon.get(), statusLights.get()));
        }
        rebuildRows();
    }

    private TimelineTree treeOf(List<OutlineRow> rows, Function<Task, TaskContext> context) {
        LocalDate end = horizon.get();
        Function<Task, TaskContext> placed = end == null ? context : t -> {
            TaskContext c = context.apply(t);
            return new TaskContext(c.planStart(), end, c.light(), c.moved());
        };
        return TimelineTree.of(rows, placed, grouping.get(), statusLights.get().today());
    }

    /**
     * Works out the chart of {@code rows} now, for a later {@link #outlineProperty() outline} of the
     * very same rows (the same list) to show at once: the timeline is made ready at a quiet moment
     * before it is first opened (issue 20). Kept only while nothing the chart is drawn from changes:
     * other rows, another task context, grouping, horizon or lights, and it is worked out again.
     */
    public void prepare(List<OutlineRow> rows) {
        Function<Task, TaskContext> context = taskContext.get();
        if (rows == null || context == null || rows == outline.get()) {
            prepared = null;
            return;
        }
        prepared = new Prepared(rows, context, grouping.get(), horizon.get(), statusLights.get(),
                treeOf(rows, context));
    }

    /** The chart {@link #prepare prepared} for these rows, if it is waiting and still holds; else null (tests). */
    TimelineTree preparedFor(List<OutlineRow> rows) {
        return prepared != null && prepared.isFor(this, rows) ? prepared.tree() : null;
    }

    /** A chart worked out ahead, and what it was worked out from. */
    private record Prepared(List<OutlineRow> rows, Function<Task, TaskContext> context, Grouping grouping,
            LocalDate horizon, StatusLights lights, TimelineTree tree) {
        boolean isFor(TimelineChart chart, List<OutlineRow> now) {
            return rows == now && context == chart.taskContext.get() && grouping == chart.grouping.get()
                    && Objects.equals(horizon, chart.horizon.get()) && lights == chart.statusLights.get();
        }
    }

    private void rebuildRows() {
        rows.set(tree.get().rows(Collections.unmodifiableSet(collapsed)));
        pseudoClassStateChanged(EMPTY, rows.get().size() == 0);
    }

    /** After a reload the selected task is a new record: pick the stored one with the same id. */
    private void reselect() {
        Task selected = selectedTask.get();
        if (selected == null) {
            return;
        }
        Plan p = plan.get();
        selectedTask.set(p == null ? null : p.task(selected.id()));
    }

    // ---- the time axis -----------------------------------------------------------------------

    /**
     * The first day of the chart: the start of the year a month before the plan's first date (or
     * today, if earlier), so there is room to scroll before it.
     */
    public LocalDate firstDay() {
        TimelineTree t = tree.get();
        LocalDate first = t.firstDate().isBefore(t.today()) ? t.firstDate() : t.today();
        return Step.YEAR.floor(first.minusMonths(1));
    }

    /** The last day of the chart: the end of the year a month after its last date (or today, if later). */
    public LocalDate lastDay() {
        TimelineTree t = tree.get();
        LocalDate last = t.lastDate().isAfter(t.today()) ? t.lastDate() : t.today();
        return LocalDate.of(last.plusMonths(1).getYear(), 12, 31);
    }

    /** Date ↔ x of the whole chart at the current zoom (x = 0 at {@link #firstDay()}). */
    public TimeScale scale() {
        return new TimeScale(firstDay(), pixelsPerDay.get());
    }

    /** Width of the whole chart at the current zoom. */
    public double contentWidth() {
        return scale().width(firstDay(), lastDay());
    }

    public double contentHeight() {
        return rows.get().size() * ChartMetrics.SCREEN.rowHeight();
    }

    /** Width of the time axis on show (without the name column). */
    double chartViewportWidth() {
        return Math.max(1, viewportWidth.get() - nameColumnWidth.get());
    }

    double bodyViewportHeight() {
        return Math.max(1, viewportHeight.get() - ChartMetrics.SCREEN.headerHeight());
    }

    /**
     * The day (days after {@link #firstDay()}) meant to be under the centre when the scroll had to be
     * moved off it (the chart narrower than the view at a coarse zoom, or the day near an end), and
     * the scroll that left: while the scroll stays there, the next zoom centres that day again, so
     * 今天 then 月 shows today, and 年 then 日 comes back to the day it left.
     */
    private double wantedDay = Double.NaN;
    private double wantedAtScroll = Double.NaN;

    /** Zooms by {@code factor}, keeping the day at {@code chartViewportX} (0 = left edge of the time axis) in place. */
    public void zoomBy(double factor, double chartViewportX) {
        double day = (scrollX.get() + chartViewportX) / pixelsPerDay.get();
        boolean centred = Math.abs(chartViewportX - chartViewportWidth() / 2) < 1;
        if (centred && !Double.isNaN(wantedDay) && Math.abs(scrollX.get() - wantedAtScroll) < 0.5) {
            day = wantedDay;
        }
        pixelsPerDay.set(Zoom.clamp(pixelsPerDay.get() * factor));
        scrollAndRemember(day, chartViewportX);
    }

    /** Scrolls so {@code day} is at {@code chartViewportX}; remembers it if the ends of the chart stop that. */
    private void scrollAndRemember(double day, double chartViewportX) {
        double wanted = day * pixelsPerDay.get() - chartViewportX;
        scrollX.set(wanted);
        clampScroll();
        if (Math.abs(scrollX.get() - wanted) >= 0.5 && Math.abs(chartViewportX - chartViewportWidth() / 2) < 1) {
            wantedDay = day;
            wantedAtScroll = scrollX.get();
        } else {
            wantedDay = Double.NaN;
        }
    }

    public void zoomIn() {
        zoomBy(1.5, chartViewportWidth() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / 1.5, chartViewportWidth() / 2);
    }

    /** Shows the level's preset scale, centred on the same day. */
    public void zoomTo(Zoom level) {
        zoomBy(level.presetPixelsPerDay() / pixelsPerDay.get(), chartViewportWidth() / 2);
    }

    /** Scales the chart so the plan's whole time span fits the width on show. */
    public void fitAll() {
        if (viewportWidth.get() <= 0) {
            fitOnLayout = true;
            return;
        }
        fitOnLayout = false;
        TimelineTree t = tree.get();
        long days = ChronoUnit.DAYS.between(t.firstDate(), t.lastDate()) + 1;
        // Room on the left to see where bars start, on the right for the last date's label.
        double left = 16;
        double right = 72;
        pixelsPerDay.set(Zoom.clamp((chartViewportWidth() - left - right) / days));
        scrollX.set(scale().x(t.firstDate()) - left);
        clampScroll();
    }

    /** Whether a fit was asked for before the chart had a size; the skin fits on its first layout. */
    boolean takeFitRequest() {
        boolean pending = fitOnLayout && viewportWidth.get() > 0;
        if (pending) {
            fitAll();
        }
        return pending;
    }

    /** The first day on show at the left of the time axis. */
    public LocalDate visibleFrom() {
        return scale().dateAt(scrollX.get());
    }

    /** The last day on show at the right of the time axis. */
    public LocalDate visibleTo() {
        return scale().dateAt(scrollX.get() + chartViewportWidth() - 1e-6);
    }

    /** Scrolls so that {@code day} is in the middle of the time axis. */
    public void scrollToDate(LocalDate day) {
        scrollAndRemember(scale().centre(day) / pixelsPerDay.get(), chartViewportWidth() / 2);
    }

    public void scrollToToday() {
        scrollToDate(tree.get().today());
    }

    /** Scrolls the task's row into view (and its bars, if none of them shows); opens its headings. */
    public void reveal(Task task) {
        if (task == null) {
            return;
        }
        int row = rows.get().rowOf(task.id());
        if (row < 0) {
            openHeadingsOf(task.id());
            row = rows.get().rowOf(task.id());
        }
        if (row < 0) {
            return;
        }
        double rowH = ChartMetrics.SCREEN.rowHeight();
        double top = row * rowH;
        if (top < scrollY.get() || top + rowH > scrollY.get() + bodyViewportHeight()) {
            scrollY.set(top - bodyViewportHeight() / 3);
        }
        TimelineNode node = rows.get().node(row);
        TimeScale s = scale();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (var item : node.items()) {
            first = Math.min(first, item.firstDay());
            last = Math.max(last, item.lastDay());
        }
        if (first <= last) {
            double x0 = s.xOfEpochDay(first);
            double x1 = s.xOfEpochDay(last + 1);
            if (x1 < scrollX.get() || x0 > scrollX.get() + chartViewportWidth()) {
                scrollX.set(x0 - 40);
            }
        }
        clampScroll();
    }

    private void openHeadingsOf(long taskId) {
        List<String> path = new ArrayList<>();
        for (TimelineNode root : tree.get().roots()) {
            if (pathTo(root, taskId, path)) {
                collapsed.removeAll(path);
                return;
            }
        }
    }

    private static boolean pathTo(TimelineNode node, long taskId, List<String> path) {
        if (node.taskId() == taskId && taskId != 0) {
            return true;
        }
        path.add(node.key());
        for (TimelineNode child : node.children()) {
            if (pathTo(child, taskId, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    void clampScroll() {
        double maxX = Math.max(0, contentWidth() - chartViewportWidth());
        double maxY = Math.max(0, contentHeight() - bodyViewportHeight());
        scrollX.set(Math.max(0, Math.min(maxX, scrollX.get())));
        scrollY.set(Math.max(0, Math.min(maxY, scrollY.get())));
    }

    // ---- rows --------------------------------------------------------------------------------

    /** Opens or closes a heading. */
    public void toggle(String key) {
        if (!collapsed.remove(key)) {
            collapsed.add(key);
        }
    }

    public void expandAll() {
        collapsed.clear();
    }

    /** Closes every heading: one row per part (or per lane). */
    public void collapseAll() {
        Set<String> keys = new HashSet<>();
        for (TimelineNode root : tree.get().roots()) {
            collectHeadings(root, keys);
        }
        collapsed.addAll(keys);
    }

    private static void collectHeadings(TimelineNode node, Set<String> keys) {
        if (node.hasChildren()) {
            keys.add(node.key());
            for (TimelineNode child : node.children()) {
                collectHeadings(child, keys);
            }
        }
    }

    /** Keys of the closed headings. */
    public ObservableSet<String> getCollapsed() {
        return collapsed;
    }

    // ---- geometry for tests and tooltips --------------------------------------------------------

    /** X in the control's coordinates of the middle of {@code day} (where a milestone of that day sits). */
    public double xOf(LocalDate day) {
        return snappedLeftInset() + nameColumnWidth.get() + scale().centre(day) - scrollX.get();
    }

    /** Y in the control's coordinates of the middle of the task's first row, or NaN if it is not on show. */
    public double yOf(Task task) {
        int row = rows.get().rowOf(task.id());
        if (row < 0) {
            return Double.NaN;
        }
        double rowH = ChartMetrics.SCREEN.rowHeight();
        return snappedTopInset() + ChartMetrics.SCREEN.headerHeight() + row * rowH + rowH / 2 - scrollY.get();
    }

    /** The colours of the chart as the stylesheet sets them. */
    public Palette palette() {
        Palette p = Palette.DEFAULT;
        for (Map.Entry<Ink, StyleableObjectProperty<Color>> e : colors.entrySet()) {
            Color c = e.getValue().get();
            if (c != null) {
                p = p.with(e.getKey(), argb(c));
            }
        }
        return p;
    }

    static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** Puts a message where the window shows it (a drag that cannot be taken, say). */
    void say(String text) {
        message.set("");
        message.set(text);
    }

    /** Words for the corner over the name column. */
    String cornerTitle() {
        return Messages.get(grouping.get() == Grouping.LEAD_UNIT ? "timeline.corner.lanes" : "timeline.corner.outline");
    }

    // ---- properties --------------------------------------------------------------------------

    /**
     * Rows as a task list shows them (a plan's outline, or tasks of several plans under group
     * headings); with a {@link #taskContextProperty() task context} they take the place of {@link #planProperty()}.
     */
    public final ObjectProperty<List<OutlineRow>> outlineProperty() {
        return outline;
    }

    /** For {@link #outlineProperty() outline rows}: each task's plan start, horizon and light. */
    public final ObjectProperty<Function<Task, TaskContext>> taskContextProperty() {
        return taskContext;
    }

    /** The plan on show; null shows an empty chart. */
    public final ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public final Plan getPlan() {
        return plan.get();
    }

    public final void setPlan(Plan value) {
        plan.set(value);
    }

    /** Rows as the task tree (parts → sections → tasks) or as swimlanes by lead unit. */
    public final ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public final void setGrouping(Grouping value) {
        grouping.set(value);
    }

    public final Grouping getGrouping() {
        return grouping.get();
    }

    /** The lights, and through their clock the day of the today line. */
    public final ObjectProperty<StatusLights> statusLightsProperty() {
        return statusLights;
    }

    public final void setStatusLights(StatusLights value) {
        statusLights.set(value);
    }

    /** Where ongoing and undated bars stop; null for the end of the plan's issue year. */
    public final ObjectProperty<LocalDate> horizonProperty() {
        return horizon;
    }

    public final void setHorizon(LocalDate value) {
        horizon.set(value);
    }

    /** The zoom: how wide a day is, {@link Zoom#MIN_PIXELS_PER_DAY} to {@link Zoom#MAX_PIXELS_PER_DAY}. */
    public final DoubleProperty pixelsPerDayProperty() {
        return pixelsPerDay;
    }

    public final double getPixelsPerDay() {
        return pixelsPerDay.get();
    }

    public final void setPixelsPerDay(double value) {
        pixelsPerDay.set(value);
    }

    /** The zoom level the scale falls in (which header tiers show). */
    public final ReadOnlyObjectProperty<Zoom> zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public final Zoom getZoom() {
        return zoom.get();
    }

    /** Chart x at the left edge of the time axis on show. */
    public final DoubleProperty scrollXProperty() {
        return scrollX;
    }

    /** Row y (0 = top of the first row) at the top of the rows on show. */
    public final DoubleProperty scrollYProperty() {
        return scrollY;
    }

    public final DoubleProperty nameColumnWidthProperty() {
        return nameColumnWidth;
    }

    /** The selected task; clicking a row selects its task, and the window keeps other views in step. */
    public final ObjectProperty<Task> selectedTaskProperty() {
        return selectedTask;
    }

    public final Task getSelectedTask() {
        return selectedTask.get();
    }

    public final void setSelectedTask(Task value) {
        selectedTask.set(value);
    }

    /** Where dragged dates go as undoable edits; without one, dates cannot be dragged. */
    public final ObjectProperty<EditSink> editSinkProperty() {
        return editSink;
    }

    public final void setEditSink(EditSink value) {
        editSink.set(value);
    }

    public final BooleanProperty editableProperty() {
        return editable;
    }

    /** The latest message for the user (a date that cannot be taken), for the status bar. */
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The plan made ready for drawing. */
    public final ReadOnlyObjectProperty<TimelineTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** The rows on show, top to bottom. */
    public final ReadOnlyObjectProperty<TimelineRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public final TimelineRows getRows() {
        return rows.get();
    }

    /** Width of the drawn area (name column and time axis), set by the skin. */
    public final ReadOnlyDoubleProperty viewportWidthProperty() {
        return viewportWidth.getReadOnlyProperty();
    }

    public final ReadOnlyDoubleProperty viewportHeightProperty() {
        return viewportHeight.getReadOnlyProperty();
    }

    void setViewport(double width, double height) {
        viewportWidth.set(width);
        viewportHeight.set(height);
    }

    /** The chart's colour for {@code ink}, as styled (e.g. {@code -luoshi-red}); null where CSS sets none. */
    public final ObjectProperty<Color> colorProperty(Ink ink) {
        return colors.get(ink);
    }

    /** The font of names and labels, from CSS ({@code -fx-font}, inherited like any control's). */
    public final ObjectProperty<Font> fontProperty() {
        return font;
    }

    public final Font getFont() {
        return font.get();
    }

    // ---- CSS ---------------------------------------------------------------------------------

    private static final class StyleableProperties {
        static final FontCssMetaData<TimelineChart> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
            @Override
            public boolean isSettable(TimelineChart c) {
                return !c.font.isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(TimelineChart c) {
                return c.font;
            }
        };

        static final List<ColorMeta> COLORS = List.of(
                new ColorMeta("-luoshi-red", Ink.RED), new ColorMeta("-luoshi-yellow", Ink.YELLOW),
                new ColorMeta("-luoshi-green", Ink.GREEN), new ColorMeta("-luoshi-blue", Ink.BLUE),
                new ColorMeta("-luoshi-today", Ink.TODAY), new ColorMeta("-luoshi-accent", Ink.ACCENT),
                new ColorMeta("-luoshi-selection", Ink.SELECTION), new ColorMeta("-luoshi-weekend", Ink.WEEKEND),
                new ColorMeta("-luoshi-header-background", Ink.HEADER_BACKGROUND),
                new ColorMeta("-luoshi-part-background", Ink.PART_BACKGROUND),
                new ColorMeta("-luoshi-section-background", Ink.SECTION_BACKGROUND),
                new ColorMeta("-luoshi-lane-background", Ink.LANE_BACKGROUND),
                new ColorMeta("-luoshi-text", Ink.TEXT), new ColorMeta("-luoshi-grid", Ink.GRID));

        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.add(FONT);
            all.addAll(COLORS);
            ALL = Collections.unmodifiableList(all);
        }

        static final class ColorMeta extends CssMetaData<TimelineChart, Color> {
            final Ink ink;

            ColorMeta(String property, Ink ink) {
                super(property, StyleConverter.getColorConverter(), FxPainter.toColor(Palette.DEFAULT.argb(ink)));
                this.ink = ink;
            }

            @Override
            public boolean isSettable(TimelineChart c) {
                return !c.colors.get(ink).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(TimelineChart c) {
                return c.colors.get(ink);
            }
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
