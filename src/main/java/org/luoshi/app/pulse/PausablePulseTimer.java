package org.luoshi.app.pulse;

import com.sun.glass.ui.Timer;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;

/**
 * A glass {@link Timer} whose pause works: it runs the toolkit's runnable on a {@link PausableTicker}
 * thread, as the Windows and macOS timers run it off the FX thread, and parks that thread when the
 * toolkit pauses it. Only loaded once {@link GtkPulseTimer} has checked that {@code com.sun.glass.ui}
 * is open to this code.
 */
final class PausablePulseTimer extends Timer {
    /** The timer put in the toolkit's place, for {@link #hurryInstalled}. */
    private static volatile PausablePulseTimer installed;
    private PausableTicker ticker; // guarded by this (Timer's methods are synchronized)
    private long starts;

    PausablePulseTimer(Runnable runnable) {
        super(runnable);
    }

    @Override
    protected long _start(Runnable runnable) {
        throw new UnsupportedOperationException("no vsync timer"); // as GtkTimer: QuantumToolkit then uses a period
    }

    @Override
    protected synchronized long _start(Runnable runnable, int period) {
        ticker = new PausableTicker("Luoshi pulse timer", runnable, TimeUnit.MILLISECONDS.toNanos(Math.max(1, period)));
        ticker.start();
        return ++starts;
    }

    @Override
    protected synchronized void _stop(long timer) {
        ticker.stop();
    }

    @Override
    protected synchronized void _pause(long timer) {
        ticker.pause();
    }

    @Override
    protected synchronized void _resume(long timer) {
        ticker.resume();
    }

    synchronized PausableTicker ticker() {
        return ticker;
    }

    /** Input came: the frame that answers it is drawn at once (see {@link PausableTicker#hurry}). */
    static void hurryInstalled() {
        PausablePulseTimer timer = installed;
        PausableTicker t = timer == null ? null : timer.ticker();
        if (t != null) {
            t.hurry();
        }
    }

    /**
     * Puts a timer of this kind in place of the toolkit's GTK timer (held in {@code timerField} of
     * {@code toolkit}), with the same runnable. A running timer is replaced by one started on the same
     * period, then stopped; one not started yet (the toolkit starts it after the code given to
     * {@code Platform.startup} has run) by one not started either, which the toolkit then starts
     * with the period it chooses. Returns the period in ms, 0 when left for the toolkit to start,
     * -1 when the old timer runs on vsync (left as it is).
     */
    static int replace(Object toolkit, Field timerField) throws ReflectiveOperationException {
        timerField.setAccessible(true);
        Timer old = (Timer) timerField.get(toolkit);
        Field periodField = Timer.class.getDeclaredField("period");
        Field runnableField = Timer.class.getDeclaredField("runnable");
        periodField.setAccessible(true);
        runnableField.setAccessible(true);
        PausablePulseTimer fresh = new PausablePulseTimer((Runnable) runnableField.get(old));
        if (!old.isRunning()) {
            synchronized (toolkit) {
                timerField.set(toolkit, fresh);
            }
            installed = fresh;
            return 0;
        }
        double period = periodField.getDouble(old);
        if (period < 1 || period != Math.rint(period)) {
            return -1; // a vsync timer: nothing to replace
        }
        fresh.start((int) period);
        // QuantumToolkit reads the field in its synchronized pauseTimer/resumeTimer, from other threads now.
        synchronized (toolkit) {
            timerField.set(toolkit, fresh);
        }
        installed = fresh;
        old.stop();
        return (int) period;
    }
}
