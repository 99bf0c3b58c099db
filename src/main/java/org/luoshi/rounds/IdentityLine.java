package org.luoshi.rounds;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's identity as one line of text, {@code luoshi-round-form|1|workspace|plan|round|token|checksum|
 * id:print;id:print…|unit} (the unit last, so that it may hold any character): the .docx form's
 * hidden paragraph and the .xlsx form's defined names hold it.
 */
final class IdentityLine {
    private IdentityLine() {
    }

    /**
     * A line read back: its identity (null if a field cannot be read as one), the checksum written
     * beside it, and its format version.
     */
    record Read(FormIdentity identity, String checksum, String version) {
    }

    static String format(FormIdentity id) {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < id.taskIds().size(); i++) {
            tasks.append(i == 0 ? "" : ";").append(id.taskIds().get(i)).append(':').append(id.lockedPrints().get(i));
        }
        return String.join("|", FormLayout.MAGIC, String.valueOf(FormIdentity.VERSION), id.workspace(),
                String.valueOf(id.planId()), String.valueOf(id.roundId()), id.token(), id.checksum(), tasks, id.unit());
    }

    /** The line read, or null if it is not an identity line at all. */
    static Read parse(String line) {
        if (line == null || !line.startsWith(FormLayout.MAGIC + "|")) {
            return null;
        }
        String[] f = line.split("\\|", 9);
        if (f.length < 2) {
            return null;
        }
        if (f.length < 9) {
            return new Read(null, "", f[1]);
        }
        return new Read(identity(f), f[6], f[1]);
    }

    private static FormIdentity identity(String[] f) {
        try {
            List<Long> ids = new ArrayList<>();
            List<String> prints = new ArrayList<>();
            if (!f[7].isEmpty()) {
                for (String pair : f[7].split(";")) {
                    int colon = pair.indexOf(':');
                    ids.add(Long.parseLong(pair.substring(0, colon)));
                    prints.add(pair.substring(colon + 1));
                }
            }
            return new FormIdentity(f[2], Long.parseLong(f[3]), Long.parseLong(f[4]), f[5], f[8], ids, prints);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
