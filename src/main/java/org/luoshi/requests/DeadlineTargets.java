package org.luoshi.requests;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;

/** The dates an extension can move: a task's last deadline, or one of its milestones. */
public final class DeadlineTargets {
    private DeadlineTargets() {
    }

    /** The last day any of the task's deadlines allows (BY date, PERIOD end), or null if none has one. */
    public static LocalDate lastDue(Task task) {
        LocalDate last = null;
        for (Deadline d : task.deadlines()) {
            LocalDate due = d.dueDate();
            if (due != null && (last == null || due.isAfter(last))) {
                last = due;
            }
        }
        return last;
    }

    /** The task's milestone on {@code date} (the first if several), if any. */
    public static Optional<Milestone> milestoneOn(Task task, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return task.milestones().stream().filter(m -> date.equals(m.date())).findFirst();
    }

    /** The task's milestone with this id, if any. */
    public static Optional<Milestone> milestone(Task task, long id) {
        return task.milestones().stream().filter(m -> m.id() == id).findFirst();
    }
}
