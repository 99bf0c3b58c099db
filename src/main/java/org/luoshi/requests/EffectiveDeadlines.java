package org.luoshi.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;

/**
 * The date that counts for each task once extensions are approved. A task keeps its original dates;
 * this holds the adjusted ones (the latest approved extension of each deadline or milestone) and
 * gives, under the office's {@link DeadlineRule}, the date that counts, or the whole task with the
 * adjusted dates in place, which the lights, reminders and the timeline reckon with. Pure: made from
 * the approved extensions, no workspace.
 */
public final class EffectiveDeadlines {
    /** An approved move of one date of a task: its last deadline (milestoneId 0) or one milestone. */
    public record Adjustment(long taskId, long milestoneId, LocalDate original, LocalDate adjusted, long requestId) {
    }

    /** No approved extensions: every task's dates as the plan sets them. */
    public static final EffectiveDeadlines NONE = new EffectiveDeadlines(Map.of(), DeadlineRule.APPROVED);

    private final Map<Long, List<Adjustment>> byTask;
    private final DeadlineRule rule;

    private EffectiveDeadlines(Map<Long, List<Adjustment>> byTask, DeadlineRule rule) {
        this.byTask = byTask;
        this.rule = rule;
    }

    /**
     * From requests (any kind and state: only approved extensions count); for each task and date
     * moved, the latest decided approval wins.
     */
    public static EffectiveDeadlines of(Collection<TaskRequest> requests, DeadlineRule rule) {
        Map<String, TaskRequest> latest = new HashMap<>();
        for (TaskRequest r : requests) {
            if (r.kind() != RequestKind.EXTENSION || r.state() != RequestState.APPROVED) {
                continue;
            }
            String key = r.taskId() + ":" + r.milestoneId();
            TaskRequest before = latest.get(key);
            if (before == null || later(r, before)) {
                latest.put(key, r);
            }
        }
        Map<Long, List<Adjustment>> byTask = new HashMap<>();
        for (TaskRequest r : latest.values()) {
            byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>())
                    .add(new Adjustment(r.taskId(), r.milestoneId(), r.originalDate(), r.requestedDate(), r.id()));
        }
        byTask.replaceAll((k, v) -> v.stream().sorted(java.util.Comparator.comparingLong(Adjustment::milestoneId)).toList());
        return new EffectiveDeadlines(Map.copyOf(byTask), rule);
    }

    private static boolean later(TaskRequest a, TaskRequest b) {
        if (a.decidedAt() != null && b.decidedAt() != null && !a.decidedAt().equals(b.decidedAt())) {
            return a.decidedAt().isAfter(b.decidedAt());
        }
        return a.id() > b.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffectiveDeadlines other && other.rule == rule && other.byTask.equals(byTask);
    }

    @Override
    public int hashCode() {
        return byTask.hashCode() * 31 + rule.hashCode();
    }

    public DeadlineRule rule() {
        return rule;
    }

    /** The same adjustments under another rule. */
    public EffectiveDeadlines withRule(DeadlineRule newRule) {
        return new EffectiveDeadlines(byTask, newRule);
    }

    public boolean isEmpty() {
        return byTask.isEmpty();
    }

    /** The approved moves of the task's dates (empty for most tasks). */
    public List<Adjustment> adjustments(long taskId) {
        return byTask.getOrDefault(taskId, List.of());
    }

    /** The approved new date of the task's last deadline, if any. */
    public Optional<LocalDate> adjustedDeadline(Task task) {
        return adjustments(task.id()).stream().filter(a -> a.milestoneId() == 0).map(Adjustment::adjusted).findFirst();
    }

    /** The approved new date of one milestone, if any. */
    public Optional<LocalDate> adjustedMilestone(long taskId, long milestoneId) {
        return adjustments(taskId).stream().filter(a -> a.milestoneId() == milestoneId && milestoneId != 0)
                .map(Adjustment::adjusted).findFirst();
    }

    /** The task's last deadline as the plan sets it (原定时限), or null. */
    public LocalDate original(Task task) {
        return DeadlineTargets.lastDue(task);
    }

    /** The date that counts for the task's last deadline under the rule: adjusted if approved and the rule says so. */
    public LocalDate counting(Task task) {
        LocalDate original = original(task);
        if (rule == DeadlineRule.ORIGINAL) {
            return original;
        }
        return adjustedDeadline(task).orElse(original);
    }

    /**
     * The task with the dates that count in place of the original ones: under {@link DeadlineRule#APPROVED},
     * the deadline ending on the original last date ends on the adjusted one (and so does a milestone on that
     * day), and a moved milestone is on its new date. The task itself when nothing of it moved, or under {@link DeadlineRule#ORIGINAL}.
     */
    public Task apply(Task task) {
        List<Adjustment> moves = adjustments(task.id());
        if (moves.isEmpty() || rule == DeadlineRule.ORIGINAL) {
            return task;
        }
        Task out = task;
        for (Adjustment a : moves) {
            if (a.milestoneId() == 0) {
                out = out.withDeadlines(moveDeadline(out.deadlines(), a.original(), a.adjusted()));
                // a milestone on the deadline's day is that deadline (6月底前 of task 29): it moves with it
                List<Milestone> ms = new ArrayList<>();
                for (Milestone m : out.milestones()) {
                    ms.add(m.date().equals(a.original()) && adjustedMilestone(task.id(), m.id()).isEmpty()
                            ? new Milestone(m.id(), a.adjusted(), m.label()) : m);
                }
                out = out.withMilestones(ms);
            } else {
                List<Milestone> ms = new ArrayList<>();
                for (Milestone m : out.milestones()) {
                    ms.add(m.id() == a.milestoneId() ? new Milestone(m.id(), a.adjusted(), m.label()) : m);
                }
                out = out.withMilestones(ms);
            }
        }
        return out;
    }

    private static List<Deadline> moveDeadline(List<Deadline> deadlines, LocalDate original, LocalDate adjusted) {
        List<Deadline> out = new ArrayList<>(deadlines.size());
        for (Deadline d : deadlines) {
            if (original != null && original.equals(d.dueDate())) {
                out.add(d.kind() == DeadlineKind.BY
                        ? new Deadline(d.kind(), d.raw(), adjusted, d.start(), d.end(), d.amount(), d.spanUnit(),
                                d.recurrence(), d.month(), d.day())
                        : new Deadline(d.kind(), d.raw(), d.date(), d.start(), adjusted, d.amount(), d.spanUnit(),
                                d.recurrence(), d.month(), d.day()));
            } else {
                out.add(d);
            }
        }
        return out;
    }
}
