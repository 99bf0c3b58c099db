package org.luoshi.sheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Orientation;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.sheets.layout.Align;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetColumn;
import org.luoshi.sheets.layout.SheetRow;

/**
 * One unit's 分工表: the tasks of a plan it leads, is responsible for and cooperates on, grouped by
 * role in the chosen order and by plan order within a role. Columns 序号 | 任务内容 | 本单位角色 |
 * 牵头单位 | 完成时限 | 进展情况 | 备注.
 */
public final class UnitSheets {
    private UnitSheets() {
    }

    /**
     * @throws IllegalArgumentException if the plan gives {@code unit} no task
     */
    public static Sheet of(Plan plan, String unit, SheetOptions options) {
        String name = PlanUnits.find(plan, unit).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("sheets.error.unknownUnit", unit, plan.displayTitle())));
        Map<Task, OutlineRow> units = SheetTexts.unitTexts(plan);
        List<Task> mine = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (PlanUnits.roleOf(t, name).isPresent()) {
                mine.add(t);
            }
        }
        RoleOrder order = options.roleOrder();
        // Stable sort: plan order within each role.
        mine.sort(Comparator.comparingInt(t -> order.rank(PlanUnits.roleOf(t, name).orElseThrow())));

        List<SheetRow> rows = new ArrayList<>();
        Role group = null;
        int n = 0;
        for (Task t : mine) {
            Role role = PlanUnits.roleOf(t, name).orElseThrow();
            if (role != group) {
                group = role;
                Role r = role;
                long count = mine.stream().filter(x -> PlanUnits.roleOf(x, name).orElseThrow() == r).count();
                rows.add(new SheetRow.Group(DocumentTexts.get("sheets.group." + role.name(), count)));
            }
            OutlineRow words = units.get(t);
            rows.add(new SheetRow.Entry(List.of(
                    String.valueOf(++n),
                    t.text(),
                    RoleOrder.roleName(role),
                    words == null ? "" : words.lead(),
                    DeadlineText.of(t.deadlines()),
                    SheetTexts.progress(t),
                    remarks(t, name, role, words))));
        }
        Orientation orientation = options.orientation() != null ? options.orientation() : Orientation.PORTRAIT;
        return new Sheet(SheetTexts.heading(DocumentTexts.get("sheets.unit.title", name), plan, options),
                columns(), rows, orientation);
    }

    /** The plan's number of the task, and whom the unit works with on it. */
    private static String remarks(Task t, String unit, Role role, OutlineRow words) {
        StringBuilder sb = new StringBuilder(DocumentTexts.get("sheets.remark.planNumber", SheetTexts.number(t)));
        if (role == Role.LEAD && words != null && !words.cooperating().isBlank()) {
            sb.append('\n').append(DocumentTexts.get("sheets.remark.cooperating", words.cooperating()));
        } else if (role == Role.RESPONSIBLE) {
            List<String> others = t.unitNames(Role.RESPONSIBLE).stream().filter(u -> !u.equals(unit)).toList();
            boolean etc = t.othersIncluded() && t.unitNames(Role.COOPERATING).isEmpty();
            if (!others.isEmpty()) {
                sb.append('\n').append(DocumentTexts.get("sheets.remark.sharedWith",
                        String.join("、", others) + (etc ? DocumentTexts.get("plan.others") : "")));
            }
        }
        return sb.toString();
    }

    static List<SheetColumn> columns() {
        return List.of(
                SheetColumn.fixed(DocumentTexts.get("sheets.column.number"), 34, Align.CENTER),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.task"), 9.4),
                SheetColumn.fixed(DocumentTexts.get("sheets.column.role"), 56, Align.CENTER), // 本单位角色 on one line
                SheetColumn.weighted(DocumentTexts.get("sheets.column.lead"), 3.6),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.deadline"), 3.6),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.progress"), 3.4),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.remarks"), 3.2));
    }
}
