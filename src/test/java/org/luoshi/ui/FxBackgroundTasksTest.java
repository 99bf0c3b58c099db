package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxBackgroundTasksTest {
    @Test
    void workAskedForAfterShutdownIsDroppedNotThrown() {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        tasks.shutdown();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatCode(() -> tasks.run("late", () -> {
            ran.set(true);
            return 1;
        }, r -> ran.set(true), t -> ran.set(true))).doesNotThrowAnyException();
        assertThat(ran).isFalse();
        assertThat(tasks.runningProperty().get()).isZero();
    }
}
