package org.luoshi.importer.parse;

import java.util.List;
import org.luoshi.plan.Plan;

/** The parser's result: the plan as read, before any human correction, and its warnings. */
public record ParsedPlan(Plan plan, List<ImportWarning> warnings) {
    public ParsedPlan {
        warnings = List.copyOf(warnings);
    }
}
