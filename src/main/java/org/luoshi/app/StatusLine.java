package org.luoshi.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.luoshi.i18n.Messages;

/**
 * What the window tells the person in passing: the status bar's line, a refusal (nothing was
 * changed: the window shows it as a warning) and an error (the workspace cannot be used).
 */
public final class StatusLine {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    /** Shows a message in the status bar (an export finished, …). */
    public void say(String message) {
        status.set(message);
    }

    /** Tells what went wrong: a refused edit or file (IllegalArgument/State) as a notice, anything else as an error. */
    public void failed(Throwable t) {
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            // A refused edit or file: the workspace is fine, the user is told why.
            notice.set(null);
            notice.set(message);
            status.set(message);
            return;
        }
        String text = Messages.get("app.error.workspace", message);
        error.set(null);
        error.set(text);
        status.set(text);
    }

    /** Tells that something the person asked for was refused and nothing changed (a notice, and the status bar). */
    public void refuse(String message) {
        notice.set(null);
        notice.set(message);
        status.set(message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A message for the user when the workspace cannot be used; null while all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why an edit or a file was refused (nothing was changed); set anew each time. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
