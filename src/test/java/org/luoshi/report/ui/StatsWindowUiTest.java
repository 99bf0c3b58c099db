package org.luoshi.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.report.PaceClass;
import org.luoshi.report.SampleRound;
import org.luoshi.report.overview.OverviewTask;
import org.luoshi.report.overview.RoleScope;
import org.luoshi.report.overview.UnitRow;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The 统计 window headless on the sample plan with two filled rounds, as of 2023-03-28: the tiles,
 * the per-unit table (sortable, role scope), the charts, a click through to the tasks and on to the
 * main window, my unit, and the PNG of the view.
 */
class StatsWindowUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<long[]> jumps = new ArrayList<>();
    private SampleRound sample;
    private StatsWindow window;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRound.in(dir);
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            StatsViewModel model = new StatsViewModel(sample.session, dialogs, SampleRound.TODAY, said -> { });
            window = new StatsWindow(new Stage(), model, sample.ws.plans().list(), sample.plan.id(),
                    SampleRound.APPROVAL, (plan, task) -> jumps.add(new long[] {plan, task}));
            new StatsExport(window);
            window.stage.show();
            window.load();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sample.ws.close();
    }

    private String tileCount(String id) {
        return robot.lookup("#paceTile-" + id + " .pace-tile-count").queryAs(Label.class).getText();
    }

    /** A click on a node that may lie outside the scrolled view (as a click there would be). */
    private void click(Node node) {
        robot.interact(() -> node.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1, false, false, false,
                false, true, false, false, true, false, false, null)));
    }

    @SuppressWarnings("unchecked")
    private TableView<OverviewTask> tasksDialog() {
        return robot.lookup("#statsTasksBehind").queryAs(TableView.class);
    }

    @Test
    void theTilesCountThePlanAndAClickListsTheTasksBehindAndJumps() {
        assertThat(tileCount("all")).isEqualTo("47");
        assertThat(tileCount("done")).isEqualTo("1");
        assertThat(tileCount("behind")).isEqualTo("2");
        assertThat(tileCount("overdue")).isEqualTo("1");
        assertThat(tileCount("no_deadline")).isEqualTo("41");
        assertThat(robot.lookup("#statsTitle").queryAs(Label.class).getText()).contains("47").contains("2023年3月28日");

        click(robot.lookup("#paceTile-behind").query());
        TableView<OverviewTask> tasks = tasksDialog();
        assertThat(tasks.getItems()).extracting(t -> t.pace().task().number()).containsExactly("7", "36");
        robot.doubleClickOn(robot.from(tasks).lookup(".table-row-cell").nth(0).queryAs(Node.class), MouseButton.PRIMARY);
        assertThat(jumps).singleElement().satisfies(j -> {
            assertThat(j[0]).isEqualTo(sample.plan.id());
            assertThat(j[1]).isEqualTo(sample.task("7").id());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnitTableSortsAndCountsByRoleAndItsNumbersOpenTheirTasks() {
        TableView<UnitRow> table = robot.lookup("#statsUnitTable").queryAs(TableView.class);
        long units = sample.plan.tasks().stream().flatMap(t -> t.assignments().stream()).map(a -> a.unit().name())
                .distinct().count();
        assertThat(table.getItems()).hasSize((int) units);
        TableColumn<UnitRow, ?> total = table.getColumns().stream().filter(c -> "statsCol-total".equals(c.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSortOrder().setAll(total);
            total.setSortType(TableColumn.SortType.ASCENDING);
            table.sort();
        });
        int first = table.getItems().get(0).of(RoleScope.ALL).total();
        int last = table.getItems().get(table.getItems().size() - 1).of(RoleScope.ALL).total();
        assertThat(first).isLessThanOrEqualTo(last);

        robot.interact(() -> window.units.roles.setValue(RoleScope.LEAD));
        robot.interact(() -> table.scrollTo(table.getItems().stream().filter(r -> r.unit().equals(SampleRound.APPROVAL))
                .findFirst().orElseThrow()));
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "statsCol-DONE".equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof UnitRow r
                && r.unit().equals(SampleRound.APPROVAL)).query();
        assertThat(((javafx.scene.control.TableCell<?, ?>) cell).getText()).isEqualTo("1");
        click(cell);
        assertThat(tasksDialog().getItems()).extracting(t -> t.pace().task().number()).containsExactly("18");
    }

    /** The charts come one frame after the numbers. */
    private void awaitCharts() throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.charts.drawnProperty().get() == window.model.overviewProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theChartsArriveAfterTheFrameWithTheNumbers() throws Exception {
        StatsWindow[] second = new StatsWindow[1];
        robot.interact(() -> {
            StatsViewModel model = new StatsViewModel(sample.session, dialogs, SampleRound.TODAY, said -> { });
            second[0] = new StatsWindow(new Stage(), model, sample.ws.plans().list(), sample.plan.id(), null,
                    (plan, task) -> { });
            second[0].load();
            second[0].stage.show();
            // The count is in: the tiles and the table are filled; the charts only hold their places.
            assertThat(second[0].tiles.lookup("#paceTile-all .pace-tile-count")).isInstanceOfSatisfying(Label.class,
                    l -> assertThat(l.getText()).isEqualTo("47"));
            assertThat(second[0].units.getItems()).isNotEmpty();
            assertThat(second[0].charts.charts()).isNull();
            assertThat(second[0].charts.drawnProperty().get()).isNull();
            assertThat(second[0].charts.prefHeight(-1))
                    .isGreaterThanOrEqualTo(StatsCharts.HEIGHT);
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> second[0].charts.drawnProperty().get() == second[0].model.overviewProperty().get());
        robot.interact(() -> {
            assertThat(second[0].charts.charts()).isNotNull();
            assertThat(second[0].charts.charts().units.getData()).hasSize(PaceClass.values().length);
            assertThat(second[0].charts.charts().shares.getData()).isNotEmpty();
            assertThat(second[0].content.lookup("#statsUnitChart")).isSameAs(second[0].charts.charts().units);
        });
    }

    @Test
    void thePieLegendShowsEachClassInItsSlicesColourWhenAClassHasNoTasks() throws Exception {
        awaitCharts();
        robot.interact(() -> {
            javafx.scene.chart.PieChart pie = window.charts.charts().shares;
            pie.applyCss();
            pie.layout();
            // As of 2023-03-28 the sample has no task 未启动: its slice and legend entry are left out.
            assertThat(pie.getData()).extracting(javafx.scene.chart.PieChart.Data::getName).noneMatch(n -> n.startsWith("未启动"));
            java.util.Map<String, javafx.scene.paint.Paint> legend = new java.util.HashMap<>();
            for (Node item : pie.lookupAll(".chart-legend-item")) {
                Label label = (Label) item;
                javafx.scene.layout.Region symbol = (javafx.scene.layout.Region) label.getGraphic();
                legend.put(label.getText().split(" ")[0], symbol.getBackground().getFills().get(0).getFill());
            }
            assertThat(legend).containsEntry("已逾期",
                    javafx.scene.paint.Color.web(org.luoshi.report.overview.PaceInk.hex(PaceClass.OVERDUE)));
            assertThat(legend).containsEntry("无时限",
                    javafx.scene.paint.Color.web(org.luoshi.report.overview.PaceInk.hex(PaceClass.NO_DEADLINE)));
            assertThat(legend).containsEntry("已完成",
                    javafx.scene.paint.Color.web(org.luoshi.report.overview.PaceInk.hex(PaceClass.DONE)));
        });
    }

    @Test
    void theUnitTableShowsItsFirstRowsAboveTheFoldOfA1440By900Screen() throws Exception {
        awaitCharts();
        robot.interact(() -> {
            window.stage.getScene().getRoot().applyCss();
            window.stage.getScene().getRoot().layout();
            // At 1440×900 the window's scene is 788 px high (900 less DialogWindows' margins of 24 px above
            // and below, 32 px for its frame and 32 px for a title bar); eight rows of 24 px and the header
            // must fit below the table's top with the view scrolled to the top.
            double top = window.units.localToScene(0, 0).getY();
            assertThat(((javafx.scene.control.ScrollPane) window.stage.getScene().lookup("#statsScroll")).getVvalue())
                    .isZero();
            assertThat(top + 9 * 24).isLessThanOrEqualTo(900 - 24 - 24 - 32 - 32);
            // The charts are above it, side by side.
            StatsCharts c = window.charts.charts();
            assertThat(c.units.localToScene(0, 0).getY()).isEqualTo(c.shares.localToScene(0, 0).getY());
            assertThat(c.shares.localToScene(0, 0).getX()).isGreaterThan(c.units.localToScene(0, 0).getX());
            assertThat(c.units.localToScene(0, 0).getY()).isLessThan(top);
        });
    }

    @Test
    void aBarOfTheUnitChartOpensItsTasks() throws Exception {
        awaitCharts();
        XYChart<?, ?> chart = robot.lookup("#statsUnitChart").queryAs(XYChart.class);
        assertThat(chart.getData()).hasSize(PaceClass.values().length);
        XYChart.Series<?, ?> done = chart.getData().get(PaceClass.DONE.ordinal());
        // The bars lie down: the unit is the category (y), the count the value (x).
        XYChart.Data<?, ?> bar = done.getData().stream().filter(d -> d.getYValue().equals(SampleRound.APPROVAL))
                .findFirst().orElseThrow();
        assertThat(bar.getXValue()).isEqualTo(1);
        assertThat(bar.getNode().getStyleClass()).contains("default-color0", "pace-bar-done");
        // Its tooltip is made when the pointer first comes over it.
        assertThat(bar.getNode().getProperties().get("javafx.scene.control.Tooltip")).isNull();
        robot.interact(() -> bar.getNode().fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false, false, false,
                false, false, false, false, false, false, false, null)));
        assertThat(bar.getNode().getProperties().get("javafx.scene.control.Tooltip"))
                .isInstanceOfSatisfying(javafx.scene.control.Tooltip.class,
                        t -> assertThat(t.getText()).isEqualTo(SampleRound.APPROVAL + " · 已完成：1"));
        click(bar.getNode());
        assertThat(tasksDialog().getItems()).extracting(t -> t.pace().task().number()).containsExactly("18");
    }

    @Test
    void myUnitOnlyCountsItsSixTasks() {
        robot.clickOn("#statsMyUnit");
        assertThat(tileCount("all")).isEqualTo("6");
        assertThat(tileCount("on_pace")).isEqualTo("1");
        assertThat(window.model.overviewProperty().get().unit()).isEqualTo(SampleRound.APPROVAL);
    }

    @Test
    void theFeatureOpensThePlanOnShowAndCountsAgainWhenTheDataChanges() throws Exception {
        javafx.beans.property.SimpleLongProperty revision = new javafx.beans.property.SimpleLongProperty();
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        StatsFeature feature = new StatsFeature(null, sample.session, w -> dialogs, () -> sample.ws.plans().list(),
                new javafx.beans.property.SimpleObjectProperty<>(sample.plan), () -> null,
                java.time.Clock.fixed(SampleRound.TODAY.atStartOfDay(zone).toInstant(), zone), said -> { },
                (plan, task) -> { }, () -> null, revision);
        StatsWindow[] opened = new StatsWindow[1];
        robot.interact(() -> opened[0] = feature.open());
        assertThat(opened[0].model.overviewProperty().get().counts().count(PaceClass.DONE)).isEqualTo(1);
        assertThat(opened[0].model.overviewProperty().get().title()).isEqualTo(sample.plan.displayTitle());
        sample.ws.tasks().setStatus(sample.task("7").id(), org.luoshi.plan.TaskStatus.DONE);
        robot.interact(() -> revision.set(1));
        assertThat(opened[0].model.overviewProperty().get().counts().count(PaceClass.DONE)).isEqualTo(2);
        assertThat(opened[0].model.overviewProperty().get().counts().count(PaceClass.BEHIND)).isEqualTo(1);
    }

    @Test
    void theViewIsSavedAsAPng() throws Exception {
        Path png = dir.resolve("统计.png");
        dialogs.savingTo(png);
        robot.clickOn("#statsPng");
        assertThat(dialogs.errors()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(image.getHeight()).isGreaterThan(800);
        assertThat(Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".tmp")).count()).isZero();
    }
}
