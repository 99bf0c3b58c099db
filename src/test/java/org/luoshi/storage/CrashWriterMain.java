package org.luoshi.storage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;

/**
 * The victim of {@link CrashSafetyTest}, run in its own JVM: opens the workspace given as the
 * argument, saves a small plan, then adds progress entries "entry 1", "entry 2", … one
 * transaction each, printing "committed N" only after entry N's commit has returned. It stops by
 * itself after a minute, so a lost parent never leaves it running.
 */
public final class CrashWriterMain {

    private static final long MAX_RUN_NANOS = TimeUnit.SECONDS.toNanos(60);

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        long stopAt = System.nanoTime() + MAX_RUN_NANOS;
        PrintStream out = System.out;
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            Plan plan = ws.plans().save(SamplePlans.small("崩溃测试", "省发展改革委"));
            long taskId = plan.tasks().get(0).id();
            LocalDate start = LocalDate.of(2023, 1, 1);
            for (int n = 1; System.nanoTime() < stopAt; n++) {
                ws.tasks().addProgress(taskId, ProgressEntry.of(start.plusDays(n % 365), n % 101, "entry " + n));
                out.println("committed " + n);
                out.flush();
            }
        }
    }
}
