package org.luoshi.plan;

import java.util.Objects;

/** A unit in its role on one task. */
public record Assignment(Unit unit, Role role) {
    public Assignment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
    }

    public static Assignment of(String unitName, Role role) {
        return new Assignment(Unit.named(unitName), role);
    }
}
