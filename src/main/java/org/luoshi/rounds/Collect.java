package org.luoshi.rounds;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Matches returned forms to a round and checks them: the form's identity (this workspace, plan and
 * round, an unchanged checksum, a unit the round asks), each row by its task mark (a task that is
 * not on the unit's form, a row without mark, a task twice), the filled cells (完成进度 a number from
 * 0 to 100, 是否完成 是 or 否), the locked cells against their fingerprint, and an empty form. The
 * result is a {@link Review}; nothing is stored.
 */
public final class Collect {
    private Collect() {
    }

    /**
     * @param current  the round's current submission per unit (the ones a new form replaces)
     * @param received the day the forms count as received
     */
    public static Review review(RoundScope scope, Round round, String workspace, Map<String, Submission> current,
            List<ReturnedForm> forms, LocalDate received) {
        return review(scope, round, workspace, current, forms, received, file -> received);
    }

    /**
     * @param current    the round's current submission per unit (the ones a new form replaces)
     * @param today      the review's day
     * @param receivedOn the day each file counts as received (the person may change it in the review)
     */
    public static Review review(RoundScope scope, Round round, String workspace, Map<String, Submission> current,
            List<ReturnedForm> forms, LocalDate today, Function<Path, LocalDate> receivedOn) {
        List<Review.FileCheck> files = new ArrayList<>();
        List<Review.Problem> problems = new ArrayList<>();
        Map<String, Taken> byUnit = new LinkedHashMap<>();
        Map<Long, Task> tasks = new HashMap<>();
        scope.tasks().forEach(t -> tasks.put(t.id(), t));
        for (ReturnedForm form : forms) {
            String refusal = form instanceof ReturnedForm.Filled f ? refusal(f, scope, round, workspace)
                    : Messages.get("rounds.problem." + ((ReturnedForm.NotAForm) form).reason());
            if (refusal != null) {
                files.add(new Review.FileCheck(form.file(), null, false, refusal, null));
                problems.add(new Review.Problem(form.file(), 0, true, refusal));
                continue;
            }
            ReturnedForm.Filled f = (ReturnedForm.Filled) form;
            List<Review.Problem> own = new ArrayList<>();
            List<ReportLine> lines = rows(f, tasks, own);
            if (lines.isEmpty()) {
                String empty = Messages.get("rounds.problem.empty");
                own.add(0, new Review.Problem(f.file(), 0, true, empty));
                problems.addAll(own);
                files.add(new Review.FileCheck(f.file(), f.identity().unit(), false, empty, null));
                continue;
            }
            problems.addAll(own);
            Taken earlier = byUnit.put(f.identity().unit(), new Taken(f, lines));
            if (earlier != null) {
                String msg = Messages.get("rounds.problem.sameUnitTwice", f.identity().unit(),
                        earlier.form.file().getFileName());
                problems.add(new Review.Problem(f.file(), 0, false, msg));
                files.replaceAll(c -> c.file().equals(earlier.form.file()) ? new Review.FileCheck(c.file(), c.unit(),
                        false, Messages.get("rounds.problem.supersededInBatch", f.file().getFileName()), null) : c);
            }
            files.add(new Review.FileCheck(f.file(), f.identity().unit(), true, "", receivedOn.apply(f.file())));
        }
        List<Review.Line> out = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        for (Map.Entry<String, Taken> e : byUnit.entrySet()) {
            String unit = e.getKey();
            Taken t = e.getValue();
            LocalDate received = receivedOn.apply(t.form.file());
            Submission previous = current.get(unit);
            Set<Long> before = new HashSet<>();
            if (previous != null) {
                previous.lines().forEach(l -> before.add(l.taskId()));
            }
            for (ReportLine l : t.lines) {
                Task task = tasks.get(l.taskId());
                ProgressEntry last = task.latestProgress();
                ProgressEntry mine = UnitForms.latestBy(task, unit);
                int percent = l.percent() != null ? l.percent() : mine != null ? mine.percent()
                        : last != null ? last.percent() : 0;
                ProgressEntry reported = ProgressEntry.reported(received, percent, l.entryText(), unit, round.id());
                boolean proposesDone = Boolean.TRUE.equals(l.done()) && !task.isFinished();
                out.add(new Review.Line(unit, task.id(), UnitForms.seq(task), last, reported, l,
                        before.contains(l.taskId()), proposesDone));
            }
            submissions.add(new Submission(0, round.id(), unit, received, t.form.file().getFileName().toString(),
                    t.form.reporter(), t.form.phone(), 0, t.lines));
        }
        return new Review(round.id(), today, files, problems, out, submissions);
    }

