package org.luoshi.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.SortedMap;
import org.luoshi.i18n.Messages;

/** Notes printed to stderr alongside a command's result. */
final class CliNotes {
    private CliNotes() {
    }

    /** One line per year whose holiday data is missing, so the user knows what to load. */
    static void missingYears(PrintWriter err, SortedMap<Integer, Integer> missing) {
        for (Map.Entry<Integer, Integer> m : missing.entrySet()) {
            err.println(Messages.get("cli.note.missingYear", String.valueOf(m.getKey()), m.getValue()));
        }
    }
}
