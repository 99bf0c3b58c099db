package org.luoshi.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows on show, top to bottom: the tree's nodes with the collapsed headings' children left
 * out. Every row has the same height, so "rows 200–240" is arithmetic on the index, never a scan.
 */
public final class TimelineRows {
    private final TimelineNode[] rows;
    private final boolean[] open;
    private final Map<Long, Integer> rowOfTask;

    private TimelineRows(TimelineNode[] rows, boolean[] open, Map<Long, Integer> rowOfTask) {
        this.rows = rows;
        this.open = open;
        this.rowOfTask = rowOfTask;
    }

    /** The rows of {@code roots} with the headings whose key is in {@code collapsed} closed. */
    public static TimelineRows of(List<TimelineNode> roots, Set<String> collapsed) {
        List<TimelineNode> shown = new ArrayList<>();
        List<Boolean> opened = new ArrayList<>();
        for (TimelineNode root : roots) {
            add(root, collapsed, shown, opened);
        }
        TimelineNode[] rows = shown.toArray(new TimelineNode[0]);
        boolean[] open = new boolean[rows.length];
        Map<Long, Integer> rowOfTask = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            open[i] = opened.get(i);
            if (rows[i].task() != null) {
                rowOfTask.putIfAbsent(rows[i].task().id(), i);
            }
        }
        return new TimelineRows(rows, open, rowOfTask);
    }

    private static void add(TimelineNode node, Set<String> collapsed, List<TimelineNode> shown, List<Boolean> opened) {
        boolean isOpen = node.hasChildren() && !collapsed.contains(node.key());
        shown.add(node);
        opened.add(isOpen);
        if (isOpen) {
            for (TimelineNode child : node.children()) {
                add(child, collapsed, shown, opened);
            }
        }
    }

    public int size() {
        return rows.length;
    }

    public TimelineNode node(int row) {
        return rows[row];
    }

    /** Whether the row is a heading showing its children. */
    public boolean isOpen(int row) {
        return open[row];
    }

    /** The first row showing the task, or -1 when it is not on show (filtered out or collapsed away). */
    public int rowOf(long taskId) {
        Integer row = rowOfTask.get(taskId);
        return row == null ? -1 : row;
    }

    /** The first row meeting {@code y} (0 at the top of the first row), clamped to the rows. */
    public int rowAt(double y, double rowHeight) {
        int row = (int) Math.floor(y / rowHeight);
        return Math.max(0, Math.min(rows.length - 1, row));
    }
}
