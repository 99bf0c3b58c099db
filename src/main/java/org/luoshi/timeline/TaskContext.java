package org.luoshi.timeline;

import java.time.LocalDate;
import org.luoshi.lights.StatusLight;

/**
 * What the chart needs to know of a task beyond the task itself, which depends on its plan and on
 * the day: where its time starts when it names no start of its own (the plan's issue date), where
 * its open-ended bars stop, its status light, and where an approved extension moved its last deadline
 * ({@code moved}, null for most tasks).
 */
public record TaskContext(LocalDate planStart, LocalDate horizon, StatusLight light, DeadlineMove moved) {
    public TaskContext {
        if (planStart == null || horizon == null) {
            throw new IllegalArgumentException("a task's context needs its plan's start and horizon");
        }
    }

    /** A task whose deadline no extension moved. */
    public TaskContext(LocalDate planStart, LocalDate horizon, StatusLight light) {
        this(planStart, horizon, light, null);
    }
}
