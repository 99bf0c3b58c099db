package org.luoshi.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.session.Session;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.plan.UnitTaskCount;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceDamagedException;

/**
 * Opens the workspace and reads what the first screen shows (the plan list, the first plan, the
 * unit counts, the settings). Started as early as possible — by {@link Launcher} before the
 * toolkit, or first thing in {@code start} — so the file is read while the window is being built.
 */
final class WorkspaceOpening {
    /**
     * What the first screen needs, read in one go; on a server also the plan stamps, read before the rest,
     * that later readings of other clients' changes are compared with ({@link LiveRefresh}; empty for a file).
     */
    record Opened(Workspace workspace, List<PlanSummary> plans, Plan first, WorkspaceSettings settings,
            List<UnitTaskCount> unitCounts, UnitDirectory units, java.util.Map<Long, String> stamps) {
    }

    private static CompletableFuture<Opened> early;
    private static WorkspacePlace earlyPlace;

    private WorkspaceOpening() {
    }

    /**
     * Starts opening {@code file} on a thread of its own; {@link #take} hands the result over.
     *
     * @param sampleIfNew whether a workspace this opening creates gets the sample plan ({@link AppOptions#sampleIfNew()})
     */
    static synchronized void startEarly(WorkspacePlace place, boolean sampleIfNew) {
        if (early == null) {
            earlyPlace = place;
            early = CompletableFuture.supplyAsync(() -> firstScreen(place.open(), sampleIfNew), runnable -> {
                Thread t = new Thread(runnable, "luoshi-open");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /**
     * The opening started early for {@code file}, or null if none was (then the caller opens it).
     * Each early opening is handed out once.
     */
    static synchronized CompletableFuture<Opened> take(WorkspacePlace place) {
        if (early == null || !earlyPlace.equals(place)) {
            return null;
        }
        CompletableFuture<Opened> f = early;
        early = null;
        return f;
    }

    /**
     * Opens {@code file} into {@code session}: at once if the early opening has read it by now (its
     * first plan is then shown in the window's very first layout), else on the session's I/O thread
     * (and then without the sample plan: only the app's start decides that).
     */
    static void into(Session session, WorkspacePlace place, Consumer<Opened> opened, Consumer<Throwable> failed) {
        CompletableFuture<Opened> started = take(place);
        if (started != null && started.isDone() && !started.isCompletedExceptionally()) {
            session.attach(started.join().workspace());
            opened.accept(started.join());
            return;
        }
        session.run(Messages.get("app.loading"), s -> {
            Opened o = started != null ? join(started) : firstScreen(place.open(), false);
            s.attach(o.workspace());
            return o;
        }, opened, failed);
    }

    /** Waits for an opening and gives its result, or rethrows what went wrong. */
    static Opened join(CompletableFuture<Opened> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Opens the workspace and reads the first screen. The sample plan goes only into a workspace this
     * call created, and only if {@code sampleIfNew}: an existing file, however empty, is the user's
     * and is never filled with the sample (an empty or blank file is refused by {@link Workspace#open}).
     */
    static Opened open(Path file, boolean sampleIfNew) {
        return firstScreen(Workspace.open(file), sampleIfNew);
    }

    /**
     * Opens a file's path, or a server's address ({@code postgresql://…}: the password from
     * ~/.pgpass; the server asking for one is a {@link org.luoshi.storage.WorkspacePasswordNeededException}).
     * A server's workspace never gets the sample plan.
     */
    static Opened open(String location, boolean sampleIfNew) {
        WorkspacePlace place = WorkspacePlace.of(location);
        return firstScreen(place.open(), sampleIfNew && !place.onServer());
    }

    /**
     * Hands a workspace opened by this window (File → 最近的工作区, 打开工作区…) to the window that
     * takes its place: {@link #take}{@code (place)} gives it, as an early opening would be given.
     */
    static synchronized void handOver(WorkspacePlace place, Opened opened) {
        if (early != null) {
            early.thenAccept(o -> o.workspace().close());
        }
        earlyPlace = place;
        early = CompletableFuture.completedFuture(opened);
    }

    /** Reads the first screen of {@code ws}, just opened (closed again if that fails). */
    static Opened firstScreen(Workspace ws, boolean sampleIfNew) {
        try {
            if (sampleIfNew && ws.created()) {
                try {
                    SamplePlan.seedIfEmpty(ws);
                } catch (WorkspaceDamagedException e) {
                    // Damaged: nothing is written to it; it opens to be read, and the check says why.
                }
            }
            // A damaged file opens with what can be read of the first screen (the check then puts up
            // the banner); a part that cannot be read is left empty rather than keeping the window shut.
            // First: a commit of another client after these stamps is read again by the window.
            java.util.Map<Long, String> stamps = ws.onServer() ? ws.planStamps() : java.util.Map.of();
            List<PlanSummary> list = readable(() -> ws.plans().list(), List.of());
            Plan first = list.isEmpty() ? null : readable(() -> ws.plans().load(list.get(0).id()).orElse(null), null);
            Opened opened = new Opened(ws, list, first, readable(() -> WorkspaceSettings.load(ws), WorkspaceSettings.DEFAULT),
                    readable(() -> ws.units().openTaskCounts(), List.of()),
                    UnitDirectory.builtIn().withAliases(readable(() -> ws.units().aliases(), java.util.Map.of())), stamps);
            warmUp();
            return opened;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** What {@code read} gives, or {@code otherwise} if the workspace file is damaged where it reads. */
    private static <T> T readable(java.util.function.Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (WorkspaceDamagedException e) {
            return otherwise;
        }
    }

    /**
     * Loads, off the FX thread, what the first screen would otherwise load on it: the locale's
     * date formats (the rest is in {@link StartupWarmUp}).
     */
    private static void warmUp() {
        Dates.format(LocalDate.of(2023, 1, 20));
    }
}
