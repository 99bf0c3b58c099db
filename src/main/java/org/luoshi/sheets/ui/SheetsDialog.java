package org.luoshi.sheets.ui;

import org.luoshi.ui.WindowLook;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
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
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetLayout;

/**
 * The 分工表 window: the whole plan or a unit to pick, its pages as they will print, then print
 * through the system dialogs, save it as PDF / Word / Excel, or save every unit's sheet into a
 * folder with progress and cancel. Nodes bound to a {@link SheetsViewModel}, which does the work;
 * printing stays here, with the system's dialogs.
 */
final class SheetsDialog {
    private final Stage stage;
    private final SheetsViewModel model;
    private final SheetPrinter printer;

    private final ListView<SheetChoice> choices = new ListView<>();
    private final Pagination pages = new Pagination(1);
    private final Button printButton = button("sheets.ui.print", "mdi2p-printer");

    /**
     * @param stage       the window to show in, its owner already set
     * @param printerJobs makes a printer job, or gives null when the system has no printer
     */
    SheetsDialog(Stage stage, SheetsViewModel model, Supplier<PrinterJob> printerJobs) {
        this.stage = stage;
        this.model = model;
        this.printer = new SheetPrinter(printerJobs);
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("sheets.ui.title"));
        BorderPane root = new BorderPane(previewPane(), new SheetOptionsBar(model), null, bottomBar(), unitList());
        root.getStyleClass().add("sheets-dialog");
        root.setId("sheetsDialog");
        // As large as suits the preview, but never larger than the screen (1366 × 768 laptops).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1180, screen.getWidth() * 0.95), Math.min(820, screen.getHeight() * 0.92));
        WindowLook.of(stage.getOwner()).apply(root);
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    /** Makes 打印 the default button (the File → Print action). */
    void printFirst(boolean first) {
        printButton.setDefaultButton(first);
    }

    /** Page setup through the system dialog; the preview follows the paper and orientation chosen. */
    public void pageSetup() {
        PageSetup chosen = printer.pageSetup(stage, model.paper(), () -> model.say(Messages.get("sheets.ui.noPrinter")));
        if (chosen != null) {
            model.usePaper(chosen);
        }
    }

    /** Prints the sheet on show through the system print dialog. */
    public void print() {
        if (model.layout() == null) {
            return;
        }
        Sheet sheet = model.currentSheet();
        SheetPrinter.Outcome outcome = printer.print(stage, sheet.heading().title(), model.font().family(),
                model.paper(), model::layoutOn);
        if (!outcome.message().isEmpty()) {
            model.say(outcome.message());
        }
    }

    /** Shows the pages of {@code layout}, staying on the page on show where it still has one. */
    private void show(SheetLayout layout) {
        if (layout == null) {
            return;
        }
        String family = model.font().family();
        int current = Math.min(pages.getCurrentPageIndex(), layout.pages().size() - 1);
        pages.setPageCount(layout.pages().size());
        pages.setCurrentPageIndex(Math.max(0, current));
        pages.setPageFactory(i -> i < layout.pages().size() ? page(new PagePreview(layout.pages().get(i), family)) : null);
    }

    /** The preview's zoom: 1 fits the page in the window; larger shows it bigger, to scroll. */
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(1);
    private static final double[] ZOOMS = {1, 1.5, 2, 3};

