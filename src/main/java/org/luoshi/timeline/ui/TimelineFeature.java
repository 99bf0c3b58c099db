package org.luoshi.timeline.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.beans.value.ObservableValue;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.luoshi.edit.EditSink;
import org.luoshi.find.TaskFacts;
import org.luoshi.files.FileNameFit;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.StatusLight;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskSchedule;
import org.luoshi.plan.UsableDates;
import org.luoshi.session.Session;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.timeline.ChartPaper;
import org.luoshi.timeline.DeadlineMove;
import org.luoshi.timeline.TaskContext;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineHorizons;
import org.luoshi.timeline.TimelineTree;
import org.luoshi.timeline.pdf.TimelinePdf;
import org.luoshi.ui.DialogService;
import org.luoshi.ui.ViewHost;

/**
 * The timeline as the main window sees it: a view beside the task table, under the same view header
 * and filters, showing the same rows (a plan's outline, or a list across plans); the selection kept in
 * step with the table and the detail pane; dragged dates sent to the window's undo history; each
 * plan's horizon kept in the workspace; the actions to zoom, save as PNG or PDF and print.
 *
 * <p>Self-contained: the app hands it the window (the owner of its dialogs), a {@link ViewHost} to place
 * its view, what the window has on show ({@link OnShow}), the session, where edits go, the lights,
 * whether the workspace is loaded, a dialog service and the status bar; and wires its menu actions to
 * {@link #show}, {@link #zoomIn}, {@link #zoomOut}, {@link #fitAll}, {@link #exportPng} and {@link #preview}.
 */
public final class TimelineFeature {
    /** The id of the timeline's view in its {@link ViewHost}. */
    public static final String VIEW = "timeline";

    /**
     * What the main window has on show, which the timeline follows.
     *
     * @param rows     the rows of the view on show, in the table's order
     * @param view     changes whenever another view (plan, unit, list) comes on show
     * @param planId   the id of the plan on show; 0 or null for a list across plans
     * @param title    the name of what is on show: the plan's title, or the list's
     * @param selected the task selected in the table, or null
     * @param select   selects the task with this id in the table (0: none)
     * @param facts    the facts of a task on show (its plan, its light), or null
     */
    public record OnShow(ObservableValue<List<OutlineRow>> rows, ObservableValue<?> view,
            ObservableValue<Long> planId, ObservableValue<String> title, ObservableValue<TaskFacts> selected,
            LongConsumer select, LongFunction<TaskFacts> facts) {
        public OnShow {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(selected, "selected");
            Objects.requireNonNull(select, "select");
            Objects.requireNonNull(facts, "facts");
        }
    }

    private final Window owner;
    private final ViewHost host;
    private final OnShow onShow;
    private final Session session;
    private final ObservableValue<StatusLights> lights;
    private final DialogService dialogs;
    private final Consumer<String> say;
    private final TimelinePane pane = new TimelinePane();
    private final TimelineChart chart = pane.chart();
    private final Map<Long, LocalDate> horizons = new HashMap<>();
    private boolean syncing;
    /** Whether the timeline was opened (its chart follows the rows on show from then on). */
    private boolean shown;
    private boolean loadingHorizon;
    private long horizonPlan;

