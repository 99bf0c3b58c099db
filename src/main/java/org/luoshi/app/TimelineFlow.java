package org.luoshi.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.find.TaskFacts;
import org.luoshi.lights.StatusLight;
import org.luoshi.plan.Task;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.timeline.ChartPaper;
import org.luoshi.timeline.TaskContext;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineTree;
import org.luoshi.timeline.pdf.TimelinePdf;
import org.luoshi.timeline.ui.PagePreviewDialog;
import org.luoshi.timeline.ui.TimelineChart;
import org.luoshi.timeline.ui.TimelinePane;
import org.luoshi.timeline.ui.TimelinePng;

/**
 * The timeline in the main window: a tab beside the task table, under the same view header and
 * filters, showing the same rows (a plan's outline, or a list across plans); the selection kept in
 * step with the table and the detail pane; dragged dates sent through the window's undo history;
 * the actions to zoom, save as PNG or PDF and print.
 */
public final class TimelineFlow {
    static final String VIEW = "timeline";
    private static final String HORIZON_PREFIX = "timeline.horizon.";

    private final Stage owner;
    private final MainViewModel model;
    private final BackgroundTasks tasks;
    private final MainWindow window;
    private final TimelinePane pane = new TimelinePane();
    private final TimelineChart chart = pane.chart();
    private boolean syncing;
    private boolean loadingHorizon;
    private long horizonPlan;
    private final java.util.Map<Long, LocalDate> horizons = new java.util.HashMap<>();

