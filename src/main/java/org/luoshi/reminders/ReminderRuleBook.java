package org.luoshi.reminders;

import java.util.Map;

/**
 * Which rules apply to which due item: a milestone's own rules, else its task's, else its plan's,
 * else the workspace's default ({@code fallback}: {@link ReminderRules#DEFAULT} unless the
 * settings say otherwise).
 */
public record ReminderRuleBook(Map<Long, ReminderRules> plans, Map<Long, ReminderRules> tasks,
        Map<Long, ReminderRules> milestones, ReminderRules fallback) {

    public static final ReminderRuleBook DEFAULTS = new ReminderRuleBook(Map.of(), Map.of(), Map.of());

    public ReminderRuleBook {
        plans = Map.copyOf(plans);
        tasks = Map.copyOf(tasks);
        milestones = Map.copyOf(milestones);
        fallback = fallback == null ? ReminderRules.DEFAULT : fallback;
    }

    /** A rule book whose default is the app's, {@link ReminderRules#DEFAULT}. */
    public ReminderRuleBook(Map<Long, ReminderRules> plans, Map<Long, ReminderRules> tasks,
            Map<Long, ReminderRules> milestones) {
        this(plans, tasks, milestones, ReminderRules.DEFAULT);
    }

    public ReminderRules rulesFor(DueItem item) {
        if (item.milestoneId() != null && milestones.containsKey(item.milestoneId())) {
            return milestones.get(item.milestoneId());
        }
        if (tasks.containsKey(item.taskId())) {
            return tasks.get(item.taskId());
        }
        return forPlan(item.planId());
    }

    /** The plan's default rules (the workspace's default unless the plan sets its own). */
    public ReminderRules forPlan(long planId) {
        return plans.getOrDefault(planId, fallback);
    }
}