    /**
     * Adds the timeline's view to {@code host} (it joins the scene and follows the rows on show once
     * first shown).
     *
     * @param lights what the lights are now (the today line and the lights of tasks not on show)
     * @param loaded turns true once the workspace is open: the stored horizons are read then
     * @param say    shows a message in the status bar
     */
    public TimelineFeature(Window owner, ViewHost host, OnShow onShow, Session session, EditSink edits,
            ObservableValue<StatusLights> lights, ObservableValue<Boolean> loaded, DialogService dialogs,
            Consumer<String> say) {
        this.owner = owner;
        this.host = host;
        this.onShow = Objects.requireNonNull(onShow, "onShow");
        this.session = Objects.requireNonNull(session, "session");
        this.lights = Objects.requireNonNull(lights, "lights");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.say = Objects.requireNonNull(say, "say");
        chart.setStatusLights(lights.getValue());
        lights.addListener((obs, old, now) -> chart.setStatusLights(now));
        chart.taskContextProperty().set(this::context);
        chart.setEditSink(edits);
        chart.messageProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                say.accept(message);
            }
        });
        keepSelectionInStep();
        keepHorizonPerPlan(loaded);
        // Another view (plan, unit, list) starts with its whole time span in sight; edits keep the zoom.
        onShow.view().addListener((obs, old, view) -> chart.fitAll());
        pane.setOnExportPng(this::exportPng);
        pane.setOnExportPdf(this::preview);
        pane.setOnPrint(this::preview);
        host.addView(VIEW, Messages.get("timeline.tab"), pane);
        // The chart follows the rows on show from the first time its view is opened: until then it
        // would lay out every plan and every search result for nothing.
        host.whenFirstShown(VIEW, () -> {
            shown = true;
            chart.outlineProperty().bind(onShow.rows());
            // The whole time span in sight, as for every other view: laid out while hidden (warmUp), the
            // chart already took its first fit with no rows yet.
            chart.fitAll();
        });
    }

    /**
     * Makes the timeline ready to open at a quiet moment (after the window has settled): its view joins
     * the scene hidden (styles and skin made in the next frame), then, a frame later, the chart of the
     * rows on show is worked out and kept for the first open — which then only lays out and draws
     * (issue 20: the first open at 10,000 tasks built the tree and styled the view while the user
     * waited). Rows that change in between are worked out when the timeline opens, as before.
     */
    public void warmUp() {
        if (shown) {
            return;
        }
        host.prepareView(VIEW);
        org.luoshi.ui.Frames.afterNextFrame(() -> {
            if (!shown) {
                chart.prepare(onShow.rows().getValue());
                if (chart.getSkin() instanceof TimelineChartSkin skin && chart.getWidth() > 0) {
                    skin.redraw(); // once, unseen: the painter's code is loaded before the first open
                }
            }
        });
    }

    public TimelineChart chart() {
        return chart;
    }

    public TimelinePane pane() {
        return pane;
    }

    /** Brings the timeline to the front, the chart focused for the keyboard. */
    public void show() {
        host.showView(VIEW);
        chart.requestFocus();
    }

    public void zoomIn() {
        show();
        chart.zoomIn();
    }

    public void zoomOut() {
        show();
        chart.zoomOut();
    }

    /** Shows the whole time span of the rows on show. */
    public void fitAll() {
        show();
        chart.fitAll();
    }

    /** The chart selects what the task table selects, and the other way round. */
    private void keepSelectionInStep() {
        onShow.selected().addListener((obs, old, facts) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                Task task = facts == null ? null : facts.task();
                boolean other = task == null || chart.getSelectedTask() == null
                        || chart.getSelectedTask().id() != task.id();
                chart.setSelectedTask(task);
                if (other && task != null) {
                    chart.reveal(task);
                }
            } finally {
                syncing = false;
            }
        });
        chart.selectedTaskProperty().addListener((obs, old, task) -> {
            if (!syncing) {
                syncing = true;
                try {
                    onShow.select().accept(task == null ? 0 : task.id());
                } finally {
                    syncing = false;
                }
            }
        });
    }

    /** A task's plan start, horizon and light, from what the task list worked out for it. */
    private TaskContext context(Task task) {
        TaskFacts facts = onShow.facts().apply(task.id());
        StatusLights now = lights.getValue();
        LocalDate issued = facts == null ? null : UsableDates.of(facts.plan().issuedOn());
        LocalDate start = issued != null ? issued : now.today().withDayOfYear(1);
        LocalDate horizon = facts == null ? null : horizons.get(facts.plan().id());
        StatusLight light = facts != null ? facts.light() : now.of(task, issued);
        return new TaskContext(start, horizon != null ? horizon : LocalDate.of(start.getYear(), 12, 31), light,
                moved(task, facts, now.today()));
    }

    /**
     * Where the dates that count (the facts' schedule: approved extensions under the office's rule, issue 17)
     * end the task later or earlier than its own last deadline: the chart draws the bar to that date and a ghost
     * at the original one.
     */
    private static DeadlineMove moved(Task task, TaskFacts facts, LocalDate today) {
        if (facts == null || facts.schedule() == null || facts.schedule().finalDue() == null) {
            return null;
        }
        LocalDate counting = facts.schedule().finalDue();
        LocalDate original = TaskSchedule.of(task, facts.plan().issuedOn(), today).finalDue();
        return DeadlineMove.of(original, counting);
    }

    /**
     * Where a plan's open-ended bars stop is kept in the workspace, per plan, when the user sets it
     * in the tool bar ({@link TimelineHorizons}); a list across plans uses each task's plan's own.
     */
    private void keepHorizonPerPlan(ObservableValue<Boolean> loaded) {
        loaded.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(now)) {
                loadHorizons();
            }
        });
        if (Boolean.TRUE.equals(loaded.getValue())) {
            loadHorizons();
        }
        onShow.planId().addListener((obs, old, planId) -> showHorizonOf(planId));
        showHorizonOf(onShow.planId().getValue());
        chart.horizonProperty().addListener((obs, old, day) -> {
            long id = horizonPlan;
            if (loadingHorizon || id == 0) {
                return;
            }
            if (day == null) {
                horizons.remove(id);
            } else {
                horizons.put(id, day);
            }
            session.run(Messages.get("timeline.horizon.saving"), TimelineHorizons.save(id, day), saved -> { });
        });
    }

    private void loadHorizons() {
        session.run(Messages.get("app.loading"), TimelineHorizons.loadAll(), stored -> {
            horizons.putAll(stored);
            showHorizonOf(onShow.planId().getValue());
            chart.taskContextProperty().set(this::context);
        });
    }

    /** In a plan's view the tool bar shows (and sets) that plan's horizon; lists across plans have none to set. */
    private void showHorizonOf(Long planId) {
        horizonPlan = planId == null ? 0 : planId;
        pane.setHorizonEditable(horizonPlan != 0);
        loadingHorizon = true;
        try {
            chart.setHorizon(horizonPlan == 0 ? null : horizons.get(horizonPlan));
        } finally {
            loadingHorizon = false;
        }
    }

    // ---- out of the screen -------------------------------------------------------------------

    /** Saves the chart as drawn on the screen as a PNG file the person chooses. */
    public void exportPng() {
        if (chart.getRows().size() == 0) {
            return;
        }
        BufferedImage image;
        try {
            image = TimelinePng.render(chart);
        } catch (TimelineExportException e) {
            error(e.getMessage());
            return;
        }
        choose("timeline.png.title", "timeline.png.filter", "*.png").ifPresent(target ->
                session.run(Messages.get("timeline.png.saving"), s -> {
                    TimelinePng.write(image, target);
                    return target;
                }, saved -> say.accept(Messages.get("timeline.png.saved", saved)), this::failed));
    }

    /** The page preview, from which the rows on show are printed or saved as PDF. */
    public void preview() {
        if (chart.getRows().size() == 0) {
            return;
        }
        TimelineTree tree = chart.treeProperty().get();
        LocalDate from = tree.firstDate().withDayOfMonth(1);
        LocalDate to = tree.lastDate().withDayOfMonth(tree.lastDate().lengthOfMonth());
        PagePreviewDialog.Source source = new PagePreviewDialog.Source(chart.getRows(), from, to, chart.visibleFrom(),
                chart.visibleTo(), title(), Messages.get("timeline.corner.outline"), tree.today(),
                chart.palette(), chart.getFont().getFamily());
        new PagePreviewDialog(owner, source, request -> savePdf(source, request), PrinterJob::createPrinterJob).show();
    }

    private void savePdf(PagePreviewDialog.Source source, PagePreviewDialog.PdfRequest request) {
        choose("timeline.pdf.title", "timeline.pdf.filter", "*.pdf").ifPresent(target -> {
            ChartPaper setup = request.setup();
            TimelinePdf.Job job = new TimelinePdf.Job(source.rows(), request.from(), request.to(), setup,
                    source.title(), source.cornerTitle(), source.today(), source.palette());
            session.run(Messages.get("timeline.pdf.saving"), s -> {
                Path font = UserSettingsFile.load(UserSettingsFile.defaultFile()).pdfFont();
                return TimelinePdf.write(job, font, target);
            }, pages -> say.accept(Messages.get("timeline.pdf.saved", target, pages)), this::failed);
        });
    }

    /** A file to save to, named after what is on show. */
    private Optional<Path> choose(String titleKey, String filterKey, String pattern) {
        String name = SafeText.cut(title().replaceAll("\\s+", "_"), 40);
        DialogService.FileFilter filter = DialogService.FileFilter.of(Messages.get(filterKey), pattern);
        return dialogs.chooseSaveFile(Messages.get(titleKey), FileNameFit.name(Messages.get("timeline.file.name", name),
                filter.extension().isEmpty() ? "" : filter.extension().substring(1)), filter);
    }

    /** The name of what is on show: the plan's title, or the list's. */
    private String title() {
        String title = onShow.title().getValue();
        return title == null ? "" : title;
    }

    private void failed(Throwable t) {
        error(t instanceof TimelineExportException ? t.getMessage()
                : Messages.get("timeline.error.unexpected", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

    private void error(String message) {
        dialogs.error(Messages.get("timeline.error.title"), message);
    }
}
