package org.luoshi.reminders;

/** How close a due item is, seen from today. */
public enum Urgency {
    /** The date has passed. */
    OVERDUE,
    /** Due today. */
    TODAY,
    /** Due on a later day. */
    UPCOMING
}
