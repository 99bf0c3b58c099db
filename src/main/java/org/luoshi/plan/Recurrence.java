package org.luoshi.plan;

/** How often a RECURRING deadline comes back. */
public enum Recurrence {
    YEARLY, HALF_YEARLY, QUARTERLY, MONTHLY
}
