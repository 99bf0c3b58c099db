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

    /** PART and SECTION are the plan's headings; GROUP gathers tasks of a list (a role, a plan, a month). */
    public enum Kind { PART, SECTION, GROUP, TASK }

    public OutlineRow {
        children = List.copyOf(children);
    }

    /** A heading row over {@code children} that is not part of any plan's outline. */
    public static OutlineRow group(String title, List<OutlineRow> children) {
        return new OutlineRow(Kind.GROUP, "", title, "", "", "", "", null, children);
    }

    /** Number of task rows in this row's subtree, itself included. */
    public int taskCount() {
        return (kind == Kind.TASK ? 1 : 0) + children.stream().mapToInt(OutlineRow::taskCount).sum();
    }
}
