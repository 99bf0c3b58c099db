package org.luoshi.edit;

import java.util.function.Supplier;

/**
 * Where a view sends the edits the user makes (the detail pane's fields, the timeline's drags): the
 * window's undo history, which runs each in one workspace transaction. A view that can refuse an
 * input says why through {@link #refuse}.
 */
@FunctionalInterface
public interface EditSink {
    void perform(Edit edit);

    /** Shows why an input was not taken; null clears the message. Views without a message line ignore it. */
    default void refuse(String message) {
    }

    /** Builds the edit and performs it; a refused input (IllegalArgumentException) is shown instead. */
    default void attempt(Supplier<Edit> edit) {
        Edit e;
        try {
            e = edit.get();
        } catch (IllegalArgumentException ex) {
            refuse(ex.getMessage());
            return;
        }
        refuse(null);
        perform(e);
    }
}
