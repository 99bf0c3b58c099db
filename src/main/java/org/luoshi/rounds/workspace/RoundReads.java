package org.luoshi.rounds.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.rounds.Submission;

/** Small reads shared by the rounds' use cases and edits. */
final class RoundReads {
    private RoundReads() {
    }

    /** The current (not superseded) form of each unit. */
    static Map<String, Submission> current(List<Submission> all) {
        Map<String, Submission> current = new LinkedHashMap<>();
        for (Submission s : all) {
            if (s.current()) {
                current.put(s.unit(), s);
            }
        }
        return current;
    }
}
