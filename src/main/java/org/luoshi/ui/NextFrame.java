package org.luoshi.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work that can wait one frame: it runs once the next pulse has laid out what is pending now and
 * handed that frame to the renderer, so the frame reaches the screen without waiting for it. Asked
 * for many times before it runs, it runs once (a held arrow key in the task table moves the
 * selection thirty times a second; the detail pane is filled for the row the key stops on).
 *
 * <p>While its node is not in a showing window the work runs at once.
 */
public final class NextFrame {
    private final Node owner;
    private final Runnable work;
    private boolean scheduled;
    /** Counts the requests, so a request cancelled or already run is not run again. */
    private long generation;

    public NextFrame(Node owner, Runnable work) {
        this.owner = owner;
        this.work = work;
    }

    /** Runs the work after the next frame, once however often this is called before then. */
    public void request() {
        Scene scene = owner.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            cancel();
            work.run();
            return;
        }
        if (scheduled) {
            return;
        }
        scheduled = true;
        long mine = ++generation;
        Runnable afterLayout = new Runnable() {
            private boolean fired;

            @Override
            public void run() {
                if (fired) {
                    return;
                }
                fired = true;
                Runnable self = this;
                // After this pulse: its frame is with the renderer by then.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(self);
                    if (scheduled && generation == mine) {
                        scheduled = false;
                        work.run();
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
        Platform.requestNextPulse();
    }

    /** Whether the work is waiting for the next frame. */
    public boolean pending() {
        return scheduled;
    }

    /** Drops a waiting request (the work was done another way in the meantime). */
    public void cancel() {
        scheduled = false;
        generation++;
    }
}
