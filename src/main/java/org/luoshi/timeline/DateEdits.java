package org.luoshi.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.edit.Edit;
import org.luoshi.edit.TaskEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;

/**
 * The undoable edit a drag on the chart makes: a milestone moved, or a deadline's date (with a
 * phrase that says the new date) changed. Runs through the same edit history as every other edit.
 */
public final class DateEdits {
    private DateEdits() {
    }

    /**
     * The edit that puts the handle {@code target} of {@code task} on {@code day}, or null when the
     * day is the one it already has.
     *
     * @throws IllegalArgumentException with a message for the user when the day cannot be taken
     *                                  (a period would end before it starts) or the handle is gone
     */
    public static Edit forDrag(Task task, DragTarget target, LocalDate day) {
        if (target.kind() == DragTarget.Kind.MILESTONE) {
            Milestone m = task.milestones().stream().filter(x -> x.id() == target.milestoneId()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Messages.get("timeline.error.gone")));
            return m.date().equals(day) ? null : TaskEdits.moveMilestone(task, new Milestone(m.id(), day, m.label()));
        }
        int i = target.deadlineIndex();
        if (i < 0 || i >= task.deadlines().size()) {
            throw new IllegalArgumentException(Messages.get("timeline.error.gone"));
        }
        Deadline d = task.deadlines().get(i);
        Deadline changed = switch (target.kind()) {
            case DEADLINE_DATE -> {
                if (d.kind() == DeadlineKind.BY) {
                    yield day.equals(d.date()) ? null : Deadline.by(DeadlinePhrases.by(day), day);
                }
                if (d.kind() == DeadlineKind.FROM) {
                    yield day.equals(d.date()) ? null : Deadline.from(DeadlinePhrases.from(day), day);
                }
                throw new IllegalArgumentException(Messages.get("timeline.error.gone"));
            }
            case PERIOD_START -> {
                requirePeriod(d);
                if (d.end() != null && day.isAfter(d.end())) {
                    throw new IllegalArgumentException(Messages.get("timeline.error.startAfterEnd"));
                }
                yield day.equals(d.start()) ? null
                        : Deadline.period(d.end() == null ? d.raw() : DeadlinePhrases.period(day, d.end()), day, d.end());
            }
            case PERIOD_END -> {
                requirePeriod(d);
                if (d.start() != null && day.isBefore(d.start())) {
                    throw new IllegalArgumentException(Messages.get("timeline.error.endBeforeStart"));
                }
                yield day.equals(d.end()) ? null
                        : Deadline.period(d.start() == null ? d.raw() : DeadlinePhrases.period(d.start(), day), d.start(), day);
            }
            case MILESTONE -> throw new IllegalStateException();
        };
        if (changed == null) {
            return null;
        }
        List<Deadline> deadlines = new ArrayList<>(task.deadlines());
        deadlines.set(i, changed);
        return TaskEdits.deadlines(task, deadlines);
    }

    private static void requirePeriod(Deadline d) {
        if (d.kind() != DeadlineKind.PERIOD) {
            throw new IllegalArgumentException(Messages.get("timeline.error.gone"));
        }
    }
}
