package org.luoshi.app;

import javafx.animation.AnimationTimer;

/** Runs work once the window has drawn the next frame, so it does not delay what the user waits to see. */
final class Frames {
    private Frames() {
    }

    static void afterNextFrame(Runnable work) {
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
