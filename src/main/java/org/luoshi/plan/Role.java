package org.luoshi.plan;

/** The part a unit plays in a task, as the plan's responsibility clause states it. */
public enum Role {
    /** 牵头: leads the task and answers for it. */
    LEAD,
    /** 按职责分工负责 / 分别负责: jointly responsible, no single lead. */
    RESPONSIBLE,
    /** 配合 / 参与 / 会同: cooperates with the lead. */
    COOPERATING
}
