package org.luoshi.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * The victim of {@link ImportCrashTest}, in its own JVM: reads the plan document given as the second
 * argument once, then stores it again and again into the workspace given as the first, through the
 * same use case as {@code luoshi import} and the window ({@link ImportDocument#save}), printing
 * "imported N TASKS" only after import N's transaction has returned. Stops by itself after a minute.
 */
public final class ImportLoopMain {
    private static final long MAX_RUN_NANOS = TimeUnit.SECONDS.toNanos(60);

    private ImportLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        long stopAt = System.nanoTime() + MAX_RUN_NANOS;
        PrintStream out = System.out;
        Plan parsed = ImportDocument.read(Path.of(args[1])).parsed().plan();
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            Session session = Session.of(ws);
            for (int n = 1; System.nanoTime() < stopAt; n++) {
                Plan saved = ImportDocument.save(parsed).run(session);
                out.println("imported " + n + " " + saved.tasks().size());
                out.flush();
            }
        }
    }
}
