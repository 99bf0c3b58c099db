package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The warm-ups of windows opened later (the 统计 window's) wait for the main window to settle and
 * for the person's first use of it: a window started and left alone goes idle once its first screen
 * is drawn (issue 20). A recording timer stands in for the real one.
 */
class StartupWarmUpUiTest {
    private final List<Duration> scheduled = new ArrayList<>();
    private final List<Runnable> due = new ArrayList<>();
    private final SimpleBooleanProperty settled = new SimpleBooleanProperty(false);
    private final int[] ran = {0};
    private Pane root;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void watch() throws Exception {
        AppHarness.fx(() -> {
            root = new Pane();
            Scene scene = new Scene(root, 200, 100);
            StartupWarmUp.watchFirstUse(scene);
            StartupWarmUp.afterSettled(settled, () -> ran[0]++, (delay, work) -> {
                scheduled.add(delay);
                due.add(work);
                return () -> { };
            });
        });
    }

    private void fire(Event e) throws Exception {
        AppHarness.fx(() -> Event.fireEvent(root, e));
    }

    private static MouseEvent pointerAt(double x, double y) {
        return new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }

    @Test
    void aSettledWindowLeftAloneWarmsNothingUp() throws Exception {
        watch();
        AppHarness.fx(() -> settled.set(true));
        // The pointer resting where the window was mapped under it: the first position seen, then a jitter.
        fire(pointerAt(50, 50));
        fire(pointerAt(51, 52));
        assertThat(scheduled).isEmpty();
    }

    @Test
    void thePointerMovedOverTheSettledWindowStartsTheWarmUpOnce() throws Exception {
        watch();
        AppHarness.fx(() -> settled.set(true));
        fire(pointerAt(50, 50));
        fire(pointerAt(80, 60));
        fire(pointerAt(120, 70));
        assertThat(scheduled).containsExactly(Duration.ofMillis(500));
        AppHarness.fx(() -> due.get(0).run());
        assertThat(ran[0]).isEqualTo(1);
    }

    @Test
    void aKeyPressedBeforeTheWindowSettledStartsItOnceSettled() throws Exception {
        watch();
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
        assertThat(scheduled).isEmpty();
        AppHarness.fx(() -> settled.set(true));
        assertThat(scheduled).hasSize(1);
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
        assertThat(scheduled).hasSize(1);
    }
}
