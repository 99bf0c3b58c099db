/**
 * The open workspace and the one way work runs against it, for the window and the command line
 * alike. A {@link org.luoshi.session.Session} holds the {@link org.luoshi.storage.Workspace}, the
 * undo history ({@link org.luoshi.edit.EditHistory}) and a
 * {@link org.luoshi.session.BackgroundTasks} runner that gives them their one I/O thread. A
 * {@link org.luoshi.session.UseCase} is one thing a person does, written once: the window runs it
 * through {@code Session.run} (on the I/O thread, the result handed back on the FX thread), the
 * command line calls it directly on a session whose runner is
 * {@link org.luoshi.session.CallerThreadTasks}. Use cases live with their features
 * ({@code importer}, {@code exchange}, {@code sheets}, {@code settings},
 * {@code reminders.workspace}, {@code timeline}) and implement {@code UseCase}. After a use case,
 * the session reads back what its edits touched ({@link org.luoshi.session.ReadBack}) and tells
 * every {@link org.luoshi.session.SessionListener} before the caller gets its result, so no view
 * shows a result its data does not hold yet.
 *
 * <p>The workspace and the history are touched only on the I/O thread, from inside a use case. The
 * window's plain reads are {@link org.luoshi.session.WorkspaceReads}; what it holds in memory is
 * the {@link org.luoshi.session.PlanCache}, which is not thread-safe and stays on the FX thread. No
 * JavaFX here: the window's runner is in {@code org.luoshi.ui}. Depends on {@code storage},
 * {@code edit}, {@code plan} and {@code find}.
 */
package org.luoshi.session;
