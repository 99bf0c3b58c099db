package org.luoshi.history;

import java.time.LocalDateTime;

/**
 * One line of a task's or a plan's history, as the timeline, the command line and the exports show it:
 * the step's when, who and what with one of its entries.
 */
public record TaskHistoryLine(long stepId, LocalDateTime at, String person, String action, HistoryEntry entry) {

    /** The lines of {@code step}, one per entry, in the step's order. */
    public static java.util.List<TaskHistoryLine> of(HistoryStep step) {
        return step.entries().stream()
                .map(e -> new TaskHistoryLine(step.id(), step.at(), step.person(), step.action(), e)).toList();
    }

    /** "状态：未开始 → 进行中", or the field alone when a value is empty on one side. */
    public String change() {
        if (!entry.hasField()) {
            return "";
        }
        if (entry.before().isEmpty()) {
            return entry.field() + "：" + entry.after();
        }
        if (entry.after().isEmpty()) {
            return entry.field() + "：" + entry.before() + " → （无）";
        }
        return entry.field() + "：" + entry.before() + " → " + entry.after();
    }
}
