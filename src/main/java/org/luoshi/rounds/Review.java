package org.luoshi.rounds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.ProgressEntry;

/**
 * What a batch of returned forms would change, for the person to look at before applying: every
 * file with whether it is taken, every problem with its file and row, and per task the last value
 * beside the one reported. Nothing is stored until it is applied.
 *
 * @param submissions one per unit whose form is taken (the later file where a unit sent two)
 */
public record Review(long roundId, LocalDate received, List<FileCheck> files, List<Problem> problems,
        List<Line> lines, List<Submission> submissions) {

    public Review {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        submissions = List.copyOf(submissions);
    }

    /** A file of the batch: taken (with its unit) or refused (with why). */
    public record FileCheck(Path file, String unit, boolean taken, String reason) {
    }

    /**
     * A problem of a file; {@code row} is the spreadsheet's row number, 0 for the file as a whole.
     * A {@code refused} problem keeps the file (or the row) out; the others are warnings.
     */
    public record Problem(Path file, int row, boolean refused, String message) {
    }

    /**
     * A task's report: the last entry the task has, the entry the report becomes, whether it replaces
     * the unit's earlier report in this round, and whether the unit says the task is done (a status
     * change to confirm).
     */
    public record Line(String unit, long taskId, String task, ProgressEntry last, ProgressEntry reported,
            ReportLine report, boolean replacing, boolean proposesDone) {
    }

    /** Whether applying would change anything. */
    public boolean anythingToApply() {
        return !submissions.isEmpty();
    }

    public List<FileCheck> refused() {
        return files.stream().filter(f -> !f.taken()).toList();
    }
}
