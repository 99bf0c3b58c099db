package org.luoshi.plan;

/** The unit a WITHIN deadline counts in. */
public enum SpanUnit {
    WORKING_DAYS, DAYS, MONTHS, YEARS
}
