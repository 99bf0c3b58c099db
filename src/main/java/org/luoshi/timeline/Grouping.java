package org.luoshi.timeline;

/** How the chart's rows are arranged. */
public enum Grouping {
    /** As the task tree: parts → sections → tasks, in document order. */
    OUTLINE,
    /** Swimlanes: one lane per lead unit (responsible units where no unit leads), its tasks in order. */
    LEAD_UNIT
}
