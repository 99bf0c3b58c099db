package org.luoshi.cli;

import java.util.Set;

/**
 * The words that make a start a command-line run rather than the window: every subcommand's name,
 * help and version. A plain list, so that the window's start does not read the commands'
 * annotations: that took ~45 ms of CPU before the toolkit started (25 command classes, picocli's
 * annotation types, proxy classes spun for the annotations), on every start of the window (issue 20).
 * {@code CommandWordsTest} checks it against {@link LuoshiCommand#words()}, which reads the
 * annotations: a new command fails that test until it is added here.
 */
public final class CommandWords {
    public static final Set<String> ALL = Set.of("help", "--help", "-h", "--version", "-V",
            "import", "plans", "export", "import-json", "due", "ics", "calendar", "sheets", "round", "ledger",
            "bulletin", "stats", "plan", "workspace", "history", "chase", "notice", "tasks", "extend", "decide",
            "close", "review", "evidence");

    private CommandWords() {
    }
}
