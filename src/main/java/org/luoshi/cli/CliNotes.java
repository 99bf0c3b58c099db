package org.luoshi.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.SortedMap;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.UsableDates;

/** Notes printed to stderr alongside a command's result. */
final class CliNotes {
    private CliNotes() {
    }

    /**
     * One line per stored date of {@code plan} that no view can show: it is left out of what the
     * command reckons, and the person learns where it is so that it can be corrected.
     */
    static void unusableDates(PrintWriter err, Plan plan) {
        for (UsableDates.Unusable u : UsableDates.in(plan)) {
            err.println(Messages.get("cli.note.unusableDate", String.valueOf(plan.id()), u.describe()));
        }
    }

    /** One line per year whose holiday data is missing, so the user knows what to load. */
    static void missingYears(PrintWriter err, SortedMap<Integer, Integer> missing) {
        for (Map.Entry<Integer, Integer> m : missing.entrySet()) {
            err.println(Messages.get("cli.note.missingYear", String.valueOf(m.getKey()), m.getValue()));
        }
    }
}