    public TimelineFlow(Stage owner, MainViewModel model, BackgroundTasks tasks, MainWindow window) {
        this.owner = owner;
        this.model = model;
        this.tasks = tasks;
        this.window = window;
        chart.setStatusLights(model.lights());
        model.settingsProperty().addListener((obs, old, settings) -> chart.setStatusLights(model.lights()));
        chart.taskContextProperty().set(this::context);
        // The chart follows the rows on show from the first time its tab is opened (below): until
        // then it would lay out every plan and every search result for nothing.
        chart.setEditSink(model::perform);
        chart.messageProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                model.say(message);
            }
        });
        keepSelectionInStep();
        keepHorizonPerPlan();
        // Another view (plan, unit, list) starts with its whole time span in sight; edits keep the zoom.
        window.views().viewProperty().addListener((obs, old, view) -> chart.fitAll());
        pane.setOnExportPng(this::exportPng);
        pane.setOnExportPdf(this::preview);
        pane.setOnPrint(this::preview);
        window.addView(VIEW, Messages.get("timeline.tab"), pane);
        window.whenFirstShown(VIEW, () -> chart.outlineProperty().bind(window.views().rowsProperty()));

        window.onAction(AppAction.TIMELINE_SHOW, this::show);
        window.onAction(AppAction.TIMELINE_ZOOM_IN, () -> {
            show();
            chart.zoomIn();
        });
        window.onAction(AppAction.TIMELINE_ZOOM_OUT, () -> {
            show();
            chart.zoomOut();
        });
        window.onAction(AppAction.TIMELINE_FIT, () -> {
            show();
            chart.fitAll();
        });
        window.onAction(AppAction.TIMELINE_EXPORT_PNG, this::exportPng);
        window.onAction(AppAction.TIMELINE_EXPORT_PDF, this::preview);
        window.onAction(AppAction.TIMELINE_PRINT, this::preview);
    }

    public TimelineChart chart() {
        return chart;
    }

    public TimelinePane pane() {
        return pane;
    }

    private void show() {
        window.showView(VIEW);
        chart.requestFocus();
    }

    /** The chart selects what the task table selects, and the other way round. */
    private void keepSelectionInStep() {
        TaskViewModel views = window.views();
        views.selectedProperty().addListener((obs, old, facts) -> {
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
                    views.select(task == null ? 0 : task.id());
                } finally {
                    syncing = false;
                }
            }
        });
    }

    /** A task's plan start, horizon and light, from what the task list worked out for it. */
    private TaskContext context(Task task) {
        TaskFacts facts = window.views().onShow(task.id());
        LocalDate issued = facts == null ? null : facts.plan().issuedOn();
        LocalDate start = issued != null ? issued : model.lights().today().withDayOfYear(1);
        LocalDate horizon = facts == null ? null : horizons.get(facts.plan().id());
        StatusLight light = facts != null ? facts.light() : model.lights().of(task, issued);
        return new TaskContext(start, horizon != null ? horizon : LocalDate.of(start.getYear(), 12, 31), light);
    }

    /**
     * Where a plan's open-ended bars stop is kept in the workspace, per plan, when the user sets it
     * in the tool bar; a list across plans uses each task's plan's own.
     */
    private void keepHorizonPerPlan() {
        model.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                model.withWorkspace(Messages.get("app.loading"), ws -> ws.settings().all(), all -> {
                    all.forEach((key, value) -> {
                        if (key.startsWith(HORIZON_PREFIX)) {
                            try {
                                LocalDate day = parseDate(value);
                                if (day != null) {
                                    horizons.put(Long.parseLong(key.substring(HORIZON_PREFIX.length())), day);
                                }
                            } catch (NumberFormatException e) {
                                // not a plan id: not a horizon of ours
                            }
                        }
                    });
                    showHorizonOf(window.views().viewProperty().get());
                    chart.taskContextProperty().set(this::context);
                });
            }
        });
        window.views().viewProperty().addListener((obs, old, view) -> showHorizonOf(view));
        showHorizonOf(window.views().viewProperty().get());
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
            model.withWorkspace(Messages.get("timeline.horizon.saving"), ws -> {
                ws.settings().put(horizonKey(id), day == null ? null : day.toString());
                return null;
            }, done -> { });
        });
    }

    /** In a plan's view the tool bar shows (and sets) that plan's horizon; lists across plans have none to set. */
    private void showHorizonOf(ViewKey view) {
        horizonPlan = view instanceof ViewKey.PlanView pv ? pv.planId() : 0;
        pane.setHorizonEditable(horizonPlan != 0);
        setHorizonQuietly(horizonPlan == 0 ? null : horizons.get(horizonPlan));
    }

    static String horizonKey(long planId) {
        return HORIZON_PREFIX + planId;
    }

    private void setHorizonQuietly(LocalDate day) {
        loadingHorizon = true;
        try {
            chart.setHorizon(day);
        } finally {
            loadingHorizon = false;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a value that cannot be read is the default: the end of the issue year
        }
    }

    // ---- out of the screen -------------------------------------------------------------------

    private void exportPng() {
        if (chart.getRows().size() == 0) {
            return;
        }
        java.awt.image.BufferedImage image;
        try {
            image = TimelinePng.render(chart);
        } catch (TimelineExportException e) {
            alert(e.getMessage());
            return;
        }
        File file = choose("timeline.png.title", "timeline.png.filter", "*.png", ".png");
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        tasks.run(Messages.get("timeline.png.saving"), () -> {
            TimelinePng.write(image, target);
            return target;
        }, saved -> model.say(Messages.get("timeline.png.saved", saved)), this::failed);
    }

    private void preview() {
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
        File file = choose("timeline.pdf.title", "timeline.pdf.filter", "*.pdf", ".pdf");
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        ChartPaper setup = request.setup();
        TimelinePdf.Job job = new TimelinePdf.Job(source.rows(), request.from(), request.to(), setup, source.title(),
                source.cornerTitle(), source.today(), source.palette());
        tasks.run(Messages.get("timeline.pdf.saving"), () -> {
            Path font = UserSettingsFile.load(UserSettingsFile.defaultFile()).pdfFont();
            return TimelinePdf.write(job, font, target);
        }, pages -> model.say(Messages.get("timeline.pdf.saved", target, pages)), this::failed);
    }

    private File choose(String titleKey, String filterKey, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        String name = title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        chooser.setInitialFileName(Messages.get("timeline.file.name", name) + extension);
        File file = chooser.showSaveDialog(owner);
        if (file != null && !file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            file = new File(file.getParentFile(), file.getName() + extension);
        }
        return file;
    }

    /** The name of what is on show: the plan's title, or the list's. */
    private String title() {
        return window.views().titleProperty().get() == null ? "" : window.views().titleProperty().get();
    }

    private void failed(Throwable t) {
        alert(t instanceof TimelineExportException ? t.getMessage()
                : Messages.get("timeline.error.unexpected", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

    private void alert(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(Messages.get("timeline.error.title"));
        alert.initOwner(owner);
        alert.show();
    }
}
