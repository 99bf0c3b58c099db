package org.luoshi.reminders;

/**
 * A due item as the reminder centre, the digest and {@code due} show it.
 *
 * @param reminder        the latest reminder of the item that has come due, or null where none has
 *                        (an item listed only because its date is near)
 * @param workingDaysLeft working days from today to the due date (negative when overdue), or null
 *                        where the calendar lacks a year in between
 * @param daysLate        calendar days since the due date when overdue (as the status lights count), else 0
 */
public record DueEntry(DueItem item, Reminder reminder, Urgency urgency, Integer workingDaysLeft, long daysLate) {
    /** An entry that is not late (or whose lateness nobody reads). */
    public DueEntry(DueItem item, Reminder reminder, Urgency urgency, Integer workingDaysLeft) {
        this(item, reminder, urgency, workingDaysLeft, 0);
    }
}
