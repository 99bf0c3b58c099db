package org.luoshi.requests.workspace;

import java.util.Set;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.storage.Workspace;

/** Sets the office's rule for the date that counts ({@code deadline.rule}); undo puts the old one back. */
final class SetDeadlineRule implements Edit {
    private final DeadlineRule rule;
    private DeadlineRule old;

    SetDeadlineRule(DeadlineRule rule) {
        this.rule = rule;
    }

    @Override
    public String description() {
        return rule == DeadlineRule.ORIGINAL ? "考核口径改为按原定时限" : "考核口径改为按批准延期后的时限";
    }

    @Override
    public Change execute(Workspace ws) {
        old = RequestSettings.rule(ws);
        ws.settings().put(DeadlineRule.SETTING, rule.word());
        return everything();
    }

    @Override
    public Change undo(Workspace ws) {
        ws.settings().put(DeadlineRule.SETTING, old.word());
        return everything();
    }

    /** No task's stored data changed; the views that reckon with the rule read it again on any change. */
    private static Change everything() {
        return new Change(Set.of(), Set.of(), false, 0, 0);
    }
}
