/**
 * The use cases of the history, the same for the window and the command line: a task's or a plan's
 * history (newest first), and its export as .csv or .xlsx. Read only: the history is written by the
 * edit layer alone, and there is no use case that changes it.
 */
package org.luoshi.history.workspace;
