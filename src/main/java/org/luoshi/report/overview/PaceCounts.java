package org.luoshi.report.overview;

import java.util.Arrays;
import org.luoshi.report.PaceClass;

/** How many tasks are in each pace class; the counts sum to {@link #total()}. Immutable. */
public final class PaceCounts {
    public static final PaceCounts NONE = new PaceCounts(new int[PaceClass.values().length]);

    private final int[] counts;
    private final int total;

    private PaceCounts(int[] counts) {
        this.counts = counts;
        this.total = Arrays.stream(counts).sum();
    }

    /** Counts from one number per class, in {@link PaceClass} order. */
    public static PaceCounts of(int... perClass) {
        if (perClass.length != PaceClass.values().length) {
            throw new IllegalArgumentException("one count per class: " + PaceClass.values().length);
        }
        return new PaceCounts(perClass.clone());
    }

    public int count(PaceClass c) {
        return counts[c.ordinal()];
    }

    public int total() {
        return total;
    }

    /** The share of {@code c} in percent (0 when there are no tasks). */
    public double percent(PaceClass c) {
        return total == 0 ? 0 : counts[c.ordinal()] * 100.0 / total;
    }

    /** Counts as they are being gathered. */
    static final class Builder {
        private final int[] counts = new int[PaceClass.values().length];

        void add(PaceClass c) {
            counts[c.ordinal()]++;
        }

        PaceCounts build() {
            return new PaceCounts(counts.clone());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaceCounts p && Arrays.equals(counts, p.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PaceCounts[total=").append(total);
        for (PaceClass c : PaceClass.values()) {
            s.append(", ").append(c.chinese()).append('=').append(count(c));
        }
        return s.append(']').toString();
    }
}
