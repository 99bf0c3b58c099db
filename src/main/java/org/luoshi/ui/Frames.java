package org.luoshi.ui;

import javafx.animation.AnimationTimer;

/** Runs work once the window has drawn the next frame, so it does not delay what the user waits to see. */
public final class Frames {
    private Frames() {
    }

    public static void afterNextFrame(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // handle() runs at the start of a pulse: the second call comes after one frame was drawn.
                if (++frames == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
