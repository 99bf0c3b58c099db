package org.luoshi.history;

import java.util.Objects;

/**
 * One change of one task within a {@link HistoryStep}: the field (任务内容, 状态, 完成时限 …, empty when
 * the step says it all), its value before and after, as text. {@code task} is the task's label when the
 * change was made ("29", "第3项"), kept so that the record still reads well after the task is gone.
 */
public record HistoryEntry(long taskId, long planId, String task, String field, String before, String after) {
    public HistoryEntry {
        task = task == null ? "" : task;
        field = field == null ? "" : field;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** A change the step's sentence says in full (no field, no values). */
    public static HistoryEntry whole(long taskId, long planId, String task) {
        return new HistoryEntry(taskId, planId, task, "", "", "");
    }

    public boolean hasField() {
        return !field.isEmpty();
    }

    @Override
    public String toString() {
        return Objects.toString(field) + ": " + before + " → " + after;
    }
}
