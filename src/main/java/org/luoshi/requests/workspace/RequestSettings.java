package org.luoshi.requests.workspace;

import org.luoshi.requests.DeadlineRule;
import org.luoshi.storage.Workspace;

/**
 * The workspace settings requests use: the largest evidence file taken and the office's deadline rule.
 * Who asked and who decided is the session's person (the user name of the user settings), as in the history.
 */
public final class RequestSettings {
    /** The largest evidence file taken, in MB (MiB); 50 by default. */
    public static final String EVIDENCE_MAX_MB = "evidence.maxFileMb";
    public static final int DEFAULT_EVIDENCE_MAX_MB = 50;

    private RequestSettings() {
    }

    /** The per-file limit for evidence, in bytes. */
    public static long maxEvidenceBytes(Workspace ws) {
        int mb = DEFAULT_EVIDENCE_MAX_MB;
        String text = ws.settings().get(EVIDENCE_MAX_MB).orElse(null);
        if (text != null) {
            try {
                mb = Math.max(1, Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                mb = DEFAULT_EVIDENCE_MAX_MB;
            }
        }
        return mb * 1024L * 1024L;
    }

    public static DeadlineRule rule(Workspace ws) {
        return DeadlineRule.of(ws.settings().get(DeadlineRule.SETTING).orElse(null));
    }
}