    /** Why the form is not one of this round, or null if it is. */
    private static String refusal(ReturnedForm.Filled f, RoundScope scope, Round round, String workspace) {
        FormIdentity id = f.identity();
        if (id == null || !id.checksum().equals(f.checksum())) {
            return Messages.get("rounds.problem.damaged");
        }
        if (f.identitiesDisagree()) {
            return Messages.get("rounds.problem.identitiesDisagree");
        }
        if (!id.workspace().equals(workspace)) {
            return Messages.get("rounds.problem.otherWorkspace");
        }
        if (id.planId() != round.planId()) {
            return Messages.get("rounds.problem.otherPlan", String.valueOf(id.planId()));
        }
        if (id.roundId() != round.id() || !id.token().equals(round.token())) {
            return Messages.get("rounds.problem.otherRound", String.valueOf(id.roundId()), round.period());
        }
        if (!scope.units().contains(id.unit())) {
            return Messages.get("rounds.problem.unitNotAsked", id.unit());
        }
        return null;
    }

    /** The rows' reports, each task once; problems of rows added to {@code problems}. */
    private static List<ReportLine> rows(ReturnedForm.Filled f, Map<Long, Task> tasks, List<Review.Problem> problems) {
        FormIdentity id = f.identity();
        Map<Long, String> prints = new HashMap<>();
        for (int i = 0; i < id.taskIds().size(); i++) {
            prints.put(id.taskIds().get(i), id.lockedPrints().get(i));
        }
        Set<Long> seen = new HashSet<>();
        List<ReportLine> lines = new ArrayList<>();
        for (ReturnedForm.FilledRow row : f.rows()) {
            Long taskId = taskId(row.key());
            if (taskId == null) {
                problems.add(new Review.Problem(f.file(), row.row(), true,
                        Messages.get("rounds.problem.rowWithoutMark", row.row())));
                continue;
            }
            String seq = row.lockedCells().get(FormLayout.COL_SEQ);
            if (!prints.containsKey(taskId) || !tasks.containsKey(taskId)) {
                problems.add(new Review.Problem(f.file(), row.row(), true,
                        Messages.get("rounds.problem.rowUnknown", row.row(), seq)));
                continue;
            }
            if (!seen.add(taskId)) {
                problems.add(new Review.Problem(f.file(), row.row(), true,
                        Messages.get("rounds.problem.rowTwice", row.row(), seq)));
                continue;
            }
            if (!FormIdentity.print(row.lockedCells()).equals(prints.get(taskId))) {
                problems.add(new Review.Problem(f.file(), row.row(), false,
                        Messages.get("rounds.problem.lockedChanged", row.row(), UnitForms.seq(tasks.get(taskId)))));
            }
            if (row.blank()) {
                continue;
            }
            Integer percent = null;
            if (!row.percent().isBlank()) {
                percent = percent(row.percent());
                if (percent == null) {
                    problems.add(new Review.Problem(f.file(), row.row(), true,
                            Messages.get("rounds.problem.badPercent", row.row(), row.percent())));
                    continue;
                }
            }
            Boolean done = null;
            String d = row.done().strip();
            if (d.equals(FormWords.YES)) {
                done = true;
            } else if (d.equals(FormWords.NO)) {
                done = false;
            } else if (!d.isEmpty()) {
                problems.add(new Review.Problem(f.file(), row.row(), true,
                        Messages.get("rounds.problem.badDone", row.row(), d)));
                continue;
            }
            ReportLine line = new ReportLine(taskId, row.progress(), row.problems(), row.nextSteps(), percent, done);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Long taskId(String key) {
        if (key == null || !key.matches("t\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(key.substring(1));
    }

    /** "80", "80%", "８０", "80.0", "0.8" with a % format lost: a whole number 0..100, else null. */
    static Integer percent(String text) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
                return null;
            }
            return v.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private record Taken(ReturnedForm.Filled form, List<ReportLine> lines) {
    }

    /** The status a task gets when its report says 是否完成 是 and the person confirms. */
    public static final TaskStatus DONE = TaskStatus.DONE;
}
