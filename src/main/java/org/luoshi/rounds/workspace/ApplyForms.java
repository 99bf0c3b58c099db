package org.luoshi.rounds.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.Submission;
import org.luoshi.storage.Workspace;

/**
 * Applies a reviewed batch of returned forms as one edit: each unit's form is stored (its earlier
 * form in the round, if any, is marked superseded and the progress entries that one made are taken
 * out), each report becomes a dated progress entry of its task recording the unit and the round, and
 * the tasks the person confirmed get the status 已完成. Undo takes all of it back; redo puts it back
 * under the same ids.
 */
final class ApplyForms implements Edit {
    private final String description;
    private final long planId;
    private final Review review;
    private final Set<Long> confirmedDone;

    // What the first execute did, for undo and redo:
    private final List<Submission> stored = new ArrayList<>();
    private final Map<Long, Long> superseded = new LinkedHashMap<>(); // earlier form id → new form id
    private final List<Removed> removed = new ArrayList<>();
    private final List<Added> added = new ArrayList<>();
    private final Map<Long, TaskStatus> statusBefore = new LinkedHashMap<>();
    private boolean done;

    private record Removed(long taskId, ProgressEntry entry) {
    }

    private record Added(long taskId, ProgressEntry entry) {
    }

    ApplyForms(String description, long planId, Review review, Set<Long> confirmedDone) {
        this.description = description;
        this.planId = planId;
        this.review = review;
        this.confirmedDone = Set.copyOf(confirmedDone);
    }

    @Override
    public String description() {
        return description;
    }

    /** The tasks reported on and those confirmed done, for the history. */
    @Override
    public Set<Long> tasks() {
        Set<Long> tasks = new java.util.LinkedHashSet<>();
        review.lines().forEach(l -> tasks.add(l.taskId()));
        tasks.addAll(confirmedDone);
        return tasks;
    }

    @Override
    public Change execute(Workspace ws) {
        if (done) {
            return redo(ws);
        }
        Set<Long> touched = new HashSet<>();
        Map<String, Submission> current = RoundReads.current(ws.rounds().submissions(review.roundId()));
        for (Submission s : review.submissions()) {
            Submission earlier = current.get(s.unit());
            if (earlier != null) {
                for (Map.Entry<Long, List<Long>> e : ws.rounds().progressOf(review.roundId(), s.unit()).entrySet()) {
                    Task task = ws.tasks().require(e.getKey());
                    for (ProgressEntry p : task.progress()) {
                        if (e.getValue().contains(p.id())) {
                            ws.tasks().removeProgress(p.id());
                            removed.add(new Removed(task.id(), p));
                            touched.add(task.id());
                        }
                    }
                }
            }
            Submission made = ws.rounds().addSubmission(s);
            stored.add(made);
            if (earlier != null) {
                ws.rounds().setSupersededBy(earlier.id(), made.id());
                superseded.put(earlier.id(), made.id());
            }
        }
        for (Review.Line line : review.lines()) {
            added.add(new Added(line.taskId(), ws.tasks().addProgress(line.taskId(), line.reported())));
            touched.add(line.taskId());
        }
        for (long taskId : confirmedDone) {
            statusBefore.put(taskId, ws.tasks().require(taskId).status());
            ws.versions().touch(org.luoshi.storage.RowVersions.Row.TASK, taskId);
            ws.tasks().setStatus(taskId, TaskStatus.DONE);
            touched.add(taskId);
        }
        done = true;
        return change(touched);
    }

    @Override
    public Change undo(Workspace ws) {
        Set<Long> touched = new HashSet<>();
        statusBefore.forEach((taskId, status) -> {
            ws.versions().touch(org.luoshi.storage.RowVersions.Row.TASK, taskId);
            ws.tasks().setStatus(taskId, status);
            touched.add(taskId);
        });
        for (Added a : added) {
            ws.tasks().removeProgress(a.entry().id());
            touched.add(a.taskId());
        }
        for (long earlier : superseded.keySet()) {
            ws.rounds().setSupersededBy(earlier, 0);
        }
        for (Submission s : stored) {
            ws.rounds().removeSubmission(s.id());
        }
        for (Removed r : removed) {
            ws.tasks().restoreProgress(r.taskId(), r.entry());
            touched.add(r.taskId());
        }
        return change(touched);
    }

    @Override
    public Change redo(Workspace ws) {
        Set<Long> touched = new HashSet<>();
        for (Removed r : removed) {
            ws.tasks().removeProgress(r.entry().id());
            touched.add(r.taskId());
        }
        for (Submission s : stored) {
            ws.rounds().addSubmission(s);
        }
        superseded.forEach((earlier, by) -> ws.rounds().setSupersededBy(earlier, by));
        for (Added a : added) {
            ws.tasks().restoreProgress(a.taskId(), a.entry());
            touched.add(a.taskId());
        }
        for (long taskId : statusBefore.keySet()) {
            ws.versions().touch(org.luoshi.storage.RowVersions.Row.TASK, taskId);
            ws.tasks().setStatus(taskId, TaskStatus.DONE);
            touched.add(taskId);
        }
        return change(touched);
    }

    private Change change(Set<Long> tasks) {
        return new Change(tasks, Set.of(), false, planId, 0);
    }
}
