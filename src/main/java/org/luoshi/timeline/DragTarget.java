package org.luoshi.timeline;

/**
 * What dragging a handle of the chart changes: a milestone's date, a deadline's date (BY, FROM),
 * or one end of a PERIOD.
 *
 * @param milestoneId   the milestone, for {@link Kind#MILESTONE}
 * @param deadlineIndex index of the deadline in the task's list, for the other kinds
 */
public record DragTarget(Kind kind, long milestoneId, int deadlineIndex) {

    public enum Kind { MILESTONE, DEADLINE_DATE, PERIOD_START, PERIOD_END }

    public static DragTarget milestone(long id) {
        return new DragTarget(Kind.MILESTONE, id, -1);
    }

    public static DragTarget deadline(Kind kind, int index) {
        return new DragTarget(kind, 0, index);
    }
}
