/**
 * The chase log of a task (催办记录): each time the office chased it — the date, how
 * ({@link org.luoshi.chase.ChaseHow}: 电话 / 书面 / 现场 / 其他), who was reached and what they said.
 * Pure records; adding an entry is an undoable edit in {@code chase.workspace} (recorded in the
 * history like every edit), the list is in the task's detail pane, {@code storage} keeps the entries.
 */
package org.luoshi.chase;
