package org.luoshi.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * What the request commands (tasks, extend, decide, close, review, evidence) share — the workspace opened
 * for reading or, under its lock, for changes, bad input as one line on stderr with exit code 2 — through
 * {@link CliSession}, as every command that changes the workspace.
 */
final class RequestCli {
    private final LuoshiCommand root;

    RequestCli(LuoshiCommand root) {
        this.root = root;
    }

    interface Work extends CliSession.Work {
    }

    PrintWriter err() {
        return root.spec.commandLine().getErr();
    }

    int reading(Work work) {
        return CliSession.reading(root, work);
    }

    int changing(Work work) {
        return CliSession.changing(root, work);
    }

    /** {@code text} as a date (2023-09-30), {@code otherwise} when absent, null after saying it is no date. */
    LocalDate day(String text, LocalDate otherwise) {
        return CliSession.day(root, text, otherwise);
    }
}
