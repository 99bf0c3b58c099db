package org.luoshi.find;

import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;

/**
 * A task of the workspace with its plan and the text search looks through: the task text, its
 * units, deadline phrases, milestones, progress, contact and notes, normalized once.
 */
public record IndexedTask(Task task, PlanRef plan, String haystack) {

    public static IndexedTask of(Task task, PlanRef plan) {
        StringBuilder b = new StringBuilder(task.text().length() + 64);
        b.append(task.label()).append('\n').append(task.text()).append('\n');
        for (Assignment a : task.assignments()) {
            b.append(a.unit().name()).append('\n');
        }
        for (Deadline d : task.deadlines()) {
            b.append(d.raw()).append('\n');
        }
        for (Milestone m : task.milestones()) {
            b.append(m.label()).append('\n');
        }
        for (ProgressEntry e : task.progress()) {
            b.append(e.text()).append('\n');
        }
        b.append(task.contact()).append('\n').append(task.phone()).append('\n').append(task.notes());
        return new IndexedTask(task, plan, SearchText.normalize(b.toString()));
    }
}
