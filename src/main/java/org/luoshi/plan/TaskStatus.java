package org.luoshi.plan;

/** Where a task stands in the 交办 → 办结 / 销号 flow. */
public enum TaskStatus {
    /** 未开始 */
    NOT_STARTED,
    /** 进行中 */
    IN_PROGRESS,
    /** 已完成 */
    DONE,
    /** 已销号: closed by the coordinating office. */
    CLOSED,
    /** 暂缓 */
    ON_HOLD
}
