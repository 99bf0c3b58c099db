package org.luoshi.importer.parse;

import java.util.List;
import org.luoshi.plan.Assignment;

/**
 * What one responsibility clause says: units in roles, whether its lists end with 等, time limits
 * given as clause fields (完成时限：…, as printed), the standing rule it states for later clauses
 * (列第一位者为牵头单位，下同), and the parts of it that could not be read (kept for a warning).
 */
public record ParsedClause(
        List<Assignment> assignments,
        boolean othersIncluded,
        List<String> timeLimits,
        StandingRule statedRule,
        List<String> unread) {

    public ParsedClause {
        assignments = List.copyOf(assignments);
        timeLimits = List.copyOf(timeLimits);
        statedRule = statedRule == null ? StandingRule.NONE : statedRule;
        unread = List.copyOf(unread);
    }

    public ParsedClause(List<Assignment> assignments, boolean othersIncluded, List<String> timeLimits,
            boolean setsFirstListedLeads) {
        this(assignments, othersIncluded, timeLimits,
                setsFirstListedLeads ? StandingRule.FIRST_LEADS : StandingRule.NONE, List.of());
    }

    /** Whether this clause states 列第一位者为牵头单位 for itself and the clauses after it. */
    public boolean setsFirstListedLeads() {
        return statedRule.firstLeads();
    }
}
