package org.luoshi.find;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.Role;

/**
 * The rows of the task table for lists that gather tasks across plans: a unit's tasks under its
 * roles, search results and smart lists under their plans, milestones under their months. The
 * tasks come in the order given (plan by plan, each plan's in order).
 */
public final class TaskRows {
    private TaskRows() {
    }

    /** {@code unit}'s tasks under 牵头 / 责任 / 配合; a task in which it holds two roles shows under the first. */
    public static List<OutlineRow> byRole(List<TaskFacts> tasks, String unit) {
        Map<Role, List<OutlineRow>> groups = new EnumMap<>(Role.class);
        for (TaskFacts f : tasks) {
            Role role = f.task().roleOf(unit);
            if (role != null) {
                groups.computeIfAbsent(role, r -> new ArrayList<>()).add(taskRow(f));
            }
        }
        List<OutlineRow> rows = new ArrayList<>();
        groups.forEach((role, children) -> rows.add(OutlineRow.group(
                Messages.get("group.count", Messages.get("role." + role.name()), children.size()), children)));
        return rows;
    }

    /** Tasks under their plans, plans in the order they first appear. */
    public static List<OutlineRow> byPlan(List<TaskFacts> tasks) {
        Map<Long, List<OutlineRow>> groups = new LinkedHashMap<>();
        Map<Long, PlanRef> plans = new LinkedHashMap<>();
        for (TaskFacts f : tasks) {
            groups.computeIfAbsent(f.plan().id(), id -> new ArrayList<>()).add(taskRow(f));
            plans.putIfAbsent(f.plan().id(), f.plan());
        }
        List<OutlineRow> rows = new ArrayList<>();
        groups.forEach((planId, children) -> rows.add(OutlineRow.group(
                Messages.get("group.count", plans.get(planId).label(), children.size()), children)));
        return rows;
    }

    /** Tasks under the months of their milestones, earliest month first; a task shows once per month. */
    public static List<OutlineRow> byMilestoneMonth(List<TaskFacts> tasks) {
        Map<YearMonth, List<OutlineRow>> groups = new TreeMap<>();
        for (TaskFacts f : tasks) {
            YearMonth previous = null;
            for (Milestone m : f.task().milestones()) {
                YearMonth month = YearMonth.from(m.date());
                if (!month.equals(previous)) {
                    groups.computeIfAbsent(month, k -> new ArrayList<>()).add(taskRow(f));
                }
                previous = month;
            }
        }
        List<OutlineRow> rows = new ArrayList<>();
        groups.forEach((month, children) -> rows.add(OutlineRow.group(
                Messages.get("group.count", Dates.formatMonth(month), children.size()), children)));
        return rows;
    }

    private static OutlineRow taskRow(TaskFacts f) {
        return PlanOutline.taskRow(f.task(), Messages.get("plan.others"));
    }
}
