package org.luoshi.timeline;

import java.time.LocalDate;

/**
 * What the chart shows besides the plan: today's line, the selected task, a drag in progress and
 * the title over the name column.
 *
 * @param today          where the today line goes, or null for none (paper may leave it out)
 * @param selectedTaskId the selected task, 0 for none
 * @param preview        the drag in progress, or null
 */
public record ChartState(LocalDate today, long selectedTaskId, DragPreview preview, String cornerTitle) {
    public ChartState {
        cornerTitle = cornerTitle == null ? "" : cornerTitle;
    }
}
