package org.luoshi.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.timeline.TimelineFixtures;
import org.luoshi.timeline.Zoom;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Zooming keeps the day under the centre of the time axis; "today" and "fit" are one key away. */
class TimelineZoomUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private final FxRobot robot = new FxRobot();
    private TimelineChart chart;
    private TimelinePane pane;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        Plan sample = TimelineFixtures.sample();
        FxToolkit.setupStage(stage -> {
            pane = new TimelinePane();
            chart = pane.chart();
            chart.setStatusLights(TimelineFixtures.lightsOn(LocalDate.of(2023, 4, 3)));
            chart.setPlan(sample);
            stage.setScene(new Scene(pane, 1000, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private LocalDate centre() {
        return chart.scale().dateAt(chart.scrollXProperty().get() + chart.chartViewportWidth() / 2);
    }

    @Test
    void everyZoomLevelKeepsTheDayUnderTheCentre() {
        robot.interact(() -> {
            chart.setPixelsPerDay(Zoom.MONTHS.presetPixelsPerDay());
            chart.scrollToDate(LocalDate.of(2023, 6, 30));
        });
        LocalDate day = LocalDate.of(2023, 6, 30);
        for (Zoom level : List.of(Zoom.WEEKS, Zoom.DAYS, Zoom.QUARTERS, Zoom.YEARS, Zoom.MONTHS, Zoom.DAYS)) {
            robot.interact(() -> chart.zoomTo(level));
            if (chart.contentWidth() <= chart.chartViewportWidth()) {
                // The whole chart fits: the day is in sight, if not in the middle.
                assertThat(day).as(level.name()).isBetween(chart.visibleFrom(), chart.visibleTo());
            } else {
                assertThat(ChronoUnit.DAYS.between(day, centre())).as(level.name()).isBetween(-1L, 1L);
            }
        }
    }

    @Test
    void afterTodayTheMonthLevelStaysOnToday() {
        // The whole span in sight, then 今天, then 月: today stays in the middle.
        robot.interact(() -> chart.fitAll());
        robot.interact(() -> chart.scrollToToday());
        robot.interact(() -> chart.zoomTo(Zoom.MONTHS));
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2023, 4, 3), centre())).isBetween(-1L, 1L);
        robot.interact(() -> chart.zoomTo(Zoom.YEARS));
        robot.interact(() -> chart.zoomTo(Zoom.DAYS));
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2023, 4, 3), centre())).isBetween(-1L, 1L);
    }

    @Test
    void tAndFKeysGoToTodayAndFitTheWholeSpan() {
        robot.interact(() -> {
            chart.setPixelsPerDay(Zoom.DAYS.presetPixelsPerDay());
            chart.scrollToDate(LocalDate.of(2023, 12, 31));
            chart.requestFocus();
        });
        robot.interact(() -> chart.fireEvent(key(javafx.scene.input.KeyCode.T)));
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2023, 4, 3), centre())).isBetween(-1L, 1L);
        robot.interact(() -> chart.fireEvent(key(javafx.scene.input.KeyCode.F)));
        assertThat(chart.getZoom()).isNotEqualTo(Zoom.DAYS);
        assertThat(chart.visibleFrom()).isBeforeOrEqualTo(chart.treeProperty().get().firstDate());
        assertThat(chart.visibleTo()).isAfterOrEqualTo(chart.treeProperty().get().lastDate());
    }

    private static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false,
                false, false);
    }
}
