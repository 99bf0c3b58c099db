package org.luoshi.ui;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work that follows keys and can wait until they rest: it runs after the frame of the last key, once
 * no key has come for {@link #REST}. A held key repeats every 30–40 ms (X's default is 25 a second,
 * GNOME's 33); work done after every repeat's frame competed with the next repeat's frame for the FX
 * thread. Now it runs once, for the row the key stops on (issue 20). A single key's work runs
 * {@link #REST} after the key, its frame long drawn by then.
 *
 * <p>While its node is not in a showing window the work runs at once.
 */
public final class WhenKeysRest {
    /** Longer than the slowest usual key repeat (40 ms), short enough to seem to follow the key. */
    public static final Duration REST = Duration.ofMillis(50);
    private final Node owner;
    private final Runnable work;
    private final NextFrame afterFrame;
    private long lastKey;
    /** Cancels the wait for the rest, while one is under way. */
    private Runnable waiting;

    public WhenKeysRest(Node owner, Runnable work) {
        this.owner = owner;
        this.work = work;
        this.afterFrame = new NextFrame(owner, this::runIfRested);
    }

    /** A key came: the work runs after its frame once the keys rest, once however many come before. */
    public void request() {
        lastKey = System.nanoTime();
        Scene scene = owner.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            cancel();
            work.run();
            return;
        }
        if (waiting == null && !afterFrame.pending()) {
            afterFrame.request();
        }
    }

    private void runIfRested() {
        long left = REST.toNanos() - (System.nanoTime() - lastKey);
        if (left <= 0) {
            waiting = null;
            work.run();
        } else {
            waiting = FxTimer.after(Duration.ofNanos(left), this::runIfRested);
        }
    }

    /** Whether the work waits for a frame or for the keys to rest. */
    public boolean pending() {
        return waiting != null || afterFrame.pending();
    }

    /** Runs the waiting work now (the user turns to what it fills); nothing if none waits. */
    public void flush() {
        if (pending()) {
            cancel();
            work.run();
        }
    }

    /** Drops the waiting work (it was done another way in the meantime). */
    public void cancel() {
        afterFrame.cancel();
        if (waiting != null) {
            waiting.run();
            waiting = null;
        }
    }
}
