package org.luoshi.reminders;

/**
 * A due item as the reminder centre, the digest and {@code due} show it.
 *
 * @param reminder        the latest reminder of the item that has come due, or null where none has
 *                        (an item listed only because its date is near)
 * @param workingDaysLeft working days from today to the due date (negative when overdue), or null
 *                        where the calendar lacks a year in between
 */
public record DueEntry(DueItem item, Reminder reminder, Urgency urgency, Integer workingDaysLeft) {
}
