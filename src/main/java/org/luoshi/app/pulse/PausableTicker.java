package org.luoshi.app.pulse;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a task every period on a daemon thread of its own, on absolute times (a late tick does not
 * push the ones after it), until {@link #stop}. {@link #pause} parks the thread — no wake-ups at all —
 * until {@link #resume}, which ticks at once and then every period again.
 *
 * <p>After {@link #hurry} — a key or a mouse button was pressed — the next resume while ticking
 * (JavaFX asks for a frame this way) ticks at once when more than half a period has gone since the
 * last tick (see {@link #ticksAtOnce}): the key is laid out and drawn right behind its handler
 * instead of at the next tick, 0–16 ms later (issue 20). Other requests wait for the tick, so that
 * changes coming a few ms apart (the detail pane filled, then its records read) still share one
 * frame: ticking at once for every request drew them in two, and the renderer's work per key rose
 * by more than the wait saved. Such a tick leaves the period's deadlines where they were, so the
 * rhythm of an animation is kept and there are never more than two ticks in a period.
 *
 * <p>A pause asked from inside a tick is ignored when a resume came in since that tick began: the
 * task decided to pause on what it read before the resume (JavaFX's pulse timer reads "nothing to
 * draw", then the FX thread asks for a frame and resumes, then the timer thread pauses), and obeying
 * it would lose that frame until the next resume.
 */
final class PausableTicker {
    private final Runnable task;
    private final long periodNanos;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Guarded by lock.
    private boolean paused;
    private boolean stopped;
    private long resumes;
    private long resumesAtTick;
    /** When the last tick began (System.nanoTime), or none yet. */
    private long lastTick;
    private boolean tickedYet;
    /** A resume asked for a tick at once (between ticks, more than half a period after the last one). */
    private boolean tickNow;
    /** Input came since the last tick: the next frame asked for is the answer to it. */
    private boolean hurried;

    PausableTicker(String name, Runnable task, long periodNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodNanos);
        }
        this.task = task;
        this.periodNanos = periodNanos;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Parks the thread after the current tick (see the class comment for a pause from a tick). */
    void pause() {
        lock.lock();
        try {
            if (Thread.currentThread() == thread && resumes != resumesAtTick) {
                return;
            }
            paused = true;
        } finally {
            lock.unlock();
        }
    }

    /** Input came (a key, a mouse button): the next resume may tick at once (class comment). */
    void hurry() {
        lock.lock();
        try {
            hurried = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ticks again: at once if the thread was parked, or after {@link #hurry} when the last tick began
     * more than half a period ago. Cheap otherwise: called for every frame asked for.
     */
    void resume() {
        lock.lock();
        try {
            resumes++;
            if (paused) {
                paused = false;
                changed.signalAll();
            } else if (!tickNow && Thread.currentThread() != thread
                    && ticksAtOnce(hurried, System.nanoTime() - lastTick, tickedYet, periodNanos)) {
                tickNow = true;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Ends the thread; does not wait for it (a tick in progress may be waiting on the caller's locks). */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isPaused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    Thread thread() {
        return thread;
    }

    /**
     * The deadline of the tick after the one due at {@code due} and run at {@code now}: one period
     * later, or — when the tick ran a whole period late or more (a long pause of the machine) — one
     * period from now, skipping the missed ticks instead of running them back to back.
     */
    static long nextDeadline(long due, long now, long period) {
        long next = due + period;
        return next - now <= 0 ? now + period : next;
    }

    /**
     * Whether a request for a frame that comes {@code sinceLastTick} ns after the last tick began is
     * served by a tick at once: only when input came since that tick ({@code hurried}) and more than
     * half a period has gone (or there was no tick yet). A request soon after a tick — most often from
     * the pulse that tick started, which a tick cannot hurry — is left to the next tick, so that ticks
     * stay at least half a period apart.
     */
    static boolean ticksAtOnce(boolean hurried, long sinceLastTick, boolean tickedYet, long period) {
        return hurried && (!tickedYet || sinceLastTick > period / 2);
    }

    private void loop() {
        lock.lock();
        try {
            long due = System.nanoTime() + periodNanos;
            while (!stopped) {
                if (paused) {
                    changed.awaitUninterruptibly();
                    if (!paused) {
                        due = System.nanoTime(); // resumed: tick at once
                    }
                    continue;
                }
                long now = System.nanoTime();
                long wait = due - now;
                boolean early = tickNow && wait > 0;
                if (wait > 0 && !early) {
                    awaitNanos(wait);
                    continue; // a pause, a stop or a request for a tick at once may have come in meanwhile
                }
                tickNow = false;
                hurried = false;
                lastTick = now;
                tickedYet = true;
                resumesAtTick = resumes;
                lock.unlock();
                try {
                    task.run();
                } finally {
                    lock.lock();
                }
                if (!early) {
                    due = nextDeadline(due, System.nanoTime(), periodNanos);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void awaitNanos(long nanos) {
        try {
            changed.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true; // nobody interrupts this thread but to end it
        }
    }

    @Override
    public String toString() {
        return thread.getName() + " every " + TimeUnit.NANOSECONDS.toMicros(periodNanos) + " µs";
    }
}
