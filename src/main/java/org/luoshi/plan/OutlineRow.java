package org.luoshi.plan;

import java.util.List;

/**
 * One row of a plan's outline (part → section → task), with the columns the task table shows
 * already put into words. Pure data: the tree table only displays it.
 *
 * @param task the task of a TASK row, else null
 */
public record OutlineRow(
        Kind kind,
        String number,
        String text,
        String lead,
        String responsible,
        String cooperating,
        String deadline,
        Task task,
        List<OutlineRow> children) {

    public enum Kind { PART, SECTION, TASK }

    public OutlineRow {
        children = List.copyOf(children);
    }

    /** Number of task rows in this row's subtree, itself included. */
    public int taskCount() {
        return (kind == Kind.TASK ? 1 : 0) + children.stream().mapToInt(OutlineRow::taskCount).sum();
    }
}
