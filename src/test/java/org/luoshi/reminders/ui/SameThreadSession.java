package org.luoshi.reminders.ui;

import org.luoshi.session.Session;
import org.luoshi.session.SessionChange;
import org.luoshi.session.SessionListener;
import org.luoshi.storage.Workspace;

/**
 * A session on {@code ws} whose work runs at once on the calling thread, as tests want it; a use
 * case that fails fails the test instead of going to a window's error alert.
 */
final class SameThreadSession {
    private SameThreadSession() {
    }

    static Session of(Workspace ws) {
        Session session = Session.of(ws);
        session.addListener(new SessionListener() {
            @Override
            public void changed(SessionChange change) {
            }

            @Override
            public void failed(Throwable problem) {
                throw new AssertionError("a reminder use case failed", problem);
            }
        });
        return session;
    }
}
