package org.luoshi.find;

import java.time.LocalDate;
import org.luoshi.lights.LightColor;

/** The lists of the navigator that gather tasks of every plan by date or state. */
public enum SmartList {
    /** 已逾期: open tasks whose final due date has passed. */
    OVERDUE,
    /** N日内到期: open tasks with a deadline or milestone in the next N days (N from the light thresholds). */
    DUE_SOON,
    /** 本周: open tasks with a deadline or milestone this week, Monday to Sunday. */
    THIS_WEEK,
    /** 里程碑: open tasks with milestones, by the month of each milestone. */
    MILESTONES,
    /** 已完成: done or closed. */
    DONE;

    public boolean test(TaskFacts facts, LocalDate today, int dueSoonDays) {
        if (this == DONE) {
            return facts.task().isFinished();
        }
        if (facts.task().isFinished()) {
            return false;
        }
        return switch (this) {
            case OVERDUE -> facts.light().color() == LightColor.RED;
            case DUE_SOON -> DeadlineWindow.DUE_SOON.test(facts, today, dueSoonDays);
            case THIS_WEEK -> DeadlineWindow.THIS_WEEK.test(facts, today, dueSoonDays);
            case MILESTONES -> !facts.task().milestones().isEmpty();
            case DONE -> true;
        };
    }
}
