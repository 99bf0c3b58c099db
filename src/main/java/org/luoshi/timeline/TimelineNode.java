package org.luoshi.timeline;

import java.util.List;
import org.luoshi.lights.StatusLight;
import org.luoshi.plan.Task;

/**
 * One row of the chart before it is laid out: a heading (part, section, swimlane) with its children,
 * or a task with its light and items. Built once per plan; expanding and collapsing only picks
 * which nodes are rows.
 *
 * @param key      names the row across rebuilds (which headings are collapsed survives an edit)
 * @param number   the label as printed (一、, （三）, 29), "" for a swimlane
 * @param light    the task's status light; null for headings
 * @param items    bars, marks and milestones in dates; a heading has its summary bar
 * @param band     alternates between neighbouring swimlanes (0 or 1), for shading; 0 elsewhere
 * @param taskCount tasks in this subtree, itself included
 */
public record TimelineNode(RowKind kind, int depth, String key, String number, String text, Task task,
        StatusLight light, List<ChartItem> items, List<TimelineNode> children, int band, int taskCount) {

    public TimelineNode {
        items = List.copyOf(items);
        children = List.copyOf(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** The id of the row's task, or 0 for a heading. */
    public long taskId() {
        return task == null ? 0 : task.id();
    }
}
