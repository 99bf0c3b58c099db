package org.luoshi.report.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.report.PaceRules;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.OverviewBuilder;
import org.luoshi.report.overview.TrendPoint;

/**
 * Makes the first 统计 window of a session open as quickly as the ones after it. The first open
 * otherwise loads and first runs the counting code, the chooser, the date picker, the tables and
 * the chart classes (a few hundred classes and their styles) while the person waits. Once the main
 * window has settled, a small made-up plan is counted on a thread of its own, and a 统计 window
 * that is never shown is built for it, styled and laid out on the FX thread in a few short steps
 * with frames between them, so the main window stays responsive meanwhile.
 */
final class StatsWarmUp {
    /** Between two steps on the FX thread: frames for the main window go first. */
    private static final Duration BETWEEN = Duration.millis(40);

    private StatsWarmUp() {
    }

    /**
     * Starts the warm-up: the count now on a thread of its own, then the window's steps on the FX thread.
     *
     * @param window makes the (never shown) window for the made-up overview, on the FX thread
     * @param done    runs on the FX thread when the warm-up is over (or gave up)
     */
    static void start(java.util.function.Function<Stage, StatsWindow> window, Runnable done) {
        Thread t = new Thread(() -> {
            Overview sample;
            try {
                sample = sample();
            } catch (RuntimeException | LinkageError e) {
                System.err.println("统计 warm-up: " + e);
                Platform.runLater(done);
                return;
            }
            Platform.runLater(() -> new Steps(window, sample, done).next());
        }, "luoshi-stats-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** A plan of a few tasks in three units, one in each pace class, counted as the window counts. */
    static Overview sample() {
        LocalDate issued = LocalDate.of(2023, 1, 10);
        LocalDate today = LocalDate.of(2023, 6, 15);
        String[] units = {"省发展改革委", "省财政厅", "省审批服务管理局"};
        List<Task> tasks = new ArrayList<>();
        List<List<Deadline>> deadlines = List.of(List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31))),
                List.of(Deadline.by("2023年12月底前", LocalDate.of(2023, 12, 31))),
                List.of(Deadline.by("2023年9月底前", LocalDate.of(2023, 9, 30))),
                List.of(Deadline.ongoing("长期坚持")), List.of());
        int[] percents = {100, 80, 20, 0, 40};
        for (int i = 0; i < 10; i++) {
            int kind = i % deadlines.size();
            List<ProgressEntry> progress = percents[kind] == 0 ? List.of()
                    : List.of(ProgressEntry.of(LocalDate.of(2023, 5, 31), percents[kind], "已推进"));
            tasks.add(new Task(i + 1, i + 1, String.valueOf(i + 1), "一", "1", "推进第" + (i + 1) + "项工作。",
                    List.of(Assignment.of(units[i % 3], Role.LEAD), Assignment.of(units[(i + 1) % 3], Role.COOPERATING)),
                    false, deadlines.get(kind), List.of(), progress,
                    percents[kind] == 100 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS, 0));
        }
        Plan plan = new Plan(1, "", "统计预热", "", "", issued, "", List.of(new Part("一", "重点任务")),
                List.of(new Section("一", "1", "重点任务")), tasks);
        Overview o = OverviewBuilder.of(plan.title(), List.of(plan), null, today, PaceRules.DEFAULT, List.of(),
                List.of());
        // Two points, so that the trend is drawn too.
        return new Overview(o.title(), o.unit(), o.today(), o.allowance(), o.tasks(), o.counts(), o.units(), o.late(),
                List.of(new TrendPoint(LocalDate.of(2023, 4, 5), "2023年3月", 10, 1, 30),
                        new TrendPoint(LocalDate.of(2023, 6, 5), "2023年5月", 10, 2, 45)));
    }

    /** The FX-thread part, one step per turn with frames between. */
    private static final class Steps {
        private final java.util.function.Function<Stage, StatsWindow> make;
        private final Overview sample;
        private final Runnable done;
        private final List<Runnable> steps = new ArrayList<>();
        private StatsWindow window;

        Steps(java.util.function.Function<Stage, StatsWindow> make, Overview sample, Runnable done) {
            this.make = make;
            this.sample = sample;
            this.done = done;
            steps.add(() -> {
                window = make.apply(new Stage());
                lay(window.stage.getScene().getRoot());
            });
            steps.add(() -> {
                window.model.show(sample);
                lay(window.stage.getScene().getRoot());
            });
            steps.add(() -> {
                window.charts.drawNow();
                lay(window.stage.getScene().getRoot());
            });
        }

        void next() {
            if (steps.isEmpty()) {
                window = null;
                done.run();
                return;
            }
            try {
                steps.remove(0).run();
            } catch (RuntimeException | LinkageError e) {
                System.err.println("统计 warm-up: " + e);
                done.run();
                return;
            }
            PauseTransition pause = new PauseTransition(BETWEEN);
            pause.setOnFinished(e -> next());
            pause.play();
        }

        private static void lay(Parent root) {
            root.applyCss();
            root.layout();
        }
    }
}
