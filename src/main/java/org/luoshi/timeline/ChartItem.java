package org.luoshi.timeline;

import java.time.LocalDate;
import org.luoshi.plan.Milestone;

/** Something drawn in a row, in dates; the layout turns it into shapes for the zoom on show. */
public sealed interface ChartItem {

    /** First day the item covers (epoch day), for culling. */
    long firstDay();

    /** Last day the item covers (epoch day), for culling. */
    long lastDay();

    /** The item with the handle {@code target} moved to {@code day} (the preview of a drag); itself if it has no such handle. */
    ChartItem moved(DragTarget target, LocalDate day);

    /**
     * A bar over the days {@code [start, end]}.
     *
     * @param startHandle what dragging the left end changes, or null if it is not the task's own date
     * @param endHandle   what dragging the right end changes, or null
     * @param endLabel    whether the due date is written after the bar (no milestone says it already)
     */
    record Bar(LocalDate start, LocalDate end, BarStyle style, DragTarget startHandle, DragTarget endHandle,
            boolean endLabel) implements ChartItem {
        @Override
        public long firstDay() {
            return start.toEpochDay();
        }

        @Override
        public long lastDay() {
            return end.toEpochDay();
        }

        @Override
        public ChartItem moved(DragTarget target, LocalDate day) {
            if (target.equals(endHandle)) {
                return new Bar(day.isBefore(start) ? day : start, day, style, startHandle, endHandle, endLabel);
            }
            if (target.equals(startHandle)) {
                return new Bar(day, day.isAfter(end) ? day : end, style, startHandle, endHandle, endLabel);
            }
            return this;
        }
    }

    /** A milestone: a diamond on its date, the date written beside it. */
    record MilestoneItem(Milestone milestone, DragTarget handle) implements ChartItem {
        @Override
        public long firstDay() {
            return milestone.date().toEpochDay();
        }

        @Override
        public long lastDay() {
            return firstDay();
        }

        @Override
        public ChartItem moved(DragTarget target, LocalDate day) {
            return target.equals(handle)
                    ? new MilestoneItem(new Milestone(milestone.id(), day, milestone.label()), handle) : this;
        }
    }

    /**
     * A mark on one day: an earlier due date of the task (DUE), a turn of a recurring deadline
     * (RECURRING), a span counted from an event (WITHIN, at the task's start), or the original date of
     * a deadline an approved extension moved (ORIGINAL, a ghost; its phrase is the adjusted date, ISO).
     *
     * @param handle what dragging it changes, or null
     */
    record Mark(LocalDate date, MarkKind kind, String phrase, DragTarget handle) implements ChartItem {
        @Override
        public long firstDay() {
            return date.toEpochDay();
        }

        @Override
        public long lastDay() {
            return firstDay();
        }

        @Override
        public ChartItem moved(DragTarget target, LocalDate day) {
            return handle != null && target.equals(handle) ? new Mark(day, kind, phrase, handle) : this;
        }
    }

    enum MarkKind { DUE, RECURRING, WITHIN, ORIGINAL }
}
