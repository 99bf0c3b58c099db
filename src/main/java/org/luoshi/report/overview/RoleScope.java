package org.luoshi.report.overview;

import java.util.Locale;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Role;

/** Which of a unit's tasks a per-unit count takes: those it leads, those it is responsible for, or all. */
public enum RoleScope {
    /** 牵头: the unit leads the task. */
    LEAD("牵头", "Lead"),
    /** 负责: the unit is one of the units jointly responsible (按职责分工负责). */
    RESPONSIBLE("负责", "Responsible"),
    /** 全部: the unit holds any role in the task, cooperating included. */
    ALL("全部", "All roles");

    private final String chinese;
    private final String english;

    RoleScope(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String label() {
        return Messages.locale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? chinese : english;
    }

    /** Whether a unit holding {@code role} (null: none) in a task counts under this scope. */
    public boolean takes(Role role) {
        return switch (this) {
            case LEAD -> role == Role.LEAD;
            case RESPONSIBLE -> role == Role.RESPONSIBLE;
            case ALL -> role != null;
        };
    }
}
