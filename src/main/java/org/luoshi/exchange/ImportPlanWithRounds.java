package org.luoshi.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.rounds.ReportLine;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.Submission;
import org.luoshi.storage.Workspace;

/**
 * Stores a received plan with its progress rounds as one edit: the plan (by the plan edit given),
 * then its rounds with the forms received in them, then each progress entry reported in a round is
 * marked with it. Undo deletes the plan, which takes its rounds with it; redo puts all of it back
 * under the same ids.
 */
final class ImportPlanWithRounds implements Edit {
    private final Edit planEdit;
    private final PlanRounds.Read read;
    // What the first execute stored, for redo:
    private final List<Round> rounds = new ArrayList<>();
    private final List<Submission> submissions = new ArrayList<>();
    private final List<long[]> superseded = new ArrayList<>(); // {earlier, by}
    private final List<long[]> relinked = new ArrayList<>(); // {task id, entry id, round id}
    private boolean done;

    ImportPlanWithRounds(Edit planEdit, PlanRounds.Read read) {
        this.planEdit = planEdit;
        this.read = read;
    }

    @Override
    public String description() {
        return planEdit.description();
    }

    @Override
    public Change execute(Workspace ws) {
        if (done) {
            return redo(ws);
        }
        Change change = planEdit.execute(ws);
        Plan plan = ws.plans().load(change.focusPlan()).orElseThrow();
        List<Task> tasks = plan.tasks();
        for (PlanRounds.ExchangedRound r : read.rounds()) {
            List<Long> taskIds = r.tasks().stream().map(p -> tasks.get(p - 1).id()).toList();
            Round round = ws.rounds().create(new Round(0, plan.id(), r.period(), r.due(), r.dueRule(), r.contact(),
                    r.openedOn(), "", r.units(), taskIds));
            rounds.add(round);
            List<Submission> made = new ArrayList<>();
            for (PlanRounds.ExchangedSubmission s : r.submissions()) {
                List<ReportLine> lines = s.lines().stream().map(l -> new ReportLine(tasks.get((int) l.taskId() - 1).id(),
                        l.progress(), l.problems(), l.nextSteps(), l.percent(), l.done())).toList();
                Submission stored = ws.rounds().addSubmission(new Submission(0, round.id(), s.unit(), s.received(),
                        s.fileName(), s.reporter(), s.phone(), 0, lines));
                made.add(stored);
                submissions.add(stored);
            }
            for (int i = 0; i < r.submissions().size(); i++) {
                int by = r.submissions().get(i).replacedBy();
                if (by >= 0) {
                    superseded.add(new long[] {made.get(i).id(), made.get(by).id()});
                }
            }
        }
        superseded.forEach(p -> ws.rounds().setSupersededBy(p[0], p[1]));
        Set<Long> taken = new HashSet<>();
        for (PlanRounds.ProgressLink link : read.links()) {
            Task task = tasks.get(link.task() - 1);
            for (ProgressEntry e : task.progress()) {
                if (!taken.contains(e.id()) && same(e, link.entry())) {
                    taken.add(e.id());
                    relinked.add(new long[] {task.id(), e.id(), rounds.get(link.round() - 1).id()});
                    break;
                }
            }
        }
        relink(ws, tasks(ws, plan.id()));
        done = true;
        return change;
    }

    private static boolean same(ProgressEntry stored, ProgressEntry read) {
        return stored.date().equals(read.date()) && stored.percent() == read.percent()
                && stored.text().equals(read.text()) && java.util.Objects.equals(stored.unit(), read.unit());
    }

    private static java.util.Map<Long, Task> tasks(Workspace ws, long planId) {
        java.util.Map<Long, Task> byId = new java.util.HashMap<>();
        ws.plans().load(planId).orElseThrow().tasks().forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    /** Marks the entries reported in a round with it (an entry's round is written when it is stored). */
    private void relink(Workspace ws, java.util.Map<Long, Task> tasks) {
        for (long[] r : relinked) {
            ProgressEntry e = tasks.get(r[0]).progress().stream().filter(p -> p.id() == r[1]).findFirst().orElseThrow();
            ws.tasks().removeProgress(e.id());
            ws.tasks().restoreProgress(r[0], new ProgressEntry(e.id(), e.date(), e.percent(), e.text(), e.unit(), r[2]));
        }
    }

    @Override
    public Change undo(Workspace ws) {
        return planEdit.undo(ws); // the plan's rounds, forms and entries go with it
    }

    @Override
    public Change redo(Workspace ws) {
        Change change = planEdit.redo(ws);
        for (Round r : rounds) {
            ws.rounds().create(r);
        }
        for (Submission s : submissions) {
            ws.rounds().addSubmission(s);
        }
        superseded.forEach(p -> ws.rounds().setSupersededBy(p[0], p[1]));
        relink(ws, tasks(ws, change.focusPlan()));
        return change;
    }
}
