package org.luoshi.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.edit.Edit;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.Ink;
import org.luoshi.timeline.TimelineFixtures;
import org.luoshi.timeline.Zoom;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The chart control on its own, headless: what it draws, zoom, selection, expand/collapse, drags, CSS. */
class TimelineChartUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private final FxRobot robot = new FxRobot();
    private final List<Edit> edits = new ArrayList<>();
    private TimelineChart chart;
    private Plan sample;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        sample = TimelineFixtures.sample();
        FxToolkit.setupStage(stage -> {
            chart = new TimelineChart();
            chart.setStatusLights(TimelineFixtures.lightsOn(LocalDate.of(2023, 2, 1)));
            chart.setPlan(sample);
            chart.setEditSink(edits::add);
            stage.setScene(new Scene(chart, 1000, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private TimelineChartSkin skin() {
        return (TimelineChartSkin) chart.getSkin();
    }

    private Drawing drawn() {
        WaitForAsyncUtils.waitForFxEvents();
        return skin().lastDrawing();
    }

    /** A mouse event on the canvas at the chart's local (x, y), as the pointer would send it. */
    private void mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        double cx = x - chart.snappedLeftInset();
        double cy = y - chart.snappedTopInset();
        Point2D screen = chart.localToScreen(x, y);
        robot.interact(() -> skin().canvas().fireEvent(new MouseEvent(type, cx, cy, screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false,
                false, false, false, new PickResult(skin().canvas(), cx, cy))));
    }

    /** Presses at {@code from}, drags in a few steps to {@code to} and releases there. */
    private void drag(double fromX, double fromY, double toX, double toY) {
        mouse(MouseEvent.MOUSE_PRESSED, fromX, fromY);
        for (int i = 1; i <= 4; i++) {
            mouse(MouseEvent.MOUSE_DRAGGED, fromX + (toX - fromX) * i / 4, fromY + (toY - fromY) * i / 4);
        }
        mouse(MouseEvent.MOUSE_RELEASED, toX, toY);
    }

    private void click(double x, double y) {
        mouse(MouseEvent.MOUSE_PRESSED, x, y);
        mouse(MouseEvent.MOUSE_RELEASED, x, y);
    }

    private void at(Zoom zoom, LocalDate day) {
        robot.interact(() -> {
            chart.setPixelsPerDay(zoom.presetPixelsPerDay());
            chart.reveal(TimelineFixtures.task29(sample));
            chart.scrollToDate(day);
        });
    }

    @Test
    void aHiddenChartIsNotPaintedAndIsPaintedAgainWhenItIsShown() {
        Drawing before = drawn();
        assertThat(before).isNotNull();
        Task t29 = TimelineFixtures.task29(sample);
        // Hidden (a tab behind the task table), the chart still follows the table's selection...
        robot.interact(() -> {
            chart.setVisible(false);
            chart.setSelectedTask(t29);
        });
        robot.interact(() -> chart.setSelectedTask(sample.tasks().get(0)));
        assertThat(drawn()).as("nothing painted while hidden").isSameAs(before);

        // ...and shows where it is now in the frame that shows it again.
        robot.interact(() -> chart.setVisible(true));
        Drawing after = drawn();
        assertThat(after).isNotSameAs(before);
        assertThat(chart.getSelectedTask().id()).isEqualTo(sample.tasks().get(0).id());
    }

    @Test
    void milestonesAreDrawnAtTheXOfTheirDatesAtEveryZoom() {
        Task t29 = TimelineFixtures.task29(sample);
        for (Zoom zoom : Zoom.values()) {
            for (LocalDate day : List.of(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30))) {
                at(zoom, day);
                List<Double> xs = drawn().all(Draw.Diamond.class).stream().map(Draw.Diamond::cx).toList();
                double inset = chart.snappedLeftInset();
                assertThat(xs).as(zoom + " " + day).anySatisfy(x -> assertThat(x).isCloseTo(chart.xOf(day) - inset,
                        within(1e-6)));
            }
            assertThat(drawn().all(Draw.Diamond.class)).allSatisfy(d ->
                    assertThat(d.cy()).isEqualTo(chart.yOf(t29) - chart.snappedTopInset()));
        }
    }

    @Test
    void fitAllShowsThePlansWholeSpan() {
        robot.interact(chart::fitAll);
        // The sample plan runs from 2021 (十四五) to the end of 2025.
        assertThat(chart.visibleFrom()).isBefore(LocalDate.of(2021, 1, 1));
        assertThat(chart.visibleTo()).isAfter(LocalDate.of(2025, 12, 31));
        assertThat(chart.getZoom()).isIn(Zoom.YEARS, Zoom.QUARTERS);
    }

    @Test
    void ctrlWheelZoomsAroundThePointer() {
        at(Zoom.MONTHS, LocalDate.of(2023, 5, 15));
        double before = chart.getPixelsPerDay();
        double pointerX = 600;
        LocalDate under = chart.scale().dateAt(chart.scrollXProperty().get() + pointerX
                - chart.nameColumnWidthProperty().get());
        robot.interact(() -> skin().canvas().fireEvent(new ScrollEvent(ScrollEvent.SCROLL, pointerX, 300, pointerX, 300,
                false, true, false, false, false, false, 0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(skin().canvas(), pointerX, 300))));
        assertThat(chart.getPixelsPerDay()).isCloseTo(before * Math.exp(120 / 300.0), within(1e-9));
        LocalDate stillUnder = chart.scale().dateAt(chart.scrollXProperty().get() + pointerX
                - chart.nameColumnWidthProperty().get());
        assertThat(stillUnder).isEqualTo(under);
    }

    @Test
    void clickingARowSelectsItsTaskAndTheTriangleClosesTheHeading() {
        Task t29 = TimelineFixtures.task29(sample);
        at(Zoom.MONTHS, LocalDate.of(2023, 5, 15));
        click(150, chart.yOf(t29));
        assertThat(chart.getSelectedTask()).isEqualTo(t29);
        assertThat(drawn().all(Draw.Rect.class)).anyMatch(r -> r.fill() == Ink.SELECTION);

        int rows = chart.getRows().size();
        robot.interact(() -> chart.scrollYProperty().set(0));
        // Row 1 is section （一）, depth 1: its triangle 6 + 14 px from the left.
        click(chart.snappedLeftInset() + 23, chart.snappedTopInset() + 44 + 24 + 12);
        assertThat(chart.getRows().size()).isEqualTo(rows - 3);
        robot.interact(chart::expandAll);
        assertThat(chart.getRows().size()).isEqualTo(rows);
        robot.interact(chart::collapseAll);
        assertThat(chart.getRows().size()).isEqualTo(3);
    }

    @Test
    void draggingAMilestoneSendsOneEditAndABadDropSaysWhy() {
        Task t29 = TimelineFixtures.task29(sample);
        at(Zoom.DAYS, LocalDate.of(2023, 4, 5));
        drag(chart.xOf(LocalDate.of(2023, 3, 31)), chart.yOf(t29), chart.xOf(LocalDate.of(2023, 4, 10)), chart.yOf(t29));
        assertThat(edits).singleElement().extracting(Edit::description).isEqualTo("修改任务 29 的里程碑");
        // Until the reloaded plan comes back, the diamond stays where it was dropped.
        assertThat(drawn().all(Draw.Diamond.class)).anySatisfy(d -> assertThat(d.cx())
                .isCloseTo(chart.xOf(LocalDate.of(2023, 4, 10)) - chart.snappedLeftInset(), within(1e-6)));

        Plan period = TimelineFixtures.plan(TimelineFixtures.ISSUED, TimelineFixtures.task(7, "一",
                List.of(Deadline.period("2023年5月至8月期间", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 31))),
                List.of(), List.of(Assignment.of("省财政厅", Role.LEAD))));
        robot.interact(() -> {
            chart.setPlan(period);
            chart.setPixelsPerDay(Zoom.MONTHS.presetPixelsPerDay());
            chart.scrollToDate(LocalDate.of(2023, 7, 1));
        });
        Task t7 = period.tasks().get(0);
        double start = chart.xOf(LocalDate.of(2023, 5, 1)) - Zoom.MONTHS.presetPixelsPerDay() / 2;
        // Dragging the period's start past its end (August 31, 122 days = 305 px on) is refused with a reason.
        drag(start, chart.yOf(t7), start + 330, chart.yOf(t7));
        assertThat(edits).hasSize(1);
        assertThat(chart.messageProperty().get()).isEqualTo("期间的开始日期不能晚于结束日期。");
        // Dragging it earlier is an edit of the task's deadlines.
        drag(start, chart.yOf(t7), start - 60, chart.yOf(t7));
        assertThat(edits).hasSize(2);
        assertThat(edits.get(1).description()).isEqualTo("修改任务 7 的完成时限");
    }

    @Test
    void noNodePerTaskHoweverManyTasks() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            tasks.add(TimelineFixtures.task(i, i % 2 == 0 ? "一" : "二",
                    List.of(Deadline.by("2023年6月底前", LocalDate.of(2023, 6, 30))), List.of(),
                    List.of(Assignment.of("省财政厅", Role.LEAD))));
        }
        robot.interact(() -> chart.setPlan(TimelineFixtures.plan(TimelineFixtures.ISSUED, tasks.toArray(new Task[0]))));
        assertThat(chart.getRows().size()).isEqualTo(10_003);
        assertThat(skin().getChildren()).hasSize(4);
        long nameDots = drawn().all(Draw.Dot.class).stream().filter(d -> d.cx() < 260).count();
        assertThat(nameDots).as("only the rows in view are drawn").isLessThanOrEqualTo(600 / 24 + 1);
    }

    @Test
    void stateReachesCssAndCssColoursTheChart() {
        assertThat(chart.getPseudoClassStates()).extracting(Object::toString).contains("editable");
        robot.interact(() -> chart.setGrouping(Grouping.LEAD_UNIT));
        assertThat(chart.getPseudoClassStates()).extracting(Object::toString).contains("swimlanes");
        robot.interact(() -> chart.setPixelsPerDay(Zoom.DAYS.presetPixelsPerDay()));
        assertThat(chart.getPseudoClassStates()).extracting(Object::toString).contains("days");
        robot.interact(() -> {
            chart.setStyle("-luoshi-red: #00ff00;");
            chart.applyCss();
        });
        assertThat(chart.palette().argb(Ink.RED)).isEqualTo(0xFF00FF00);
    }

    @Test
    void printingWithoutAPrinterSaysSo() throws Exception {
        PagePreviewDialog[] dialog = new PagePreviewDialog[1];
        robot.interact(() -> {
            PagePreviewDialog.Source source = new PagePreviewDialog.Source(chart.getRows(), LocalDate.of(2023, 1, 1),
                    LocalDate.of(2023, 12, 31), chart.visibleFrom(), chart.visibleTo(), "方案", "任务",
                    LocalDate.of(2023, 2, 1), chart.palette(), chart.getFont().getFamily());
            dialog[0] = new PagePreviewDialog(chart.getScene().getWindow(), source, r -> { }, () -> null);
            dialog[0].show();
        });
        assertThat(dialog[0].tiling().pages()).hasSize(3);
        robot.interact(() -> ((javafx.scene.control.Spinner<?>) dialog[0].stage().getScene().lookup("#preview-pages-wide"))
                .increment(1));
        assertThat(dialog[0].tiling().pages()).hasSize(6);
        robot.interact(dialog[0]::printNow);
        assertThat(dialog[0].statusText()).isEqualTo(
                "这台电脑上没有安装打印机。请在系统设置中添加打印机，或先保存为 PDF，再到其他电脑上打印。");
        robot.interact(() -> dialog[0].stage().close());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog[0].stage().isShowing());
    }

    @Test
    void thePictureHoldsTheWholeChartOrSaysItIsTooLarge() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("timeline").resolve("chart.png");
        robot.interact(() -> chart.setPixelsPerDay(Zoom.MONTHS.presetPixelsPerDay()));
        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(() -> TimelinePng.render(chart))
                .get(20, TimeUnit.SECONDS);
        // 260 px of names and 2.5 px a day from 2021-01-01 to 2025-12-31 (1826 days);
        // a 44 px header and 71 rows of 24 px.
        assertThat(image.getWidth()).isEqualTo(260 + 4565);
        assertThat(image.getHeight()).isEqualTo(44 + 71 * 24);
        TimelinePng.write(image, file);
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(image.getWidth());
        assertThat(read.getRGB(5, 5)).as("the corner over the names").isEqualTo(0xFFF6F3F0);

        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            tasks.add(TimelineFixtures.task(i, Deadline.by("2023年6月底前", LocalDate.of(2023, 6, 30))));
        }
        robot.interact(() -> chart.setPlan(TimelineFixtures.plan(TimelineFixtures.ISSUED, tasks.toArray(new Task[0]))));
        Throwable[] tooLarge = new Throwable[1];
        robot.interact(() -> tooLarge[0] = org.assertj.core.api.Assertions.catchThrowable(() -> TimelinePng.render(chart)));
        assertThat(tooLarge[0]).isInstanceOf(org.luoshi.timeline.TimelineExportException.class)
                .hasMessageContaining("太大，无法保存");
    }
}
