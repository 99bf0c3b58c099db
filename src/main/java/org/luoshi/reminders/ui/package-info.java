/**
 * The reminders as the window shows them, behind one facade,
 * {@link org.luoshi.reminders.ui.RemindersFeature}: the status-bar badge, the reminder centre, the
 * start-up digest, notifications, the tray icon, and the rules, working-day calendar and .ics export
 * dialogs. It is handed the stage, the {@link org.luoshi.session.Session}, a
 * {@link org.luoshi.ui.DialogService}, a clock and callbacks; it reads and writes only through the
 * use cases of {@code org.luoshi.reminders.workspace}, never the storage itself, and knows nothing
 * of {@code org.luoshi.app}.
 */
package org.luoshi.reminders.ui;
