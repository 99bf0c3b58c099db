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
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;

/**
 * A command's session on the workspace: the history names the person of the user settings (the
 * computer's user name if none is set), as the window does. Reading opens the file checked; changing
 * holds the workspace's lock ({@link WorkspaceForChanges}). Bad input (IllegalArgumentException) is
 * one line on stderr and exit 2, with nothing written: the edits run in one transaction each, and a
 * command checks its input before its one edit.
 */
final class CliSession {
    /** The work of a command. */
    interface Work {
        int run(Session session, PrintWriter out) throws Exception;
    }

    private CliSession() {
    }

    /** {@code Session.of(ws)}, recording the person of the user settings. */
    static Session of(Workspace ws) {
        Session session = Session.of(ws);
        session.recordAs(UserSettingsFile.load(UserSettingsFile.defaultFile()).userName());
        return session;
    }

    static int reading(LuoshiCommand root, Work work) {
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (Workspace ws = file.openChecked()) {
            return run(root, work, ws);
        } catch (WorkspaceException e) {
            err(root).println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    static int changing(LuoshiCommand root, Work work) {
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(file)) {
            return run(root, work, opened.workspace());
        } catch (WorkspaceInUseException e) {
            err(root).println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err(root).println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    private static int run(LuoshiCommand root, Work work, Workspace ws) {
        try {
            return work.run(of(ws), root.spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            err(root).println(TerminalText.of(firstLine(e.getMessage())));
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

    /** The date in {@code text} (2023-04-02), {@code otherwise} when none is given, null after saying why on stderr. */
    static LocalDate day(LuoshiCommand root, String text, LocalDate otherwise) {
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
            err(root).println(TerminalText.message("cli.due.badDate", text));
            return null;
        }
        return d;
    }

    static PrintWriter err(LuoshiCommand root) {
        return root.spec.commandLine().getErr();
    }
}
