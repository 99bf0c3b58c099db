package org.luoshi.app.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pulse timer's thread: ticks every period, parks (no wake-ups) while paused, ticks again on
 * resume, ends on stop; a pause decided before a resume that came in during the same tick is not
 * obeyed. Short periods and waits on conditions, never on how many ms a tick took.
 */
class PausableTickerTest {
    private static final long PERIOD = TimeUnit.MILLISECONDS.toNanos(2);
    private final AtomicInteger ticks = new AtomicInteger();
    private PausableTicker ticker;

    @AfterEach
    void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    @Test
    void deadlinesAreAbsoluteSoThatALateTickDoesNotShiftTheNextOnes() {
        // Due at 100, run at 110 (late by 10): the next is due at 116, not 126.
        assertThat(PausableTicker.nextDeadline(100, 110, 16)).isEqualTo(116);
        assertThat(PausableTicker.nextDeadline(116, 116, 16)).isEqualTo(132);
    }

    @Test
    void aTickAWholePeriodLateSkipsTheMissedOnesInsteadOfRunningThemBackToBack() {
        assertThat(PausableTicker.nextDeadline(100, 116, 16)).isEqualTo(132);
        assertThat(PausableTicker.nextDeadline(100, 1_000, 16)).isEqualTo(1_016);
    }

    @Test
    void aFrameForInputMoreThanHalfAPeriodAfterTheLastTickTicksAtOnce() {
        // Period 16: a key handled 9 or 15 units after the tick is drawn at once, not at 16.
        assertThat(PausableTicker.ticksAtOnce(true, 9, true, 16)).isTrue();
        assertThat(PausableTicker.ticksAtOnce(true, 15, true, 16)).isTrue();
        assertThat(PausableTicker.ticksAtOnce(true, 40, true, 16)).isTrue();
        assertThat(PausableTicker.ticksAtOnce(true, 0, false, 16)).isTrue(); // before the first tick
    }

    @Test
    void aFrameForInputSoonAfterATickWaitsForTheNextOne() {
        // Within half a period (the tick's own pulse asking for the next frame, mostly): ticks stay apart.
        assertThat(PausableTicker.ticksAtOnce(true, 0, true, 16)).isFalse();
        assertThat(PausableTicker.ticksAtOnce(true, 5, true, 16)).isFalse();
        assertThat(PausableTicker.ticksAtOnce(true, 8, true, 16)).isFalse();
    }

    @Test
    void aFrameAskedForWithoutInputWaitsForTheTick() {
        // The detail pane filled, then its records: a few ms apart, they share the frame of the next tick.
        assertThat(PausableTicker.ticksAtOnce(false, 9, true, 16)).isFalse();
        assertThat(PausableTicker.ticksAtOnce(false, 40, true, 16)).isFalse();
        assertThat(PausableTicker.ticksAtOnce(false, 0, false, 16)).isFalse();
    }

    @Test
    void aResumeAfterInputTicksAtOnceInsteadOfWaitingForTheDeadline() throws Exception {
        // A period of ten minutes: without the tick at once the first tick would come after ten minutes.
        ticker = new PausableTicker("test ticker", ticks::incrementAndGet, TimeUnit.MINUTES.toNanos(10));
        ticker.start();
        await(() -> ticker.thread().getState() == Thread.State.TIMED_WAITING); // waiting for its deadline
        assertThat(ticks.get()).isZero();

        ticker.hurry();
        ticker.resume();
        await(() -> ticks.get() == 1);
        assertThat(ticker.isPaused()).isFalse();
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new PausableTicker("t", () -> { }, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticksUntilPausedThenParksWithoutWakingUp() throws Exception {
        ticker = new PausableTicker("test ticker", ticks::incrementAndGet, PERIOD);
        ticker.start();
        await(() -> ticks.get() >= 5);

        ticker.pause();
        await(() -> ticker.thread().getState() == Thread.State.WAITING); // parked without a timeout
        // WAITING, not TIMED_WAITING: parked with no timeout, only resume() or stop() can wake it
        assertThat(ticker.thread().getState()).isEqualTo(Thread.State.WAITING);
        assertThat(ticker.isPaused()).isTrue();
    }

    @Test
    void resumeTicksAgainAtThePeriod() throws Exception {
        ticker = new PausableTicker("test ticker", ticks::incrementAndGet, PERIOD);
        ticker.start();
        await(() -> ticks.get() >= 2);
        ticker.pause();
        await(() -> ticker.thread().getState() == Thread.State.WAITING);
        int atPause = ticks.get();

        ticker.resume();
        await(() -> ticks.get() >= atPause + 5);
        assertThat(ticker.isPaused()).isFalse();
        // Between ticks it waits with a timeout (the next deadline), never parked for good.
        assertThat(ticker.thread().getState()).isNotEqualTo(Thread.State.WAITING);
    }

    @Test
    void stopEndsTheThreadAlsoWhenPaused() throws Exception {
        ticker = new PausableTicker("test ticker", ticks::incrementAndGet, PERIOD);
        assertThat(ticker.thread().isDaemon()).isTrue();
        ticker.start();
        await(() -> ticks.get() >= 1);
        ticker.stop();
        ticker.thread().join(5_000);
        assertThat(ticker.thread().isAlive()).isFalse();

        PausableTicker paused = new PausableTicker("test ticker 2", () -> { }, PERIOD);
        paused.start();
        paused.pause();
        await(() -> paused.thread().getState() == Thread.State.WAITING);
        paused.stop();
        paused.thread().join(5_000);
        assertThat(paused.thread().isAlive()).isFalse();
    }

    @Test
    void aPauseFromATickIsObeyedWhenNothingResumedMeanwhile() throws Exception {
        ticker = new PausableTicker("test ticker", () -> {
            if (ticks.incrementAndGet() == 3) {
                ticker.pause();
            }
        }, PERIOD);
        ticker.start();
        await(() -> ticker.thread().getState() == Thread.State.WAITING); // parked with no timeout
        assertThat(ticks.get()).isEqualTo(3);
    }

    @Test
    void aPauseFromATickIsDroppedWhenAResumeCameInDuringThatTick() throws Exception {
        // The toolkit's race: the timer thread has read "nothing to draw", the FX thread asks for a
        // frame and resumes, then the timer thread pauses. The frame must still come.
        ticker = new PausableTicker("test ticker", () -> {
            if (ticks.incrementAndGet() == 3) {
                Thread other = new Thread(ticker::resume);
                other.start();
                join(other);
                ticker.pause();
            }
        }, PERIOD);
        ticker.start();
        await(() -> ticks.get() >= 10);
        assertThat(ticker.isPaused()).isFalse();
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a state, failing after 10 s (TestFX's poll, as the other UI tests wait). */
    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
