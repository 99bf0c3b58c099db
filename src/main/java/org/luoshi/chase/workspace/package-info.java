/**
 * The chase log's use cases, the same for the window and the command line: add an entry (an undoable
 * edit, so it is in the task's history and undo takes it back) and list a task's entries.
 */
package org.luoshi.chase.workspace;
