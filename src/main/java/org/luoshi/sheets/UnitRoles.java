package org.luoshi.sheets;

/** A unit named in a plan and how many of the plan's tasks it leads, shares and cooperates on. */
public record UnitRoles(String unit, int lead, int responsible, int cooperating) {
    public int total() {
        return lead + responsible + cooperating;
    }
}
