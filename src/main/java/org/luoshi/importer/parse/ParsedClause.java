package org.luoshi.importer.parse;

import java.util.List;
import org.luoshi.plan.Assignment;

/**
 * What one responsibility clause says: units in roles, whether its lists end with 等, time limits
 * given as clause fields (完成时限：…, as printed), and whether it states a standing rule for later
 * clauses (列第一位者为牵头单位，下同).
 */
public record ParsedClause(
        List<Assignment> assignments,
        boolean othersIncluded,
        List<String> timeLimits,
        boolean setsFirstListedLeads) {

    public ParsedClause {
        assignments = List.copyOf(assignments);
        timeLimits = List.copyOf(timeLimits);
    }
}
