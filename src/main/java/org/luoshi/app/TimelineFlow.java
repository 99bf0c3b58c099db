package org.luoshi.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.TreeItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.timeline.PageSetup;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineTree;
import org.luoshi.timeline.pdf.TimelinePdf;
import org.luoshi.timeline.ui.PagePreviewDialog;
import org.luoshi.timeline.ui.TimelineChart;
import org.luoshi.timeline.ui.TimelinePane;
import org.luoshi.timeline.ui.TimelinePng;

/**
 * The timeline in the main window: a tab beside the task tree showing the plan on show, the
 * selection kept in step with the tree, dragged dates sent through the undo history, and the
 * actions to zoom, save as PNG or PDF and print.
 */
public final class TimelineFlow {
    static final String VIEW = "timeline";

    private final Stage owner;
    private final MainViewModel model;
    private final BackgroundTasks tasks;
    private final MainWindow window;
    private final TimelinePane pane = new TimelinePane();
    private final TimelineChart chart = pane.chart();
    private boolean syncing;
    private boolean loadingHorizon;
    private long horizonPlan;

    public TimelineFlow(Stage owner, MainViewModel model, BackgroundTasks tasks, MainWindow window) {
        this.owner = owner;
        this.model = model;
        this.tasks = tasks;
        this.window = window;
        chart.planProperty().bind(model.planProperty());
        chart.setEditSink(model::perform);
        chart.messageProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                model.say(message);
            }
        });
        keepSelectionInStep();
        keepHorizonPerPlan();
        pane.setOnExportPng(this::exportPng);
        pane.setOnExportPdf(this::preview);
        pane.setOnPrint(this::preview);
        window.addView(VIEW, Messages.get("timeline.tab"), pane);

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

    private void keepSelectionInStep() {
        PlanTreeTable tree = window.tree();
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            // A rebuilt tree (after an edit) selects nothing for a moment: keep the chart's selection.
            if (syncing || item == null || item.getValue() == null) {
                return;
            }
            Task task = item.getValue().task();
            syncing = true;
            try {
                chart.setSelectedTask(task);
                chart.reveal(task);
            } finally {
                syncing = false;
            }
        });
        chart.selectedTaskProperty().addListener((obs, old, task) -> selectInTree(task));
        // The tree is rebuilt before the chart sees the reloaded plan: select the task there again.
        chart.planProperty().addListener((obs, old, plan) -> selectInTree(chart.getSelectedTask()));
    }

    /** Where a plan's open-ended bars stop is kept in the workspace, per plan, when the user sets it. */
    private void keepHorizonPerPlan() {
        model.planProperty().addListener((obs, old, plan) -> {
            long id = plan == null ? 0 : plan.id();
            if (id == horizonPlan) {
                return;
            }
            horizonPlan = id;
            setHorizonQuietly(null);
            if (id != 0) {
                model.withWorkspace(Messages.get("app.loading"), ws -> ws.settings().get(horizonKey(id)).orElse(null),
                        stored -> {
                            if (horizonPlan == id) {
                                setHorizonQuietly(parseDate(stored));
                            }
                        });
            }
        });
        chart.horizonProperty().addListener((obs, old, day) -> {
            long id = horizonPlan;
            if (!loadingHorizon && id != 0) {
                model.withWorkspace(Messages.get("timeline.horizon.saving"), ws -> {
                    ws.settings().put(horizonKey(id), day == null ? null : day.toString());
                    return null;
                }, done -> { });
            }
        });
    }

    static String horizonKey(long planId) {
        return "timeline.horizon." + planId;
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

    private void selectInTree(Task task) {
        if (syncing) {
            return;
        }
        PlanTreeTable tree = window.tree();
        syncing = true;
        try {
            TreeItem<OutlineRow> item = task == null ? null : find(tree.getRoot(), task.id());
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else if (tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<OutlineRow> find(TreeItem<OutlineRow> item, long taskId) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().task() != null && item.getValue().task().id() == taskId) {
            return item;
        }
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            TreeItem<OutlineRow> found = find(child, taskId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // ---- out of the screen -------------------------------------------------------------------

    private void exportPng() {
        if (model.planProperty().get() == null) {
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
        Plan plan = model.planProperty().get();
        if (plan == null) {
            return;
        }
        TimelineTree tree = chart.treeProperty().get();
        LocalDate from = tree.firstDate().withDayOfMonth(1);
        LocalDate to = tree.lastDate().withDayOfMonth(tree.lastDate().lengthOfMonth());
        PagePreviewDialog.Source source = new PagePreviewDialog.Source(chart.getRows(), from, to, chart.visibleFrom(),
                chart.visibleTo(), plan.displayTitle(), Messages.get("timeline.corner.outline"), tree.today(),
                chart.palette(), chart.getFont().getFamily());
        new PagePreviewDialog(owner, source, request -> savePdf(source, request), PrinterJob::createPrinterJob).show();
    }

    private void savePdf(PagePreviewDialog.Source source, PagePreviewDialog.PdfRequest request) {
        File file = choose("timeline.pdf.title", "timeline.pdf.filter", "*.pdf", ".pdf");
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        PageSetup setup = request.setup();
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
        Plan plan = model.planProperty().get();
        String name = plan == null ? "" : plan.displayTitle().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
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
