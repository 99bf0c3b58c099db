package org.luoshi.timeline;

import java.time.LocalDate;

/** A handle being dragged: the chart shows the task's item at {@code date} and a guide with the date. */
public record DragPreview(long taskId, DragTarget target, LocalDate date) {
}
