package org.luoshi.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * What the one check of a workspace file found ({@link Workspace#check()}, {@link Workspace#check(Path)}):
 * nothing — the file is sound — or the problems, one line each, as SQLite and Luoshi word them.
 * Every command and the window decide "damaged" from this and nothing else.
 *
 * @param file     the workspace file, absolute; null for a workspace on a server, which keeps its own data sound
 * @param problems what is wrong, first the most telling; empty when the file is sound
 */
public record WorkspaceCheck(Path file, List<String> problems) {

    /** At most this many problems are kept: the first few say what matters, the rest repeat it. */
    static final int MAX_PROBLEMS = 100;

    public WorkspaceCheck {
        problems = List.copyOf(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }

    static WorkspaceCheck sound(Path file) {
        return new WorkspaceCheck(file, List.of());
    }

    public boolean isSound() {
        return problems.isEmpty();
    }

    public boolean isDamaged() {
        return !problems.isEmpty();
    }

    /** The first problem, for a one-line message; empty when sound. */
    public String firstProblem() {
        return problems.isEmpty() ? "" : problems.get(0);
    }
}
