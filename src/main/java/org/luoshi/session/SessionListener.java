package org.luoshi.session;

/**
 * Told what the session changed, on the thread its runner hands results to (the FX thread in the
 * window): every view refreshes from these, whoever made the change.
 */
public interface SessionListener {
    /** An edit, undo or redo was stored; {@code change.data()} holds what it touched, read back. */
    void changed(SessionChange change);

    /** Work failed; the workspace is as it was before it. */
    default void failed(Throwable problem) {
    }
}
