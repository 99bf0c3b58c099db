package org.luoshi.report;

import java.util.Locale;
import org.luoshi.i18n.Messages;

/**
 * Where a task stands against its time (序时进度) on a day, in the order a bulletin lists them.
 * {@link PaceRules} says which class a task is in.
 */
public enum PaceClass {
    /** 已完成: the office marked it done (已完成) or closed (已销号). */
    DONE("已完成", "Done"),
    /** 超序时: reported further than its time gone, by more than the allowance. */
    AHEAD("超序时", "Ahead of pace"),
    /** 达序时: reported about as far as its time gone (within the allowance either way). */
    ON_PACE("达序时", "On pace"),
    /** 欠序时: reported less than its time gone, by more than the allowance. */
    BEHIND("欠序时", "Behind pace"),
    /** 未启动: status 未开始 and nothing above 0 % reported. */
    NOT_STARTED("未启动", "Not started"),
    /** 已逾期: its last deadline has passed and it is neither done nor reported at 100 %. */
    OVERDUE("已逾期", "Overdue"),
    /** 无时限: no date to measure against (undated, or only “N个工作日内”). */
    NO_DEADLINE("无时限", "No time limit");

    private final String chinese;
    private final String english;

    PaceClass(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The Chinese name, as documents print it whatever the interface language. */
    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** The name in the interface's language. */
    public String label() {
        return Messages.locale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? chinese : english;
    }

    /** Whether a bulletin lists the task as lagging: 欠序时 or 已逾期. */
    public boolean lagging() {
        return this == BEHIND || this == OVERDUE;
    }
}
