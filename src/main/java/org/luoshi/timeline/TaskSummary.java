package org.luoshi.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightText;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.Task;

/** The words the chart shows on hover: the task, its units, its time limits as printed, its light and why. */
public final class TaskSummary {
    private TaskSummary() {
    }

    /**
     * The lines for a row; a hovered milestone comes first.
     *
     * @param handle what the pointer is on, or null
     */
    public static List<String> lines(TimelineNode node, DragTarget handle) {
        List<String> lines = new ArrayList<>();
        if (node.task() == null) {
            lines.add(node.number() + node.text());
            lines.add(Messages.get("timeline.tip.tasks", node.taskCount()));
            return lines;
        }
        Task t = node.task();
        if (handle != null && handle.kind() == DragTarget.Kind.MILESTONE) {
            t.milestones().stream().filter(m -> m.id() == handle.milestoneId()).findFirst()
                    .ifPresent(m -> lines.add(milestone(m)));
        }
        lines.add(t.label() + "　" + t.text());
        OutlineRow row = PlanOutline.taskRow(t, Messages.get("plan.others"));
        add(lines, "column.lead", row.lead());
        add(lines, "column.responsible", row.responsible());
        add(lines, "column.cooperating", row.cooperating());
        String phrases = t.deadlines().stream().map(Deadline::raw).collect(Collectors.joining("；"));
        lines.add(Messages.get("column.deadline") + "：" + (phrases.isEmpty() ? Messages.get("timeline.tip.noDeadline") : phrases));
        for (Milestone m : t.milestones()) {
            if (handle == null || handle.milestoneId() != m.id()) {
                lines.add(milestone(m));
            }
        }
        for (ChartItem item : node.items()) {
            if (item instanceof ChartItem.Mark mark && mark.kind() == ChartItem.MarkKind.ORIGINAL) {
                lines.add(Messages.get("timeline.tip.moved", Dates.format(mark.date()),
                        Dates.format(java.time.LocalDate.parse(mark.phrase()))));
            }
        }
        if (node.light() != null) {
            lines.add(LightText.name(node.light().color()) + "：" + LightText.explain(node.light()));
        }
        return lines;
    }

    private static String milestone(Milestone m) {
        return Messages.get("timeline.tip.milestone", Dates.format(m.date()), m.label());
    }

    private static void add(List<String> lines, String key, String units) {
        if (!units.isEmpty()) {
            lines.add(Messages.get(key) + "：" + units);
        }
    }
}
