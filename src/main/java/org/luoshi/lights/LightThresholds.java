package org.luoshi.lights;

/**
 * When a light turns yellow.
 *
 * @param dueSoonDays      a task whose next date is at most this many days ahead is due soon (default 7)
 * @param paceGracePercent a task is behind pace when its progress percent plus this is below the
 *                         share of its time already gone; 0 (the default) is the plain rule
 */
public record LightThresholds(int dueSoonDays, int paceGracePercent) {
    public static final int MAX_DUE_SOON_DAYS = 365;
    public static final LightThresholds DEFAULT = new LightThresholds(7, 0);

    public LightThresholds {
        if (dueSoonDays < 0 || dueSoonDays > MAX_DUE_SOON_DAYS) {
            throw new IllegalArgumentException("days before a deadline must be 0.." + MAX_DUE_SOON_DAYS
                    + ", was " + dueSoonDays);
        }
        if (paceGracePercent < 0 || paceGracePercent > 100) {
            throw new IllegalArgumentException("pace grace must be 0..100 percent, was " + paceGracePercent);
        }
    }
}
