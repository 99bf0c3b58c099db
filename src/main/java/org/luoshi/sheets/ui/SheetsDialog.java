package org.luoshi.sheets.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.app.BackgroundTasks;
import org.luoshi.app.MainViewModel;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.BatchExport;
import org.luoshi.sheets.FileNames;
import org.luoshi.sheets.PlanSheets;
import org.luoshi.sheets.PlanUnits;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetOptions;
import org.luoshi.sheets.UnitRoles;
import org.luoshi.sheets.UnitSheets;
import org.luoshi.sheets.layout.PageLabels;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetLayout;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.sheets.layout.SheetStyle;
import org.luoshi.sheets.output.SheetWriter;

/**
 * The 分工表 window: pick the whole plan or a unit, see its pages as they will print, then print
 * through the system dialogs, save it as PDF / Word / Excel, or save every unit's sheet into a
 * folder with progress and cancel. All file work runs through the app's background tasks.
 */
public final class SheetsDialog {
    private final Stage stage = new Stage();
    private final BackgroundTasks tasks;
    private final SheetPrinter printer;
    private final LocalDate today;

    private final ListView<SheetChoice> choices = new ListView<>();
    private final SheetOptionsBar options = new SheetOptionsBar(this::refresh);
    private final Pagination pages = new Pagination(1);
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("sheets.ui.cancel"));
    private final Button printButton = button("sheets.ui.print", "mdi2p-printer");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", true);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private Plan plan;
    private PreviewFont font;
    private SheetLayout layout;
    private PageSetup paper = PageSetup.a4(Orientation.PORTRAIT);

    public SheetsDialog(Window owner, BackgroundTasks tasks, Supplier<PrinterJob> printerJobs, LocalDate today) {
        this.tasks = tasks;
        this.printer = new SheetPrinter(printerJobs);
        this.today = today;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("sheets.ui.title"));
        BorderPane root = new BorderPane(previewPane(), options, null, bottomBar(), unitList());
        root.getStyleClass().add("sheets-dialog");
        root.setId("sheetsDialog");
        // As large as suits the preview, but never larger than the screen (1366 × 768 laptops).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1180, screen.getWidth() * 0.95), Math.min(820, screen.getHeight() * 0.92));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                root.setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        stage.setScene(scene);
        message.setText(Messages.get("sheets.ui.loading"));
    }

    /**
     * Opens the window for the plan on show in the main window, loading it afresh from the workspace
     * and finding the PDF font in the background.
     *
     * @param printFirst make 打印 the default button (the File → Print action)
     */
    public static void open(Window owner, MainViewModel model, BackgroundTasks tasks, boolean printFirst) {
        Plan shown = model.planProperty().get();
        if (shown == null) {
            // Before the first load there may well be plans: say that the workspace is still opening.
            String why = model.loadedProperty().get() ? Messages.get("sheets.ui.noPlan") : Messages.get("app.loading");
            Alert alert = new Alert(Alert.AlertType.INFORMATION, why);
            alert.initOwner(owner);
            alert.show();
            return;
        }
        SheetsDialog dialog = new SheetsDialog(owner, tasks, PrinterJob::createPrinterJob, LocalDate.now());
        dialog.printButton.setDefaultButton(printFirst);
        dialog.stage.show();
        model.withWorkspace(Messages.get("sheets.ui.loading"), ws -> ws.plans().load(shown.id()).orElse(shown),
                dialog::showPlan);
        tasks.run(Messages.get("sheets.ui.loading"), PreviewFont::find, dialog::useFont,
                t -> dialog.useFont(PreviewFont.fallback(t.getMessage())));
    }

    public Stage stage() {
        return stage;
    }

    /** Shows {@code p}'s units and the preview of the selected sheet. */
    public void showPlan(Plan p) {
        this.plan = p;
        List<SheetChoice> items = new ArrayList<>();
        items.add(SheetChoice.WHOLE_PLAN);
        for (UnitRoles u : PlanUnits.of(p)) {
            items.add(new SheetChoice(u));
        }
        choices.getItems().setAll(items);
        choices.getSelectionModel().select(0);
        refresh();
    }

    /** Sets the typeface for preview and printing. */
    public void useFont(PreviewFont f) {
        this.font = f;
        refresh();
    }

    /** Selects the sheet of {@code unit}, or the whole plan's for null. */
    public void select(String unit) {
        for (SheetChoice c : choices.getItems()) {
            if (unit == null ? c.wholePlan() : !c.wholePlan() && c.unit().unit().equals(unit)) {
                choices.getSelectionModel().select(c);
                return;
            }
        }
        throw new IllegalArgumentException("no sheet for " + unit);
    }

    /** Sets the paper's orientation; null for the one that suits the sheet. */
    public void setOrientation(Orientation o) {
        options.setOrientation(o);
    }

    public void setRoleOrder(RoleOrder o) {
        options.setRoleOrder(o);
    }

    public void setFormat(SheetFormat f) {
        options.setFormat(f);
    }

    /** The pages on show, or null before the plan and font are there. */
    public SheetLayout layout() {
        return layout;
    }

    /** The line under the buttons: what just happened, or why it could not. */
    public String message() {
        return message.getText();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private SheetOptions sheetOptions() {
        return new SheetOptions(options.orientation(), options.roleOrder(), today);
    }

    /** The selected sheet with the chosen options. */
    Sheet currentSheet() {
        SheetChoice c = choices.getSelectionModel().getSelectedItem();
        if (c == null || c.wholePlan()) {
            return PlanSheets.of(plan, sheetOptions());
        }
        return UnitSheets.of(plan, c.unit().unit(), sheetOptions());
    }

    private void refresh() {
        if (plan == null || font == null) {
            return;
        }
        Sheet sheet = currentSheet();
        paper = paper.turned(sheet.orientation());
        layout = layouter().layout(sheet, paper);
        int current = Math.min(pages.getCurrentPageIndex(), layout.pages().size() - 1);
        pages.setPageCount(layout.pages().size());
        pages.setCurrentPageIndex(Math.max(0, current));
        pages.setPageFactory(i -> i < layout.pages().size() ? new PagePreview(layout.pages().get(i), font.family()) : null);
        options.setPageCount(layout.pages().size());
        busy.set(false);
        if (message.getText().equals(Messages.get("sheets.ui.loading"))) {
            message.setText(font.pdfProblem() == null ? "" : font.pdfProblem());
        }
    }

    private SheetLayouter layouter() {
        return new SheetLayouter(font.measurer(), SheetStyle.STANDARD, PageLabels.fromMessages());
    }

    /** Page setup through the system dialog; the preview follows the paper and orientation chosen. */
    public void pageSetup() {
        PageSetup chosen = printer.pageSetup(stage, paper, () -> say(Messages.get("sheets.ui.noPrinter")));
        if (chosen != null) {
            paper = chosen;
            setOrientation(chosen.orientation());
            refresh();
        }
    }

    /** Prints the sheet on show through the system print dialog. */
    public void print() {
        if (layout == null) {
            return;
        }
        Sheet sheet = currentSheet();
        SheetPrinter.Outcome outcome = printer.print(stage, sheet.heading().title(), font.family(), paper,
                setup -> layouter().layout(sheet.withOrientation(setup.orientation()), setup));
        if (!outcome.message().isEmpty()) {
            say(outcome.message());
        }
    }

    /** Saves the sheet on show to {@code file} in the chosen format, in the background. */
    public void exportTo(Path file) {
        Sheet sheet = currentSheet();
        SheetFormat f = options.format();
        PageSetup page = PageSetup.a4(sheet.orientation());
        busy.set(true);
        say(Messages.get("sheets.ui.exporting", file.getFileName(), 1, 1));
        tasks.run(Messages.get("sheets.ui.exporting", file.getFileName(), 1, 1), () -> {
            try (SheetWriter w = f.openWriter(null)) {
                w.write(sheet, page, file);
            }
            return file;
        }, done -> {
            busy.set(false);
            say(Messages.get("sheets.ui.exported", done));
        }, this::failed);
    }

    /** Saves every unit's sheet into {@code folder}, one file per unit, with progress and cancel. */
    public void exportAllTo(Path folder) {
        Plan p = plan;
        SheetOptions chosen = sheetOptions();
        SheetFormat f = options.format();
        List<String> units = PlanUnits.of(p).stream().map(UnitRoles::unit).toList();
        cancelRequested.set(false);
        busy.set(true);
        progress.setProgress(0);
        showProgress(true);
        tasks.run(Messages.get("sheets.ui.exportAll"), () -> {
            try (SheetWriter w = f.openWriter(null)) {
                return new BatchExport(w, chosen).units(p, units, folder,
                        (done, total, unit) -> Platform.runLater(() -> {
                            // Progress that arrives after the end (a runner on this thread) is old news.
                            if (busy.get()) {
                                progress.setProgress(total == 0 ? 1 : (double) done / total);
                                if (done < total) {
                                    say(Messages.get("sheets.ui.exporting", unit, done + 1, total));
                                }
                            }
                        }), cancelRequested::get);
            }
        }, result -> {
            busy.set(false);
            showProgress(false);
            say(result.cancelled() ? Messages.get("sheets.ui.cancelled", result.files().size())
                    : Messages.get("sheets.ui.exportedAll", result.files().size(), folder));
        }, t -> {
            showProgress(false);
            failed(t);
        });
    }

    /** Asks a running export of all units to stop after the file it is writing. */
    public void cancelExport() {
        cancelRequested.set(true);
    }

    private void failed(Throwable t) {
        busy.set(false);
        say(Messages.get("sheets.ui.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

    private void say(String text) {
        message.setText(text);
    }

    private void showProgress(boolean show) {
        progress.setVisible(show);
        cancel.setVisible(show);
    }

    private Region previewPane() {
        pages.setId("sheetPages");
        pages.getStyleClass().add(Pagination.STYLE_CLASS_BULLET);
        pages.setMaxPageIndicatorCount(12);
        VBox box = new VBox(pages);
        VBox.setVgrow(pages, Priority.ALWAYS);
        box.setStyle("-fx-background-color: #e9e6e2;");
        return box;
    }

    private Region unitList() {
        choices.setId("sheetChoices");
        choices.setPrefWidth(300);
        choices.setCellFactory(list -> new ChoiceCell());
        choices.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            pages.setCurrentPageIndex(0);
            refresh();
        });
        return choices;
    }

    private Region bottomBar() {
        Button setup = button("sheets.ui.pageSetup", "mdi2f-file-cog-outline");
        setup.setOnAction(e -> pageSetup());
        printButton.setOnAction(e -> print());
        printButton.setId("sheetPrint");
        Button export = button("sheets.ui.export", "mdi2f-file-export-outline");
        export.setOnAction(e -> chooseFile());
        Button exportAll = button("sheets.ui.exportAll", "mdi2f-folder-multiple-outline");
        exportAll.setOnAction(e -> chooseFolder());
        Button close = new Button(Messages.get("sheets.ui.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        for (Button b : List.of(setup, printButton, export, exportAll)) {
            b.disableProperty().bind(busy);
        }
        cancel.setOnAction(e -> cancelExport());
        cancel.setId("sheetCancel");
        progress.setPrefWidth(160);
        showProgress(false);
        message.setId("sheetMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, setup, printButton, export, exportAll, spacer, progress, cancel, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (var node : buttons.getChildren()) {
            if (node instanceof Button b) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        VBox bar = new VBox(6, buttons, message);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    private void chooseFile() {
        SheetFormat f = options.format();
        SheetChoice c = choices.getSelectionModel().getSelectedItem();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("sheets.ui.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("sheets.ui.format." + f.name()), "*." + f.extension()));
        chooser.setInitialFileName(c == null || c.wholePlan() ? FileNames.forPlan(plan, f.extension())
                : FileNames.forUnit(c.unit().unit(), f.extension(), List.of()));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().toLowerCase().endsWith("." + f.extension())) {
                path = path.resolveSibling(path.getFileName() + "." + f.extension());
            }
            exportTo(path);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("sheets.ui.exportAll"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            exportAllTo(dir.toPath());
        }
    }

    private static Button button(String key, String icon) {
        return new Button(Messages.get(key), new FontIcon(icon));
    }
}
