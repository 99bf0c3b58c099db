/**
 * Reminders as pure computation. What is due: {@link org.luoshi.reminders.DueItems} makes the
 * {@link org.luoshi.reminders.DueItem}s of a plan (milestones, BY deadlines, the ends of periods,
 * the turns of recurring dates). When to remind: {@link org.luoshi.reminders.ReminderRules},
 * working days before the date, chosen per milestone, task, plan or workspace by the
 * {@link org.luoshi.reminders.ReminderRuleBook}, and dated on the working-day calendar by
 * {@link org.luoshi.reminders.ReminderSchedule}, which counts the reminders a year without calendar
 * data kept from being dated. What to show: {@link org.luoshi.reminders.ReminderBoard} for the
 * reminder centre and the start-up digest (after snoozes, dismissals and items marked done), and
 * {@link org.luoshi.reminders.DueAgenda} for {@code luoshi due}.
 * {@link org.luoshi.reminders.IcsExport} writes due items as an .ics file (ical4j) with one alarm
 * per reminder, and {@link org.luoshi.reminders.DueText} puts all of it into words, the same
 * everywhere.
 *
 * <p>Nothing here reads a clock or the workspace, or shows anything: the caller passes the time,
 * the calendar and the person's answers, so tests fix all three. Depends on {@code plan},
 * {@code calendar} and {@code i18n}, no JavaFX. Reading and storing rules and answers are the use
 * cases of {@code reminders.workspace}; the badge, centre, notifications and dialogs are in
 * {@code reminders.ui}.
 */
package org.luoshi.reminders;
