package org.luoshi.app.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.glass.ui.Application;
import com.sun.glass.ui.Timer;
import java.lang.reflect.Field;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The swap of the toolkit's pulse timer, under Monocle (the tests' toolkit): the real GTK path needs
 * a GTK window and is measured with the harness in docs/PERFORMANCE.md (issue 20, i20e). Here: the
 * toolkit's own timer is left alone when it is not the GTK one or when turned off, and the swap
 * itself — same runnable, same period, the old timer stopped, the new one pausing — on a holder of
 * a running glass timer.
 */
class GtkPulseTimerUiTest {
    private Timer replaced;

    /** Stands in for QuantumToolkit: a private field holding the running timer. */
    private static final class Holder {
        private Timer pulseTimer;
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopTimers() throws Exception {
        if (replaced != null) {
            onFx(() -> {
                replaced.stop();
                return null;
            });
        }
        System.clearProperty(GtkPulseTimer.PROPERTY);
    }

    @Test
    void anotherPlatformsTimerIsLeftAlone() throws Exception {
        Object before = toolkitTimer();
        assertThat(before.getClass().getName()).doesNotContain("gtk"); // Monocle's
        assertThat(onFx(GtkPulseTimer::install)).isEqualTo(GtkPulseTimer.Outcome.NOT_GTK);
        assertThat(toolkitTimer()).isSameAs(before);
    }

    @Test
    void theSystemPropertyTurnsItOff() throws Exception {
        System.setProperty(GtkPulseTimer.PROPERTY, "javafx");
        Object before = toolkitTimer();
        assertThat(onFx(GtkPulseTimer::install)).isEqualTo(GtkPulseTimer.Outcome.TURNED_OFF);
        assertThat(toolkitTimer()).isSameAs(before);
    }

    @Test
    void theSwapKeepsRunnableAndPeriodStopsTheOldTimerAndTheNewOnePauses() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Holder holder = new Holder();
        Field field = Holder.class.getDeclaredField("pulseTimer");
        int period = 3;
        onFx(() -> {
            holder.pulseTimer = Application.GetApplication().createTimer(runs::incrementAndGet);
            holder.pulseTimer.start(period);
            return null;
        });
        Timer old = holder.pulseTimer;

        int swapped = onFx(() -> {
            try {
                return PausablePulseTimer.replace(holder, field);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        replaced = holder.pulseTimer;
        assertThat(swapped).isEqualTo(period);
        assertThat(replaced).isInstanceOf(PausablePulseTimer.class).isNotSameAs(old);
        assertThat(old.isRunning()).isFalse();
        assertThat(replaced.isRunning()).isTrue();

        PausableTicker ticker = ((PausablePulseTimer) replaced).ticker();
        int atSwap = runs.get();
        await(() -> runs.get() >= atSwap + 3); // the toolkit's runnable, now on the ticker's thread
        replaced.pause();
        await(() -> ticker.thread().getState() == Thread.State.WAITING);
        int atPause = runs.get(); // parked with no timeout: only resume() wakes it
        assertThat(ticker.thread().getState()).isEqualTo(Thread.State.WAITING);
        replaced.resume();
        await(() -> runs.get() >= atPause + 3);

        onFx(() -> {
            replaced.stop();
            return null;
        });
        ticker.thread().join(5_000);
        assertThat(ticker.thread().isAlive()).isFalse();
        replaced = null;
    }

    @Test
    void aTimerNotStartedYetIsReplacedByOneTheToolkitThenStarts() throws Exception {
        // Platform.startup's code runs before QuantumToolkit starts its timer: the toolkit must then
        // start the new one, with its own period, and no GTK timer ever runs.
        AtomicInteger runs = new AtomicInteger();
        Holder holder = new Holder();
        Field field = Holder.class.getDeclaredField("pulseTimer");
        holder.pulseTimer = onFx(() -> Application.GetApplication().createTimer(runs::incrementAndGet));
        Timer old = holder.pulseTimer;
        assertThat(onFx(() -> {
            try {
                return PausablePulseTimer.replace(holder, field);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        })).isZero();
        replaced = holder.pulseTimer;
        assertThat(replaced).isInstanceOf(PausablePulseTimer.class).isNotSameAs(old);
        assertThat(replaced.isRunning()).isFalse();

        onFx(() -> {
            replaced.start(3); // as QuantumToolkit.runToolkit does after the startup code
            return null;
        });
        await(() -> runs.get() >= 3);
        assertThat(old.isRunning()).isFalse();
    }

    private static Object toolkitTimer() throws Exception {
        Object toolkit = com.sun.javafx.tk.Toolkit.getToolkit();
        Field f = toolkit.getClass().getDeclaredField("pulseTimer");
        f.setAccessible(true);
        return f.get(toolkit);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    /** Waits for a state, failing after 10 s (TestFX's poll, as the other UI tests wait). */
    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
