package org.luoshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.luoshi.app.LuoshiApp;
import org.luoshi.app.SamplePlan;
import org.luoshi.edit.TaskEdits;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * The screen of docs/issue19/live-refresh-zh.png: a window (Chinese) on the embedded server with the
 * sample plan, task 29 selected and being typed in, while another client (张三) changes that task's text
 * and reports progress on task 28; the picture is taken of the X display once both are in the window.
 *
 * <pre>DISPLAY=:93 java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.luoshi.bench.LiveRefreshShot OUT.png</pre>
 */
public final class LiveRefreshShot {
    private LiveRefreshShot() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress server = EmbeddedServer.freshDatabase();
        try (Workspace ws = Workspace.openServer(server, null)) {
            SamplePlan.seedIfEmpty(ws);
        }
        Path settings = Files.createTempFile("luoshi-shot", ".properties");
        Files.writeString(settings, "language=CHINESE\n");
        LuoshiApp[] app = new LuoshiApp[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setWidth(1440);
            stage.setHeight(900);
            app[0] = new LuoshiApp(null, "--workspace=" + server.url(), "--settings=" + settings, "--today=2023-03-28");
            app[0].start(stage);
        });
        waitFor(() -> app[0].model().indexReadyProperty().get() && app[0].window().tree().taskRowCount() > 0);
        Thread.sleep(3_000);
        Plan plan = onFx(() -> app[0].model().planProperty().get());
        Task t29 = task(plan, "29");
        Task t28 = task(plan, "28");
        onFx(() -> {
            app[0].window().detailPaneShownProperty().set(true);
            app[0].window().tree().selectTask(t29.id());
            return null;
        });
        Thread.sleep(1_500);
        onFx(() -> {
            TextArea text = (TextArea) app[0].window().detail().lookup("#detailText");
            text.requestFocus();
            text.setText(t29.text() + "（我正在补充：电子证照已在太原试点）");
            text.end();
            return null;
        });
        try (Workspace other = Workspace.openServer(server, null)) {
            Session theirs = Session.of(other);
            theirs.recordAs("张三");
            theirs.apply(TaskEdits.addProgress(other.tasks().require(t28.id()),
                    ProgressEntry.of(LocalDate.of(2023, 3, 27), 80, "张三填报：已完成八成")));
            theirs.apply(TaskEdits.text(other.tasks().require(t29.id()), "张三改写：" + t29.text()));
        }
        Thread.sleep(3_000);
        new ProcessBuilder("import", "-window", "root", args[0]).inheritIO().start().waitFor();
        Platform.exit();
        System.exit(0);
    }

    private static Task task(Plan plan, String number) {
        return plan.tasks().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (onFx(check::holds)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not within 2 minutes");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(read);
        Platform.runLater(f);
        return f.get(30, TimeUnit.SECONDS);
    }

}
