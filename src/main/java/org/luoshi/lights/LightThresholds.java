package org.luoshi.lights;

/**
 * When a light turns yellow.
 *
 * @param dueSoonDays      a task whose next date is at most this many days ahead is due soon (default 7)
 * @param paceGracePercent the pace allowance ({@code pace.allowance}, {@link org.luoshi.report.PaceRules}):
 *                         points a reported percent may lag the share of time gone and still be on
 *                         pace (达序时); 5 by default
 */
public record LightThresholds(int dueSoonDays, int paceGracePercent) {
    public static final int MAX_DUE_SOON_DAYS = 365;
    public static final LightThresholds DEFAULT = new LightThresholds(7, org.luoshi.report.PaceRules.DEFAULT_ALLOWANCE);

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
