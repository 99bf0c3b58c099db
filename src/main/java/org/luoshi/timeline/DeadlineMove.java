package org.luoshi.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved extension that moved a task's last deadline (issue 17): the chart draws the bar to the
 * adjusted date and a ghost at the original one, which the task keeps.
 */
public record DeadlineMove(LocalDate original, LocalDate adjusted) {
    public DeadlineMove {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(adjusted, "adjusted");
    }

    /** The move from {@code original} to {@code counting}, or null when there is none (either is null, or they are the same day). */
    public static DeadlineMove of(LocalDate original, LocalDate counting) {
        return original == null || counting == null || original.equals(counting) ? null
                : new DeadlineMove(original, counting);
    }
}
