package org.luoshi.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Waits for the FX toolkit to draw frames, for harnesses that must look at or time what is on
 * screen: counting pulses says "the frame is drawn" where a sleep only guesses how long it takes.
 */
public final class FxFrames {
    private FxFrames() {
    }

    /** Blocks (off the FX thread) until {@code frames} more pulses have run, or fails after 20 s. */
    public static void await(int frames) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                // handle() runs at the start of a pulse: pulse n + 1 starts after frame n was drawn.
                if (++seen > frames) {
                    stop();
                    drawn.countDown();
                }
            }
        }.start());
        Platform.requestNextPulse();
        if (!drawn.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX toolkit drew no frame for 20 s");
        }
    }
}
