package org.luoshi.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A dated point on a task (完成省级电子证照系统升级 by 2023-03-31). */
public record Milestone(long id, LocalDate date, String label) {
    public Milestone {
        Objects.requireNonNull(date, "date");
        label = label == null ? "" : label.strip();
    }

    public static Milestone of(LocalDate date, String label) {
        return new Milestone(0, date, label);
    }
}
