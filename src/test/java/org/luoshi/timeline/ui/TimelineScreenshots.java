package org.luoshi.timeline.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.luoshi.app.LuoshiApp;
import org.luoshi.plan.Task;
import org.luoshi.testing.FxFrames;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.Zoom;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window on a workspace and saves pictures of the timeline at several zoom levels,
 * for looking at it and for the README:
 * {@code java -cp … org.luoshi.timeline.ui.TimelineScreenshots WORKSPACE OUT_DIR [TODAY]}. Needs a
 * display (Xvfb is fine). TODAY (2023-05-20) starts the window with {@code --today}: lights and the
 * today line as on that day.
 */
public final class TimelineScreenshots {
    private TimelineScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        if (!Files.exists(workspace)) {
            // A new file named with --workspace starts empty: give it the sample plan the pictures show.
            try (org.luoshi.storage.Workspace ws = org.luoshi.storage.Workspace.open(workspace)) {
                org.luoshi.app.SamplePlan.seedIfEmpty(ws);
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        java.util.List<String> appArgs = new java.util.ArrayList<>(java.util.List.of("--workspace", workspace.toString(),
                "--settings", out.resolve("settings.properties").toString()));
        if (args.length > 2) {
            appArgs.addAll(java.util.List.of("--today", args[2]));
        }
        new Thread(() -> Application.launch(LuoshiApp.class, appArgs.toArray(new String[0])), "fx-launch").start();
        Scene scene = waitFor(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(Window::getScene).filter(s -> s != null && s.lookup("#views") != null).findFirst()
                .orElse(null));
        // The chart joins the window, and takes its rows, when its tab is first shown.
        onFx(() -> {
            ((TabPane) scene.lookup("#views")).getSelectionModel().select(1);
            return null;
        });
        TimelineChart chart = waitFor(() -> onFx(() -> (TimelineChart) scene.lookup(".timeline-chart")));
        waitFor(() -> onFx(() -> chart.getRows().size() > 0 ? chart : null));
        Task task29 = onFx(() -> {
            var rows = chart.getRows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.node(i).task() != null && "29".equals(rows.node(i).task().number())) {
                    return rows.node(i).task();
                }
            }
            throw new IllegalStateException("no task 29");
        });
        shoot(scene, out.resolve("fit.png"), c -> c.fitAll(), chart);
        shoot(scene, out.resolve("months-29.png"), c -> {
            c.zoomTo(Zoom.MONTHS);
            c.setSelectedTask(task29);
            c.reveal(task29);
            c.scrollToDate(LocalDate.of(2023, 5, 1));
        }, chart);
        shoot(scene, out.resolve("weeks-29.png"), c -> {
            c.zoomTo(Zoom.WEEKS);
            c.scrollToDate(LocalDate.of(2023, 4, 20));
        }, chart);
        shoot(scene, out.resolve("days-29.png"), c -> {
            c.zoomTo(Zoom.DAYS);
            c.scrollToDate(LocalDate.of(2023, 3, 31));
        }, chart);
        shoot(scene, out.resolve("years.png"), c -> {
            c.zoomTo(Zoom.YEARS);
            c.scrollToDate(LocalDate.of(2023, 6, 30));
        }, chart);
        shoot(scene, out.resolve("lanes.png"), c -> {
            c.setGrouping(Grouping.LEAD_UNIT);
            c.zoomTo(Zoom.MONTHS);
            c.scrollYProperty().set(0);
            c.scrollToDate(LocalDate.of(2023, 5, 1));
        }, chart);
        shoot(scene, out.resolve("collapsed.png"), c -> {
            c.setGrouping(Grouping.OUTLINE);
            c.collapseAll();
            c.fitAll();
        }, chart);
        onFx(() -> {
            chart.expandAll();
            chart.zoomTo(Zoom.MONTHS);
            return null;
        });
        FxFrames.await(3);
        BufferedImage png = onFx(() -> TimelinePng.render(chart));
        TimelinePng.write(png, out.resolve("export.png"));
        org.luoshi.timeline.TimelineTree tree = onFx(() -> chart.treeProperty().get());
        for (int wide : new int[] {1, 2}) {
            int pages = org.luoshi.timeline.pdf.TimelinePdf.write(new org.luoshi.timeline.pdf.TimelinePdf.Job(
                    onFx(chart::getRows), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                    org.luoshi.timeline.ChartPaper.of(org.luoshi.paper.Paper.A4, org.luoshi.paper.Orientation.LANDSCAPE, wide),
                    org.luoshi.app.SamplePlan.parse().plan().displayTitle(), "任务", tree.today(), onFx(chart::palette)), null,
                    out.resolve("timeline-" + wide + "wide.pdf"));
            System.out.println("wrote " + pages + " pages, " + wide + " wide");
        }
        Platform.runLater(Platform::exit);
    }

    private static void shoot(Scene scene, Path file, Consumer<TimelineChart> setUp, TimelineChart chart)
            throws Exception {
        onFx(() -> {
            setUp.accept(chart);
            return null;
        });
        FxFrames.await(3);
        BufferedImage image = onFx(() -> toBuffered(scene.snapshot(null)));
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static <T> T waitFor(FxCall<T> probe) throws Exception {
        @SuppressWarnings("unchecked")
        T[] found = (T[]) new Object[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                found[0] = probe.call();
            } catch (IllegalStateException e) {
                found[0] = null; // the toolkit is not up yet
            }
            return found[0] != null;
        });
        return found[0];
    }

    static BufferedImage toBuffered(javafx.scene.image.Image fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        int[] pixels = new int[w * h];
        fx.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, pixels, 0, w);
        return image;
    }
}
