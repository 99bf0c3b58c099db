package org.luoshi.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.report.PaceClass;
import org.luoshi.report.SampleRound;
import org.luoshi.report.overview.Overview;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The warm-up of the 统计 window: it counts its made-up plan and builds every part of a window it never shows. */
class StatsWarmUpUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private SampleRound sample;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (sample != null) {
            sample.ws.close();
        }
    }

    @Test
    void theMadeUpPlanIsCountedAsTheWindowCounts() {
        Overview o = StatsWarmUp.sample();
        // Ten tasks, two of each kind, on 6月15日 of a plan issued 1月10日: done (3月底前, 100 %), ahead (12月底前,
        // 80 % where 156 of 355 days are gone), behind (9月底前, 20 % where 156 of 263 days are gone), ongoing
        // work with nothing reported (measured over the year from the plan's issue: behind too), no time limit.
        assertThat(o.counts().total()).isEqualTo(10);
        assertThat(o.counts().count(PaceClass.DONE)).isEqualTo(2);
        assertThat(o.counts().count(PaceClass.AHEAD)).isEqualTo(2);
        assertThat(o.counts().count(PaceClass.BEHIND)).isEqualTo(4);
        assertThat(o.counts().count(PaceClass.NO_DEADLINE)).isEqualTo(2);
        assertThat(o.units()).extracting(u -> u.unit()).containsExactlyInAnyOrder("省发展改革委", "省财政厅", "省审批服务管理局");
        assertThat(o.trend()).hasSize(2);
    }

    @Test
    void itBuildsStylesAndLaysOutAWindowWithChartsThatIsNeverShown() throws Exception {
        sample = SampleRound.in(dir);
        FxToolkit.registerPrimaryStage();
        List<Window> before = robot.listWindows();
        StatsWindow[] made = new StatsWindow[1];
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> StatsWarmUp.start(stage -> made[0] = new StatsWindow(stage,
                new StatsViewModel(sample.session, new ScriptedDialogs(), SampleRound.TODAY, said -> { }), List.of(),
                0, null, (plan, task) -> { }), done::countDown));
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> {
            assertThat(made[0]).isNotNull();
            assertThat(made[0].stage.isShowing()).isFalse();
            assertThat(robot.listWindows()).containsExactlyElementsOf(before);
            assertThat(made[0].charts.charts()).isNotNull();
            assertThat(made[0].charts.charts().units.getData()).hasSize(PaceClass.values().length);
            assertThat(made[0].charts.charts().trend.isVisible()).isTrue();
            // Styled and laid out: the tiles have their size, the bars their skin.
            assertThat(made[0].tiles.getChildren()).hasSize(PaceClass.values().length + 1);
            assertThat(made[0].tiles.getWidth()).isGreaterThan(0);
            assertThat(made[0].charts.charts().units.getWidth()).isGreaterThan(0);
        });
    }
}
