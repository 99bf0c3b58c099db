package org.luoshi.plan;


/** A unit of the directory and how many tasks, across all plans, it holds in any role. */
public record UnitTaskCount(Unit unit, int taskCount) {
}
