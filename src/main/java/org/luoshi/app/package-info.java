/**
 * Start-up and the main window: the top of the graph. {@link org.luoshi.app.Launcher} runs a
 * subcommand through the command line without starting the toolkit, and anything else opens the
 * window, {@link org.luoshi.app.LuoshiApp}, which locks the workspace, starts reading it early
 * ({@code WorkspaceOpening}), builds the {@link org.luoshi.app.MainWindow} over the
 * {@link org.luoshi.app.MainViewModel} and hands each feature's facade (import, settings, timeline,
 * reminders, sheets) what it needs, wiring its methods to the actions of
 * {@link org.luoshi.app.AppAction}. The window's own views are here too: the navigator, the filter
 * bar, the task tree table and the status bar, with {@link org.luoshi.app.TaskViewModel} for what
 * the centre shows and {@code WorkspaceActions} for the plan and task actions, undo and redo.
 *
 * <p>Nothing outside {@code org.luoshi.app..} depends on this package; it may use any other. Unlike
 * the {@code ui} packages it may use {@code org.luoshi.storage} itself: it takes the workspace
 * lock, opens the workspace and seeds the sample plan, and links the unit directory dialog to the
 * workspace. The view models live on the FX thread: {@code MainViewModel} listens to the
 * {@link org.luoshi.session.Session} and keeps its {@link org.luoshi.session.PlanCache} and
 * {@link org.luoshi.find.TaskFactsCache} there, and every read or write of the workspace is queued
 * on the session's I/O thread.
 */
package org.luoshi.app;
