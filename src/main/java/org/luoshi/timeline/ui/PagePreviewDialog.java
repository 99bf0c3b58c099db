package org.luoshi.timeline.ui;

import org.luoshi.ui.DialogWindows;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.Paper;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.paper.ui.PrintPages;
import org.luoshi.timeline.ChartMetrics;
import org.luoshi.timeline.ChartPaper;
import org.luoshi.timeline.PageDrawing;
import org.luoshi.timeline.PageTile;
import org.luoshi.timeline.PageTiling;
import org.luoshi.timeline.Palette;
import org.luoshi.timeline.TimelineRows;

/**
 * Print preview: the user picks the paper, the orientation, how many pages wide and which days; the
 * pages show as they will print (the same page layout as the PDF), then go to the system printer or
 * to a PDF. With no printer installed, the dialog says so and offers the PDF.
 */
public final class PagePreviewDialog {
    private static final double PREVIEW_WIDTH = 760;
    private static final double PREVIEW_HEIGHT = 560;

    /** What is printed: the rows on show, the plan's days and the days on screen, and the words around. */
    public record Source(TimelineRows rows, LocalDate planFrom, LocalDate planTo, LocalDate viewFrom,
            LocalDate viewTo, String title, String cornerTitle, LocalDate today, Palette palette, String fontFamily) {
    }

    /** A PDF to save with these pages. */
    public record PdfRequest(ChartPaper setup, LocalDate from, LocalDate to) {
    }

    private final Stage stage = new Stage();
    private final Source source;
    private final Consumer<PdfRequest> onSavePdf;
    private final Supplier<PrinterJob> printerJobs;
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final RadioButton landscape = new RadioButton(Messages.get("timeline.print.landscape"));
    private final RadioButton portrait = new RadioButton(Messages.get("timeline.print.portrait"));
    private final Spinner<Integer> pagesWide = new Spinner<>(1, ChartPaper.MAX_PAGES_WIDE, 1);
    private final RadioButton wholePlan = new RadioButton(Messages.get("timeline.print.rangePlan"));
    private final RadioButton onScreen = new RadioButton(Messages.get("timeline.print.rangeScreen"));
    private final Label summary = new Label();
    private final Label status = new Label();
    private final Pagination pages = new Pagination();
    private final FxPainter painter;
    private final FxTextMeasure measure;
    private PageTiling tiling;

    /**
     * @param printerJobs makes the printer job; {@code PrinterJob::createPrinterJob} (null when no printer is installed)
     */
    public PagePreviewDialog(Window owner, Source source, Consumer<PdfRequest> onSavePdf,
            Supplier<PrinterJob> printerJobs) {
        this.source = source;
        this.onSavePdf = onSavePdf;
        this.printerJobs = printerJobs;
        this.painter = new FxPainter(source.palette(), source.fontFamily(), FxPainter.Bold.FACE);
        this.measure = new FxTextMeasure(painter);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        DialogWindows.fit(stage);
        stage.setTitle(Messages.get("timeline.print.title"));

        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.A4);
        paper.setId("preview-paper");
        ToggleGroup orientation = new ToggleGroup();
        landscape.setToggleGroup(orientation);
        portrait.setToggleGroup(orientation);
        landscape.setSelected(true);
        pagesWide.setEditable(true);
        pagesWide.setId("preview-pages-wide");
        ToggleGroup range = new ToggleGroup();
        wholePlan.setToggleGroup(range);
        onScreen.setToggleGroup(range);
        wholePlan.setSelected(true);
        summary.getStyleClass().add("summary");
        summary.setId("preview-summary");
        summary.setWrapText(true);
        status.setId("preview-status");
        status.setWrapText(true);

        VBox settings = new VBox(title("timeline.print.paper"), paper, landscape, portrait,
                title("timeline.print.pagesWide"), pagesWide, title("timeline.print.range"), wholePlan, onScreen,
                summary);
        settings.getStyleClass().add("settings");
        settings.setPrefWidth(200);

