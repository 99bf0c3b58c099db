package org.luoshi.reminders.workspace;

import java.util.Objects;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;

/**
 * Stores a plan's reminder rules and, optionally, those of one of its tasks and one of its
 * milestones: set, or taken back so the level above applies. One transaction per level, plan first.
 */
public final class SaveReminderRules implements UseCase<Void> {
    /** One level's change: rules to set, or null to take the level's own rules back. */
    private record Level(long id, ReminderRules rules) {
    }

    private final long planId;
    private final ReminderRules plan;
    private final Level task;
    private final Level milestone;

    private SaveReminderRules(long planId, ReminderRules plan, Level task, Level milestone) {
        this.planId = planId;
        this.plan = Objects.requireNonNull(plan, "plan");
        this.task = task;
        this.milestone = milestone;
    }

    /** The plan's rules, nothing else. */
    public static SaveReminderRules plan(long planId, ReminderRules rules) {
        return new SaveReminderRules(planId, rules, null, null);
    }

    /** Also gives the task its own rules. */
    public SaveReminderRules task(long taskId, ReminderRules rules) {
        return new SaveReminderRules(planId, plan, new Level(taskId, Objects.requireNonNull(rules, "rules")), milestone);
    }

    /** Also takes the task's own rules back: the plan's apply to it. */
    public SaveReminderRules clearTask(long taskId) {
        return new SaveReminderRules(planId, plan, new Level(taskId, null), milestone);
    }

    /** Also gives the milestone its own rules. */
    public SaveReminderRules milestone(long milestoneId, ReminderRules rules) {
        return new SaveReminderRules(planId, plan, task, new Level(milestoneId, Objects.requireNonNull(rules, "rules")));
    }

    /** Also takes the milestone's own rules back: the task's apply to it. */
    public SaveReminderRules clearMilestone(long milestoneId) {
        return new SaveReminderRules(planId, plan, task, new Level(milestoneId, null));
    }

    @Override
    public Void run(Session session) {
        var reminders = session.workspace().reminders();
        reminders.setPlanRules(planId, plan);
        if (task != null && task.rules() != null) {
            reminders.setTaskRules(task.id(), task.rules());
        } else if (task != null) {
            reminders.clearTaskRules(task.id());
        }
        if (milestone != null && milestone.rules() != null) {
            reminders.setMilestoneRules(milestone.id(), milestone.rules());
        } else if (milestone != null) {
            reminders.clearMilestoneRules(milestone.id());
        }
        return null;
    }
}
