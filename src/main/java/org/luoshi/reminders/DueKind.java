package org.luoshi.reminders;

/** What makes a day due. */
public enum DueKind {
    /** A dated point of a task (完成省级电子证照系统升级 by 2023-03-31). */
    MILESTONE,
    /** A BY deadline: 2023年底前. */
    DEADLINE,
    /** The last day of a PERIOD: the end of “十四五”期间. */
    PERIOD_END,
    /** One occurrence of a RECURRING date: 每月28日前报送进展. */
    RECURRING,
    /** The due day of a progress round with units still to report (2023年3月 进展报送). */
    ROUND
}
