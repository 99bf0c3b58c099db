package org.luoshi.timeline.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.TimelineTree;
import org.luoshi.timeline.Zoom;

/**
 * How long one viewport of the timeline takes with 10,000 tasks: the control's own redraw (layout
 * of the rows and days on show, then painting the canvas), and the same followed by a snapshot of
 * the canvas, which makes the software renderer rasterise the frame. Also the once-per-plan build.
 * Runs headless on Monocle; see docs/PERFORMANCE.md for the command and the figures.
 */
public final class TimelineBenchmark {
    private static final int TASKS = 10_000;
    private static final int WARMUP = 300;
    private static final int RUNS = 300;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        Plan plan = plan(TASKS, new Random(7));
        StatusLights lights = new StatusLights(java.time.Clock.fixed(
                LocalDate.of(2024, 5, 20).atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant(),
                java.time.ZoneOffset.ofHours(8)), LightThresholds.DEFAULT);

        long[] builds = new long[30];
        for (int i = -30; i < builds.length; i++) {
            long t0 = System.nanoTime();
            TimelineTree.build(plan, Grouping.OUTLINE, null, lights).rows(java.util.Set.of());
            if (i >= 0) {
                builds[i] = System.nanoTime() - t0;
            }
        }
        System.out.printf("plan of %,d tasks: lights, bars and rows built once per plan in %.1f ms "
                + "(median of %d after %d warm-up builds)%n", TASKS, median(builds) / 1e6, builds.length, 30);

        AtomicReference<TimelineChart> chartRef = new AtomicReference<>();
        onFx(() -> {
            TimelineChart chart = new TimelineChart();
            chart.setStatusLights(lights);
            chart.setPlan(plan);
            chart.setEditSink(edit -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(chart, 1280, 760));
            stage.show();
            chartRef.set(chart);
        });
        TimelineChart chart = chartRef.get();
        onFx(() -> { });
        System.out.printf("rows on show: %,d; canvas %.0f × %.0f%n", onFx(() -> chart.getRows().size()),
                onFx(() -> ((TimelineChartSkin) chart.getSkin()).canvas().getWidth()),
                onFx(() -> ((TimelineChartSkin) chart.getSkin()).canvas().getHeight()));