        pages.setId("preview-pages");
        pages.setPageFactory(this::page);
        pages.setPrefSize(PREVIEW_WIDTH + 40, PREVIEW_HEIGHT + 70);

        Button print = new Button(Messages.get("timeline.print.print"));
        print.setId("preview-print");
        print.setDefaultButton(true);
        print.setOnAction(e -> print());
        Button pdf = new Button(Messages.get("timeline.print.pdf"));
        pdf.setId("preview-pdf");
        pdf.setOnAction(e -> {
            stage.close();
            onSavePdf.accept(new PdfRequest(setup(), from(), to()));
        });
        Button close = new Button(Messages.get("timeline.print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(print, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(pdf, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(pdf, print, close);
        VBox bottom = new VBox(6, status, buttons);
        bottom.setPadding(new Insets(8, 12, 12, 12));

        BorderPane root = new BorderPane(pages, null, null, bottom, settings);
        root.getStyleClass().add("page-preview");
        root.getStylesheets().add(Objects.requireNonNull(TimelineChart.class.getResource("timeline.css"))
                .toExternalForm());
        stage.setScene(new Scene(root));

        paper.valueProperty().addListener(o -> relayout());
        orientation.selectedToggleProperty().addListener(o -> relayout());
        pagesWide.valueProperty().addListener(o -> relayout());
        range.selectedToggleProperty().addListener(o -> relayout());
        relayout();
    }

    private static Label title(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("title");
        return l;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The pages as now set, for tests. */
    public PageTiling tiling() {
        return tiling;
    }

    private ChartPaper setup() {
        return ChartPaper.of(paper.getValue(), landscape.isSelected() ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                pagesWide.getValue());
    }

    private LocalDate from() {
        return onScreen.isSelected() ? source.viewFrom() : source.planFrom();
    }

    private LocalDate to() {
        return onScreen.isSelected() ? source.viewTo() : source.planTo();
    }

    private void relayout() {
        tiling = PageTiling.of(source.rows(), from(), to(), setup(), ChartMetrics.PRINT);
        int count = tiling.pages().size();
        summary.setText(Messages.get("timeline.print.summary", count, tiling.bands(), setup().pagesWide()));
        pages.setPageCount(count);
        pages.setCurrentPageIndex(0);
        status.setText("");
        // The page factory is only asked again when the index changes: refresh the page on show.
        pages.setPageFactory(null);
        pages.setPageFactory(this::page);
    }

    private Node page(int index) {
        if (tiling == null || index >= tiling.pages().size()) {
            return null;
        }
        Drawing drawing = drawing(tiling.pages().get(index));
        double scale = Math.min(PREVIEW_WIDTH / drawing.width(), PREVIEW_HEIGHT / drawing.height());
        Canvas canvas = painter.canvas(drawing, scale);
        StackPane holder = new StackPane(canvas);
        canvas.getStyleClass().add("page-shadow");
        holder.setPadding(new Insets(10));
        return holder;
    }

    private Drawing drawing(PageTile page) {
        return PageDrawing.build(tiling, source.rows(), page, source.title(), source.cornerTitle(), source.today(),
                measure);
    }

    /** Sends every page to the printer the user picks; says so when there is none. */
    void print() {
        PrinterJob job = printerJobs.get();
        if (job == null) {
            status.setText(Messages.get("timeline.print.noPrinter"));
            return;
        }
        job.getJobSettings().setPageLayout(PrintPages.layoutFor(job.getPrinter(), tiling.setup().page()));
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = PrintPages.layoutFor(printer, tiling.setup().page());
        int sent = PrintPages.print(job, layout, tiling.pages().stream().map(this::drawing).toList(), painter);
        status.setText(sent < 0 ? Messages.get("timeline.print.failed", job.getJobStatus())
                : Messages.get("timeline.print.sent", sent, printer.getName()));
    }

    /** The message under the pages (no printer, pages sent), for tests. */
    public String statusText() {
        return status.getText();
    }

    /** Asks the dialog to print, as its Print button does. */
    public void printNow() {
        print();
    }
}
