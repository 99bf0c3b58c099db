/**
 * The headless command line, {@code luoshi [--workspace PATH] COMMAND} with the commands import,
 * plans, export, import-json, due, ics, calendar and sheets, on picocli:
 * {@link org.luoshi.cli.LuoshiCommand} is the root, each subcommand a package-private class.
 * Commands are thin: they open the workspace, wrap it in {@code Session.of} and call the use cases
 * the window calls ({@link org.luoshi.importer.ImportDocument},
 * {@link org.luoshi.exchange.PlanJsonExchange}, {@link org.luoshi.sheets.ExportSheets}, those of
 * {@code reminders.workspace}), on the caller's thread. A command that changes the workspace holds
 * its lock first ({@code WorkspaceForChanges}), so it is refused while a window has it open. Bad
 * input is one line on stderr and the exit code
 * {@link org.luoshi.cli.LuoshiCommand#EXIT_BAD_INPUT}, with nothing changed. No JavaFX: the
 * launcher in {@code app}, the only user of this package, runs it without starting the toolkit.
 */
package org.luoshi.cli;
