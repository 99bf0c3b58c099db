package org.luoshi.app.pulse;

import java.lang.reflect.Field;

/**
 * Lets the window use no CPU at rest on Linux (issue 20). JavaFX asks its pulse timer to pause after
 * 250 ms without anything to draw, and to resume when a frame is needed ({@code QuantumToolkit}'s
 * {@code pauseTimer}/{@code resumeTimer}, JDK-8189926); the Windows and macOS timers do, but the GTK
 * one ({@code com.sun.glass.ui.gtk.GtkTimer}, JavaFX 21) has empty {@code _pause}/{@code _resume}: a
 * GLib timeout wakes the process 60 times a second for ever. This puts a {@link PausablePulseTimer}
 * in place of the GTK timer, once, on the FX thread before the first window.
 *
 * <p>Only where the toolkit's timer is the GTK one (not Monocle, Windows or macOS); not with
 * {@code -Dluoshi.pulseTimer=javafx}. It needs {@code --add-exports javafx.graphics/com.sun.javafx.tk},
 * {@code --add-opens javafx.graphics/com.sun.glass.ui} and {@code com.sun.javafx.tk.quantum} to this
 * code (the packaged launcher, {@code javafx:run} and the jar's manifest give them; on the class path
 * JavaFX is open anyway). Whatever fails, JavaFX's timer stays and one line is logged: the window
 * must start regardless.
 */
public final class GtkPulseTimer {
    static final String PROPERTY = "luoshi.pulseTimer";
    private static final String GTK_TIMER = "com.sun.glass.ui.gtk.GtkTimer";
    private static final System.Logger LOG = System.getLogger(GtkPulseTimer.class.getName());

    /** What {@link #install} did. */
    public enum Outcome {
        /** The pausable timer runs in place of the GTK one. */
        INSTALLED,
        /** {@code -Dluoshi.pulseTimer=javafx}: JavaFX's timer kept. */
        TURNED_OFF,
        /** The toolkit's timer is not the GTK one (Monocle, Windows, macOS) or not running on a period: kept. */
        NOT_GTK,
        /** JavaFX's packages are not open to this code (options missing) or changed: kept, one line logged. */
        FAILED
    }

    private GtkPulseTimer() {
    }

    /**
     * On the FX thread, before the first window is shown: from {@code Application.start} (the
     * toolkit's timer already runs) or from the code given to {@code Platform.startup} (it is not
     * started yet; the toolkit then starts this one).
     */
    public static Outcome install() {
        if ("javafx".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return Outcome.TURNED_OFF;
        }
        try {
            return swap();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "JavaFX's GTK pulse timer kept (it wakes the window 60 times a second at rest): " + e);
            return Outcome.FAILED;
        }
    }

    /**
     * A key or a mouse button was pressed (an event filter of the window calls this first): the frame
     * that answers it is drawn right behind its handler, not at the next tick. Does nothing where the
     * timer was not replaced.
     */
    public static void inputArrived() {
        PausablePulseTimer.hurryInstalled();
    }

    private static Outcome swap() throws ReflectiveOperationException {
        Module graphics = javafx.application.Platform.class.getModule();
        Module self = GtkPulseTimer.class.getModule();
        Object toolkit = Class.forName("com.sun.javafx.tk.Toolkit", false, javafx.application.Platform.class.getClassLoader())
                .getMethod("getToolkit").invoke(null);
        Field timerField = field(toolkit.getClass(), "pulseTimer");
        if (timerField == null) {
            throw new NoSuchFieldException(toolkit.getClass().getName() + ".pulseTimer");
        }
        if (!graphics.isOpen(timerField.getDeclaringClass().getPackageName(), self)
                || !graphics.isOpen("com.sun.glass.ui", self)) {
            throw new IllegalAccessException("javafx.graphics does not open com.sun.glass.ui and "
                    + timerField.getDeclaringClass().getPackageName() + " to " + self);
        }
        timerField.setAccessible(true);
        Object timer = timerField.get(toolkit);
        if (timer == null || !GTK_TIMER.equals(timer.getClass().getName())) {
            return Outcome.NOT_GTK;
        }
        return PausablePulseTimer.replace(toolkit, timerField) >= 0 ? Outcome.INSTALLED : Outcome.NOT_GTK;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
