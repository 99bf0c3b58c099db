package org.luoshi.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The workspace file failed the check ({@link WorkspaceCheck}), or SQLite found it malformed while
 * reading: nothing is written to it any more. The message says so in one sentence and names the way
 * out — {@code luoshi workspace check} and {@code luoshi workspace recover --to NEW} — which never
 * touch the file.
 */
public final class WorkspaceDamagedException extends WorkspaceException {
    private final transient WorkspaceCheck check;
    private final boolean refusedWrite;

    /**
     * @param refusedWrite true when a write was refused; false when the damage was met reading
     *                     (nothing was written either way)
     */
    WorkspaceDamagedException(WorkspaceCheck check, boolean refusedWrite, Throwable cause) {
        super("The workspace " + check.file() + " is damaged (" + check.firstProblem()
                + "); nothing was written to it. 'luoshi workspace check' says what is wrong; "
                + "'luoshi workspace recover --to NEW' copies what can still be read into a new file.", cause);
        this.check = Objects.requireNonNull(check, "check");
        this.refusedWrite = refusedWrite;
    }

    /** Whether a write was refused (else the damage was met while reading). */
    public boolean refusedWrite() {
        return refusedWrite;
    }

    /** What the check found. */
    public WorkspaceCheck check() {
        return check;
    }

    public Path file() {
        return check.file();
    }
}
