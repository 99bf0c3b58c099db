/**
 * The workspace file: one SQLite database holding every plan, unit and task, and the only package
 * that touches JDBC. A {@link org.luoshi.storage.Workspace} is opened once and reached through its
 * repositories: {@link org.luoshi.storage.PlanRepository} (whole plans),
 * {@link org.luoshi.storage.TaskRepository} (the small edits of a task),
 * {@link org.luoshi.storage.UnitRepository} (the unit directory and its aliases),
 * {@link org.luoshi.storage.CalendarRepository}, {@link org.luoshi.storage.ReminderRepository} and
 * {@link org.luoshi.storage.SettingRepository}. Each call is committed when it returns, or joins
 * the caller's {@code Workspace.inTransaction}. Opening refuses, untouched, a file of another
 * program or of a newer Luoshi ({@link org.luoshi.storage.WorkspaceException}), then switches to
 * WAL and applies the missing schema migrations in order; foreign keys are on.
 * A damaged file gets no writes: the one check of a file ({@link org.luoshi.storage.WorkspaceCheck},
 * run by {@link org.luoshi.storage.Workspace#check()} and before the first write of every opening)
 * decides "damaged" for every command and the window, and a damaged file is refused with a
 * {@link org.luoshi.storage.WorkspaceDamagedException}; {@link org.luoshi.storage.Workspace#check(java.nio.file.Path)}
 * and {@link org.luoshi.storage.Workspace#recover} read such a file without writing to it.
 * {@link org.luoshi.storage.WorkspaceLock} keeps a workspace to one window,
 * {@link org.luoshi.storage.WorkspaceLocation} says where the default file lives, and
 * {@link org.luoshi.storage.Traces} holds the rows other features keep about a deleted plan, task
 * or milestone, so that undo puts them back too.
 *
 * <p>The same workspace can live in a database on a PostgreSQL server instead
 * ({@link org.luoshi.storage.Workspace#openServer}, {@link org.luoshi.storage.ServerAddress}): the
 * repositories share their SQL between the two engines ({@code INSERT … RETURNING}, {@code ON CONFLICT});
 * what differs is in {@link org.luoshi.storage.Dialect} (the migrations' DDL translated, deferred keys)
 * and in the opening ({@code ServerSchema}: the {@code luoshi_schema} table holds the version and the
 * mark; a read-only role opens read-only, {@link org.luoshi.storage.WorkspaceReadOnlyException}). The
 * file check, recovery and the lock are of files only. Every writing commit on a server announces
 * itself ({@code NOTIFY luoshi_change}; {@link org.luoshi.storage.Workspace#othersChanges()}); a lost
 * connection is made again by the next transaction ({@link org.luoshi.storage.WorkspaceOfflineException}
 * meanwhile). {@link org.luoshi.storage.Workspace#copy} moves a whole workspace between any two.
 *
 * <p>A workspace is one connection and not for concurrent use: once the window has handed it to the
 * {@link org.luoshi.session.Session}, it is touched only on the session's I/O thread; the command
 * line uses it on its one thread. Depends only on {@code plan}, {@code calendar} and
 * {@code reminders}, for the values it stores; no JavaFX. UI packages ({@code ..ui..}) never use
 * it: they reach the data through the session's use cases.
 */
package org.luoshi.storage;
