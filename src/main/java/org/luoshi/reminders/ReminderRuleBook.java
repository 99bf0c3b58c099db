package org.luoshi.reminders;

import java.util.Map;

/**
 * Which rules apply to which due item: a milestone's own rules, else its task's, else its plan's,
 * else {@link ReminderRules#DEFAULT}.
 */
public record ReminderRuleBook(Map<Long, ReminderRules> plans, Map<Long, ReminderRules> tasks,
        Map<Long, ReminderRules> milestones) {

    public static final ReminderRuleBook DEFAULTS = new ReminderRuleBook(Map.of(), Map.of(), Map.of());

    public ReminderRuleBook {
        plans = Map.copyOf(plans);
        tasks = Map.copyOf(tasks);
        milestones = Map.copyOf(milestones);
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

    /** The plan's default rules (the app's default unless the plan sets its own). */
    public ReminderRules forPlan(long planId) {
        return plans.getOrDefault(planId, ReminderRules.DEFAULT);
    }
}
