/**
 * The notices' use cases, the same for the window and the command line: issue a 督办 / 催办 notice for
 * a task or a unit (an undoable edit that takes the next number of its kind and year and is recorded in
 * the history of each task it names), write it as .docx, list them, read and save the numbering settings.
 */
package org.luoshi.notices.workspace;
