package org.luoshi.timeline;

import org.luoshi.edit.Edit;

/**
 * Where the chart sends the edits its drags make: the window's undo history, which runs each in one
 * workspace transaction. The window of issue 4 owns that history; this is all the chart needs of it.
 */
@FunctionalInterface
public interface EditSink {
    void perform(Edit edit);
}
