package org.luoshi.timeline;

/** What a row of the chart stands for. */
public enum RowKind {
    /** A part of the plan (一、…). */
    PART,
    /** A section (（一）…). */
    SECTION,
    /** A swimlane: the tasks one unit leads. */
    LANE,
    /** A heading of a list across plans (a role, a plan, a month). */
    GROUP,
    /** One task. */
    TASK;

    public boolean isHeading() {
        return this != TASK;
    }
}
