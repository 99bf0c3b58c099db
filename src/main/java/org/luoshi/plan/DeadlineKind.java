package org.luoshi.plan;

/** How a deadline phrase sets time for a task (see docs/plan-json.md). */
public enum DeadlineKind {
    /** 2023年3月底前, 到2025年: done by a date. */
    BY,
    /** 2023年起: from a date on. */
    FROM,
    /** “十四五”期间, 2022年6月至12月期间: within a date range. */
    PERIOD,
    /** 2个工作日内, 5年内: within a span counted from an event. */
    WITHIN,
    /** 每年2月底前, 每季度: again and again. */
    RECURRING,
    /** 长期坚持, 持续推进 given as the time limit itself. */
    ONGOING
}
