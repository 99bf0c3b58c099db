package org.luoshi.report.overview;

import java.util.Map;
import java.util.EnumMap;

/** One unit's tasks by pace class, as lead, as responsible unit and in all its roles. */
public record UnitRow(String unit, Map<RoleScope, PaceCounts> counts) {
    public UnitRow {
        counts = new EnumMap<>(counts);
        for (RoleScope r : RoleScope.values()) {
            counts.putIfAbsent(r, PaceCounts.NONE);
        }
        counts = java.util.Collections.unmodifiableMap(counts);
    }

    public PaceCounts of(RoleScope scope) {
        return counts.get(scope);
    }
}
