package org.luoshi.session;

import org.luoshi.edit.Change;
import org.luoshi.edit.EditHistory;

/**
 * What one edit, undo or redo changed: the change itself, the rows it touched as they are now, and
 * the undo history after it.
 */
public record SessionChange(Change change, ReadBack data, EditHistory.State history) {
}
