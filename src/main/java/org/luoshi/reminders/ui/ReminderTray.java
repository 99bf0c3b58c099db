package org.luoshi.reminders.ui;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.application.Platform;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.tray.TrayCheck;
import org.luoshi.reminders.tray.XTrayProbe;

/**
 * A system tray icon with the number of pending reminders, where the desktop has a tray. Asks
 * {@link GraphicsEnvironment#isHeadless()} and, on X11, the X server itself ({@link TrayCheck}) before
 * anything else, so headless runs (tests, servers) and desktops without a tray never load the AWT
 * tray; any failure of the tray is swallowed: it is a convenience, not a need.
 */
final class ReminderTray {
    private final TrayIcon icon;

    private ReminderTray(TrayIcon icon) {
        this.icon = icon;
    }

    /**
     * Whether a tray icon can be shown here. False in headless mode without touching the tray, and
     * false without loading AWT where the X server says there is no tray (issue 20: AWT's toolkit
     * thread would then wake the app for nothing as long as it runs).
     */
    static boolean isSupported() {
        if (!TrayCheck.worthAskingAwt(GraphicsEnvironment.isHeadless(), System.getProperty("os.name"),
                () -> XTrayProbe.ask(System.getenv()))) {
            return false;
        }
        try {
            return SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Adds the icon; clicking it runs {@code open} on the FX thread. Empty where there is no tray. */
    static Optional<ReminderTray> install(Runnable open) {
        if (!isSupported()) {
            return Optional.empty();
        }
        try {
            SystemTray tray = SystemTray.getSystemTray();
            TrayIcon icon = new TrayIcon(image(0, false, tray.getTrayIconSize()), Messages.get("app.title"));
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> Platform.runLater(open));
            tray.add(icon);
            return Optional.of(new ReminderTray(icon));
        } catch (AWTException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void show(int pending, int overdue) {
        EventQueue.invokeLater(() -> {
            try {
                icon.setImage(image(pending, overdue > 0, SystemTray.getSystemTray().getTrayIconSize()));
                icon.setToolTip(Messages.get("app.title") + " — "
                        + Messages.get("reminders.badge.tooltip", pending, overdue));
            } catch (RuntimeException e) {
                // The tray went away (desktop restarted): nothing to show the count on.
            }
        });
    }

    /**
     * Takes the icon away and waits for it: with no tray icon left, AWT shuts its threads down and
     * the JVM can end when the window closes.
     */
    void remove() {
        try {
            EventQueue.invokeAndWait(() -> SystemTray.getSystemTray().remove(icon));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException | RuntimeException e) {
            // Already gone with the desktop session.
        }
    }

    /** A round badge: blue with the count, red when something is overdue, grey when nothing waits. */
    private static BufferedImage image(int count, boolean overdue, Dimension size) {
        int w = Math.max(16, size.width);
        int h = Math.max(16, size.height);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(count == 0 ? new Color(0x9E9E9E) : overdue ? new Color(0xC62828) : new Color(0x1565C0));
        g.fillOval(0, 0, w - 1, h - 1);
        g.setColor(Color.WHITE);
        String text = count > 99 ? "99+" : String.valueOf(count);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (h * (text.length() > 2 ? 0.4 : 0.6))));
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (w - m.stringWidth(text)) / 2, (h - m.getHeight()) / 2 + m.getAscent());
        g.dispose();
        return img;
    }
}
