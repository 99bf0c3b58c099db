package org.luoshi.importer.parse;

import java.util.List;
import java.util.Objects;
import org.luoshi.plan.Plan;

/**
 * The parser's result: the plan as read, before any human correction, its warnings in source
 * order, and where each task, clause and heading stands in the source.
 */
public record ParsedPlan(Plan plan, List<ImportWarning> warnings, SourceMap sourceMap) {
    public ParsedPlan {
        warnings = List.copyOf(warnings);
        sourceMap = Objects.requireNonNullElse(sourceMap, SourceMap.empty());
    }

    /** A plan read from elsewhere than text (a table), without a source map. */
    public ParsedPlan(Plan plan, List<ImportWarning> warnings) {
        this(plan, warnings, SourceMap.empty());
    }
}
