package org.luoshi.session;

import java.util.function.Consumer;

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

    /** A listener made of two functions. */
    static SessionListener of(Consumer<SessionChange> changed, Consumer<Throwable> failed) {
        return new SessionListener() {
            @Override
            public void changed(SessionChange change) {
                changed.accept(change);
            }

            @Override
            public void failed(Throwable problem) {
                failed.accept(problem);
            }
        };
    }
}
