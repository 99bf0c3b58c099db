package org.luoshi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;

/**
 * What the request commands (tasks, extend, decide, close, review, evidence) share: the workspace opened
 * for reading or, under its lock, for changes; bad input as one line on stderr with exit code 2 and nothing
 * written (every check of the use cases comes before their one transaction).
 */
final class RequestCli {
    private final LuoshiCommand root;

    RequestCli(LuoshiCommand root) {
        this.root = root;
    }

    interface Work {
        int run(Session session, PrintWriter out) throws Exception;
    }

    PrintWriter err() {
        return root.spec.commandLine().getErr();
    }

    int reading(Work work) {
        Path file = root.existingWorkspaceFile();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (Workspace ws = Workspace.openChecked(file)) {
            return run(work, ws);
        } catch (WorkspaceException e) {
            err().println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    int changing(Work work) {
        Path file = root.existingWorkspaceFile();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(file)) {
            return run(work, opened.workspace());
        } catch (WorkspaceInUseException e) {
            err().println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err().println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    private int run(Work work, Workspace ws) {
        try {
            return work.run(CliSession.of(ws), root.spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            err().println(TerminalText.of(firstLine(e.getMessage())));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** {@code text} as a date (2023-09-30), {@code otherwise} when absent, null after saying it is no date. */
    LocalDate day(String text, LocalDate otherwise) {
        if (text == null) {
            return otherwise;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            d = null;
        }
        if (!Dates.canShow(d)) {
            err().println(TerminalText.message("cli.due.badDate", text));
            return null;
        }
        return d;
    }
}
