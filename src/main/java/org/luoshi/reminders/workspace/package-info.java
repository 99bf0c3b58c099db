/**
 * The reminders' use cases on the workspace, shared by the window and the command line: the
 * snapshot everything is computed from ({@link org.luoshi.reminders.workspace.WorkspaceReminders}),
 * snooze, dismiss, done and the last run ({@link org.luoshi.reminders.workspace.ReminderActions}),
 * the rules ({@link org.luoshi.reminders.workspace.SaveReminderRules}), the working-day calendar's
 * years and edited days ({@link org.luoshi.reminders.workspace.CalendarEdits}) and the .ics export
 * ({@link org.luoshi.reminders.workspace.ExportIcs}). Each runs through a
 * {@link org.luoshi.session.Session}; the window runs them on its I/O thread, the command line
 * directly. No UI here: the reminder UI reaches the workspace only through these.
 */
package org.luoshi.reminders.workspace;
