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
 * @param received    the day of the review (each file's own received day is in its {@link FileCheck})
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

    /**
     * A file of the batch: taken (with its unit and the day it counts as received) or refused (with
     * why; {@code received} null).
     */
    public record FileCheck(Path file, String unit, boolean taken, String reason, LocalDate received) {
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

    /**
     * The same review with {@code file} (a taken one) received on {@code day}: its unit's form and
     * every progress entry it makes are dated that day, so on time or late follows it. A file not
     * taken leaves the review as it is.
     */
    public Review withReceived(Path file, LocalDate day) {
        java.util.Objects.requireNonNull(day, "day");
        FileCheck check = files.stream().filter(f -> f.file().equals(file) && f.taken()).findFirst().orElse(null);
        if (check == null) {
            return this;
        }
        String unit = check.unit();
        List<FileCheck> newFiles = files.stream().map(f -> f == check
                ? new FileCheck(f.file(), f.unit(), true, f.reason(), day) : f).toList();
        List<Line> newLines = lines.stream().map(l -> !l.unit().equals(unit) ? l : new Line(l.unit(), l.taskId(),
                l.task(), l.last(), new ProgressEntry(l.reported().id(), day, l.reported().percent(), l.reported().text(),
                        l.reported().unit(), l.reported().roundId()), l.report(), l.replacing(), l.proposesDone())).toList();
        List<Submission> newSubmissions = submissions.stream().map(s -> !s.unit().equals(unit) ? s
                : new Submission(s.id(), s.roundId(), s.unit(), day, s.fileName(), s.reporter(), s.phone(),
                        s.supersededBy(), s.lines())).toList();
        return new Review(roundId, received, newFiles, problems, newLines, newSubmissions);
    }

    /** Whether applying would change anything. */
    public boolean anythingToApply() {
        return !submissions.isEmpty();
    }

    public List<FileCheck> refused() {
        return files.stream().filter(f -> !f.taken()).toList();
    }
}