    private Region previewPane() {
        pages.setId("sheetPages");
        pages.getStyleClass().add(Pagination.STYLE_CLASS_BULLET);
        pages.setMaxPageIndicatorCount(12);
        model.layoutProperty().addListener((obs, old, now) -> show(now));
        zoom.addListener((obs, old, now) -> show(model.layout()));
        Button smaller = new Button(null, new FontIcon("mdi2m-magnify-minus-outline"));
        smaller.setId("sheetZoomOut");
        smaller.setTooltip(new javafx.scene.control.Tooltip(Messages.get("sheets.ui.zoomOut")));
        smaller.setOnAction(e -> zoom.set(step(-1)));
        Button larger = new Button(null, new FontIcon("mdi2m-magnify-plus-outline"));
        larger.setId("sheetZoomIn");
        larger.setTooltip(new javafx.scene.control.Tooltip(Messages.get("sheets.ui.zoomIn")));
        larger.setOnAction(e -> zoom.set(step(1)));
        Button fit = new Button(Messages.get("sheets.ui.zoomFit"));
        fit.setId("sheetZoomFit");
        fit.setOnAction(e -> zoom.set(1));
        Label percent = new Label();
        percent.textProperty().bind(zoom.multiply(100).asString("%.0f%%"));
        HBox tools = new HBox(6, smaller, larger, fit, percent);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(6, 8, 0, 8));
        VBox box = new VBox(tools, pages);
        VBox.setVgrow(pages, Priority.ALWAYS);
        box.setStyle("-fx-background-color: #e9e6e2;");
        return box;
    }

    private double step(int direction) {
        double now = zoom.get();
        if (direction > 0) {
            for (double z : ZOOMS) {
                if (z > now + 1e-9) {
                    return z;
                }
            }
            return ZOOMS[ZOOMS.length - 1];
        }
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < now - 1e-9) {
                return ZOOMS[i];
            }
        }
        return ZOOMS[0];
    }

    /** A page at the zoom: fitted at 1, else larger than the space and scrolled. */
    private javafx.scene.Node page(PagePreview preview) {
        if (zoom.get() <= 1) {
            return preview;
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(preview);
        scroll.setId("sheetPageScroll");
        scroll.setPannable(true);
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> preview.setPrefSize(b.getWidth() * zoom.get(),
                b.getHeight() * zoom.get()));
        return scroll;
    }

    /** For tests: the zoom of the preview. */
    double zoom() {
        return zoom.get();
    }

    private Region unitList() {
        choices.setId("sheetChoices");
        choices.setPrefWidth(300);
        choices.setCellFactory(list -> new ChoiceCell());
        // A filter box over the units (pinyin order, SheetsViewModel): typing 财政 leaves 省财政厅.
        javafx.collections.transformation.FilteredList<SheetChoice> shown =
                new javafx.collections.transformation.FilteredList<>(model.choices());
        choices.setItems(shown);
        javafx.scene.control.TextField filter = new javafx.scene.control.TextField();
        filter.setId("sheetFilter");
        filter.setPromptText(Messages.get("sheets.ui.filter"));
        filter.textProperty().addListener((obs, old, typed) -> {
            String t = typed == null ? "" : typed.strip();
            shown.setPredicate(c -> t.isEmpty() || c.wholePlan() || c.name().contains(t));
            SheetChoice now = model.selectedProperty().get();
            if (now != null && shown.contains(now)) {
                choices.getSelectionModel().select(now);
            }
        });
        // The model's choice shows in the list; a new choice starts at its first page.
        model.selectedProperty().addListener((obs, old, now) -> {
            pages.setCurrentPageIndex(0);
            if (now == null) {
                choices.getSelectionModel().clearSelection();
            } else {
                choices.getSelectionModel().select(now);
                choices.scrollTo(now);
            }
        });
        choices.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        VBox box = new VBox(6, filter, choices);
        VBox.setVgrow(choices, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 8));
        return box;
    }

    private Region bottomBar() {
        Button setup = button("sheets.ui.pageSetup", "mdi2f-file-cog-outline");
        setup.setOnAction(e -> pageSetup());
        printButton.setOnAction(e -> print());
        printButton.setId("sheetPrint");
        Button export = button("sheets.ui.export", "mdi2f-file-export-outline");
        export.setOnAction(e -> model.chooseFileAndExport());
        Button exportAll = button("sheets.ui.exportAll", "mdi2f-folder-multiple-outline");
        exportAll.setOnAction(e -> model.chooseFolderAndExportAll());
        Button close = new Button(Messages.get("sheets.ui.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        for (Button b : List.of(setup, printButton, export, exportAll)) {
            b.disableProperty().bind(model.busyProperty());
        }
        Button cancel = new Button(Messages.get("sheets.ui.cancel"));
        cancel.setOnAction(e -> model.cancelExport());
        cancel.setId("sheetCancel");
        cancel.visibleProperty().bind(model.exportingProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.setPrefWidth(160);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
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

    private static Button button(String key, String icon) {
        return new Button(Messages.get(key), new FontIcon(icon));
    }
}
