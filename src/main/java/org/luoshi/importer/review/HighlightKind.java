package org.luoshi.importer.review;

/** What a highlighted stretch of the source is, for the review dialog's colours. */
public enum HighlightKind {
    /** Text that belongs to a task (no colour of its own; marks the task's lines). */
    TASK_TEXT,
    /** The label that starts a task (29．). */
    TASK_LABEL,
    /** A responsibility clause's brackets and words. */
    CLAUSE,
    LEAD_UNIT,
    RESPONSIBLE_UNIT,
    COOPERATING_UNIT,
    /** A deadline phrase the importer read (2023年3月底前). */
    DEADLINE
}
