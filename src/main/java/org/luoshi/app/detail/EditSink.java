package org.luoshi.app.detail;

import java.util.function.Supplier;
import org.luoshi.edit.Edit;

/** Where the detail pane's editors send their edits, and how they say an input was refused. */
public interface EditSink {
    void perform(Edit edit);

    /** Shows why an input was not taken; null clears the message. */
    void refuse(String message);

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