        long[] blank = onFx(() -> {
            TimelineChartSkin skin = (TimelineChartSkin) chart.getSkin();
            javafx.scene.canvas.Canvas empty = new javafx.scene.canvas.Canvas(skin.canvas().getWidth(),
                    skin.canvas().getHeight());
            WritableImage image = new WritableImage((int) empty.getWidth(), (int) empty.getHeight());
            long[] times = new long[RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t0 = System.nanoTime();
                empty.getGraphicsContext2D().clearRect(0, 0, 1, 1);
                empty.snapshot(new SnapshotParameters(), image);
                if (i >= WARMUP) {
                    times[i - WARMUP] = System.nanoTime() - t0;
                }
            }
            return times;
        });
        System.out.printf("snapshot of a blank canvas of that size (the cost of reading pixels back): median %.2f ms%n",
                median(blank) / 1e6);
        for (Grouping grouping : Grouping.values()) {
            onFx(() -> chart.setGrouping(grouping));
            for (Zoom zoom : Zoom.values()) {
                long[] redraw = new long[RUNS];
                long[] frame = new long[RUNS];
                Random random = new Random(11);
                measure(chart, zoom, random, WARMUP, new long[WARMUP], new long[WARMUP]);
                measure(chart, zoom, random, RUNS, redraw, frame);
                System.out.printf("%-9s %-8s redraw (layout + paint): median %.2f ms, p90 %.2f ms | "
                        + "with rasterising snapshot: median %.2f ms, p90 %.2f ms%n", grouping, zoom,
                        median(redraw) / 1e6, percentile(redraw, 0.9) / 1e6, median(frame) / 1e6,
                        percentile(frame, 0.9) / 1e6);
            }
        }
        Platform.exit();
    }

    /** Scrolls to a random place and times the redraw, then the redraw with a snapshot, on the FX thread. */
    private static void measure(TimelineChart chart, Zoom zoom, Random random, int runs, long[] redraw, long[] frame)
            throws Exception {
        onFx(() -> {
            TimelineChartSkin skin = (TimelineChartSkin) chart.getSkin();
            SnapshotParameters params = new SnapshotParameters();
            WritableImage image = new WritableImage((int) skin.canvas().getWidth(), (int) skin.canvas().getHeight());
            chart.setPixelsPerDay(zoom.presetPixelsPerDay());
            double maxX = Math.max(0, chart.contentWidth() - 960);
            double maxY = Math.max(0, chart.contentHeight() - 700);
            for (int i = 0; i < runs; i++) {
                chart.scrollXProperty().set(random.nextDouble() * maxX);
                chart.scrollYProperty().set(random.nextDouble() * maxY);
                long t0 = System.nanoTime();
                skin.redraw();
                long t1 = System.nanoTime();
                skin.redraw();
                skin.canvas().snapshot(params, image);
                long t2 = System.nanoTime();
                redraw[i] = t1 - t0;
                frame[i] = t2 - t1;
            }
        });
    }

    /** A plan shaped like the real ones, scaled up: parts, sections, every kind of time limit, milestones. */
    static Plan plan(int count, Random random) {
        List<Part> parts = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        String[] units = new String[60];
        for (int i = 0; i < units.length; i++) {
            units[i] = "省第" + (i + 1) + "厅";
        }
        int perSection = 50;
        int sectionsPerPart = 10;
        LocalDate issued = LocalDate.of(2023, 1, 20);
        for (int i = 0; i < count; i++) {
            int section = i / perSection;
            int part = section / sectionsPerPart;
            String partNo = String.valueOf(part + 1);
            String sectionNo = String.valueOf(section + 1);
            if (i % (perSection * sectionsPerPart) == 0) {
                parts.add(new Part(partNo, "第" + (part + 1) + "部分 持续优化营商环境"));
            }
            if (i % perSection == 0) {
                sections.add(new Section(partNo, sectionNo, "第" + (section + 1) + "节 推进政务服务标准化规范化便利化"));
            }
            LocalDate due = issued.plusDays(30 + random.nextInt(1000));
            List<Deadline> deadlines = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> List.of(Deadline.by("限期", due));
                case 4 -> List.of(Deadline.period("期间", due.minusDays(200), due));
                case 5 -> List.of(Deadline.from("起", due.minusDays(100)));
                case 6 -> List.of(Deadline.ongoing("长期坚持"));
                case 7 -> List.of(Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null));
                case 8 -> List.of(Deadline.by("限期", due), Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS));
                default -> List.of();
            };
            List<Milestone> milestones = random.nextInt(5) == 0
                    ? List.of(new Milestone(i * 10L + 1, due.minusDays(60), "节点一"), new Milestone(i * 10L + 2, due, "节点二"))
                    : List.of();
            List<Assignment> assignments = List.of(Assignment.of(units[random.nextInt(units.length)], Role.LEAD),
                    Assignment.of(units[random.nextInt(units.length)], Role.COOPERATING));
            List<ProgressEntry> progress = random.nextInt(3) == 0
                    ? List.of(new ProgressEntry(i, issued.plusDays(60), random.nextInt(100), "进展")) : List.of();
            tasks.add(new Task(i + 1, i + 1, String.valueOf(i + 1), partNo, sectionNo,
                    "依托全省一体化在线政务服务平台，加快构建统一、实时的电子证照库，第" + (i + 1) + "项", assignments, false,
                    deadlines, milestones, progress, TaskStatus.values()[random.nextInt(3)], 0));
        }
        return new Plan(1, null, "一万项任务的方案", null, null, issued, "", parts, sections, tasks);
    }

    private static long median(long[] values) {
        return percentile(values, 0.5);
    }

    private static long percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private interface FxWork<T> {
        T call() throws Exception;
    }

    private static void onFx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFx(FxWork<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
