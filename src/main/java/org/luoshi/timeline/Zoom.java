package org.luoshi.timeline;

import java.util.List;

/**
 * How much time the chart shows, named after the finest header tier: the header has one or two
 * tiers (coarse above fine). The zoom follows from the scale's pixels per day; each level starts
 * where its finest labels (2023年, 一季度, 3月, 第12周, 20) fit in their cells.
 */
public enum Zoom {
    YEARS(0, 0.2, List.of(Step.YEAR)),
    QUARTERS(0.4, 0.7, List.of(Step.YEAR, Step.QUARTER)),
    MONTHS(1.2, 2.5, List.of(Step.YEAR, Step.MONTH)),
    WEEKS(8, 12, List.of(Step.MONTH, Step.WEEK)),
    DAYS(18, 32, List.of(Step.MONTH, Step.DAY));

    /** Narrowest and widest day the chart allows. */
    public static final double MIN_PIXELS_PER_DAY = 0.12;
    public static final double MAX_PIXELS_PER_DAY = 80;

    private final double from;
    private final double preset;
    private final List<Step> tiers;

    Zoom(double from, double preset, List<Step> tiers) {
        this.from = from;
        this.preset = preset;
        this.tiers = tiers;
    }

    /** The zoom level of a scale with days this wide. */
    public static Zoom at(double pixelsPerDay) {
        Zoom found = YEARS;
        for (Zoom z : values()) {
            if (pixelsPerDay >= z.from) {
                found = z;
            }
        }
        return found;
    }

    /** Pixels per day when the user picks this level. */
    public double presetPixelsPerDay() {
        return preset;
    }

    /** Header tiers, coarse first. */
    public List<Step> tiers() {
        return tiers;
    }

    /** The finest tier: where the vertical grid lines go. */
    public Step finest() {
        return tiers.get(tiers.size() - 1);
    }

    public static double clamp(double pixelsPerDay) {
        return Math.max(MIN_PIXELS_PER_DAY, Math.min(MAX_PIXELS_PER_DAY, pixelsPerDay));
    }
}
