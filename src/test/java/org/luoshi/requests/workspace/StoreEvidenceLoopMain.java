package org.luoshi.requests.workspace;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.requests.TaskRequest;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * The victim of {@link EvidenceCrashTest}, in its own JVM: for one task of the plan after another, writes a
 * new 50 MB file (different bytes each time, so nothing is deduplicated) and asks to close the task with it
 * through the same use case as {@code luoshi close} and the window. Prints "storing N" just before the
 * request's transaction and "stored N ID" once it has returned. Stops by itself after a minute.
 */
public final class StoreEvidenceLoopMain {
    static final int SIZE = 50 * 1024 * 1024;
    private static final long MAX_RUN_NANOS = TimeUnit.SECONDS.toNanos(60);

    private StoreEvidenceLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        long stopAt = System.nanoTime() + MAX_RUN_NANOS;
        PrintStream out = System.out;
        Path workspace = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        try (Workspace ws = Workspace.open(workspace)) {
            Session session = Session.of(ws);
            Plan plan = ws.plans().load(ws.plans().list().get(0).id()).orElseThrow();
            List<Task> open = plan.tasks().stream().filter(t -> ws.requests().ofTask(t.id()).isEmpty()).toList();
            Random random = new Random(seed);
            byte[] chunk = new byte[1024 * 1024];
            for (int n = 1; n <= open.size() && System.nanoTime() < stopAt; n++) {
                Path file = dir.resolve("evidence-" + seed + "-" + n + ".bin");
                try (OutputStream o = Files.newOutputStream(file)) {
                    for (int written = 0; written < SIZE; written += chunk.length) {
                        random.nextBytes(chunk);
                        o.write(chunk);
                    }
                }
                out.println("storing " + n);
                out.flush();
                TaskRequest r = Requests.close(new Requests.Close(open.get(n - 1).id(), "已完成", List.of(file), null,
                        LocalDate.of(2023, 6, 1))).run(session);
                out.println("stored " + n + " " + r.id());
                out.flush();
                Files.delete(file);
            }
        }
    }
}
