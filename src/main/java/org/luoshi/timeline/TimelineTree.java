package org.luoshi.timeline;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.StatusLight;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.TaskSchedule;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.UsableDates;

/**
 * A plan made ready for the chart, once per plan, grouping and day: every task's light and items,
 * headings with the span of their tasks, and the dates the chart must cover. Linear in the number
 * of tasks; what is on show is then {@link #rows(Set)}.
 */
public final class TimelineTree {
    private final List<TimelineNode> roots;
    private final LocalDate planStart;
    private final LocalDate horizon;
    private final LocalDate today;
    private final long firstDay;
    private final long lastDay;
    private final int taskCount;

    private TimelineTree(List<TimelineNode> roots, LocalDate planStart, LocalDate horizon, LocalDate today,
            long firstDay, long lastDay, int taskCount) {
        this.roots = List.copyOf(roots);
        this.planStart = planStart;
        this.horizon = horizon;
        this.today = today;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.taskCount = taskCount;
    }

    /** An empty chart (no plan). */
    public static TimelineTree empty(LocalDate today) {
        return new TimelineTree(List.of(), today, LocalDate.of(today.getYear(), 12, 31), today,
                today.withDayOfYear(1).toEpochDay(), LocalDate.of(today.getYear(), 12, 31).toEpochDay(), 0);
    }

    /**
     * @param horizon where open-ended bars stop; null for the end of the plan's issue year
     * @param lights  the lights and the day they are computed for
     */
    public static TimelineTree build(Plan plan, Grouping grouping, LocalDate horizon, StatusLights lights) {
        LocalDate today = lights.today();
        if (plan == null) {
            return empty(today);
        }
        LocalDate issued = UsableDates.of(plan.issuedOn());
        LocalDate planStart = issued != null ? issued : earliestDate(plan, today);
        LocalDate end = horizon != null ? horizon : LocalDate.of(planStart.getYear(), 12, 31);
        return of(PlanOutline.of(plan, Messages.get("plan.others")), t -> new TaskContext(planStart, end,
                lights.of(t, TaskSchedule.of(t, plan.issuedOn(), today), today)), grouping, today);
    }

    /**
     * The chart of rows as a task list shows them (a plan's outline, or tasks of several plans under
     * group headings), each task placed by its {@code context}.
     */
    public static TimelineTree of(List<OutlineRow> outline, Function<Task, TaskContext> context, Grouping grouping,
            LocalDate today) {
        Map<Long, TimelineNode> taskNodes = new HashMap<>();
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        LocalDate[] bounds = {null, null};
        List<Task> tasks = new ArrayList<>();
        collect(outline, tasks);
        for (Task t : tasks) {
            if (taskNodes.containsKey(t.id())) {
                continue;
            }
            TaskContext c = context.apply(t);
            taskNodes.put(t.id(), taskNode(t, c.light(), TaskItems.of(t, c.planStart(), c.horizon(), c.moved()), 0, 0));
            bounds[0] = bounds[0] == null || c.planStart().isBefore(bounds[0]) ? c.planStart() : bounds[0];
            bounds[1] = bounds[1] == null || c.horizon().isAfter(bounds[1]) ? c.horizon() : bounds[1];
        }
        if (taskNodes.isEmpty()) {
            return empty(today);
        }
        List<TimelineNode> roots = new ArrayList<>();
        if (grouping == Grouping.LEAD_UNIT) {
            roots.addAll(lanes(tasks, taskNodes));
        } else {
            for (OutlineRow row : outline) {
                roots.add(fromOutline(row, "", 0, taskNodes));
            }
        }
        span[0] = Math.min(bounds[0].toEpochDay(), bounds[1].toEpochDay());
        span[1] = bounds[1].toEpochDay();
        for (TimelineNode root : roots) {
            for (ChartItem item : root.items()) {
                span[0] = Math.min(span[0], item.firstDay());
                span[1] = Math.max(span[1], item.lastDay());
            }
        }
        return new TimelineTree(roots, bounds[0], bounds[1], today, span[0], span[1], taskNodes.size());
    }

    private static void collect(List<OutlineRow> rows, List<Task> into) {
        for (OutlineRow row : rows) {
            if (row.task() != null) {
                into.add(row.task());
            }
            collect(row.children(), into);
        }
    }

    private static TimelineNode taskNode(Task t, StatusLight light, List<ChartItem> items, int depth, int band) {
        String key = "T:" + (t.id() != 0 ? t.id() : "#" + t.seq());
        return new TimelineNode(RowKind.TASK, depth, key, t.label(), t.text(), t, light, items, List.of(), band, 1);
    }

    private static TimelineNode fromOutline(OutlineRow row, String parentKey, int depth,
            Map<Long, TimelineNode> taskNodes) {
        if (row.kind() == OutlineRow.Kind.TASK) {
            TimelineNode n = taskNodes.get(row.task().id());
            return depth == n.depth() ? n : withDepth(n, depth, 0);
        }
        RowKind kind = switch (row.kind()) {
            case PART -> RowKind.PART;
            case SECTION -> RowKind.SECTION;
            default -> RowKind.GROUP;
        };
        String key = parentKey + kind.name().charAt(0) + ":" + row.number() + row.text() + "/";
        List<TimelineNode> children = new ArrayList<>(row.children().size());
        for (OutlineRow child : row.children()) {
            children.add(fromOutline(child, key, depth + 1, taskNodes));
        }
        return heading(kind, depth, key, row.number(), row.text(), children, 0);
    }

    private static List<TimelineNode> lanes(List<Task> tasks, Map<Long, TimelineNode> taskNodes) {
        Map<String, List<Task>> byUnit = new LinkedHashMap<>();
        String none = Messages.get("timeline.lane.none");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Task t : tasks) {
            if (!seen.add(t.id())) {
                continue;
            }
            List<String> units = t.unitNames(Role.LEAD);
            if (units.isEmpty()) {
                units = t.unitNames(Role.RESPONSIBLE);
            }
            if (units.isEmpty()) {
                units = List.of(none);
            }
            for (String u : units) {
                byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(t);
            }
        }
        Collator collator = Collator.getInstance(Locale.CHINA);
        List<String> names = new ArrayList<>(byUnit.keySet());
        names.sort((a, b) -> a.equals(none) ? 1 : b.equals(none) ? -1 : collator.compare(a, b));
        List<TimelineNode> lanes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String unit = names.get(i);
            List<TimelineNode> laneTasks = new ArrayList<>();
            for (Task t : byUnit.get(unit)) {
                laneTasks.add(withDepth(taskNodes.get(t.id()), 1, i % 2));
            }
            lanes.add(heading(RowKind.LANE, 0, "L:" + unit + "/", "", unit, laneTasks, i % 2));
        }
        return lanes;
    }

    private static TimelineNode withDepth(TimelineNode n, int depth, int band) {
        return new TimelineNode(n.kind(), depth, n.key(), n.number(), n.text(), n.task(), n.light(), n.items(),
                n.children(), band, n.taskCount());
    }

    /** A heading with a summary bar over the days its tasks cover. */
    private static TimelineNode heading(RowKind kind, int depth, String key, String number, String text,
            List<TimelineNode> children, int band) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int tasks = 0;
        for (TimelineNode c : children) {
            tasks += c.taskCount();
            for (ChartItem item : c.items()) {
                first = Math.min(first, item.firstDay());
                last = Math.max(last, item.lastDay());
            }
        }
        List<ChartItem> items = first > last ? List.of()
                : List.of(new ChartItem.Bar(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last), BarStyle.SUMMARY,
                        null, null, false));
        return new TimelineNode(kind, depth, key, number, text, null, null, items, children, band, tasks);
    }

    /** The earliest date any task names, for a plan without an issue date; else {@code fallback}. */
    private static LocalDate earliestDate(Plan plan, LocalDate fallback) {
        LocalDate earliest = null;
        for (Task whole : plan.tasks()) {
            Task t = UsableDates.of(whole);
            for (Deadline d : t.deadlines()) {
                for (LocalDate day : new LocalDate[] {d.date(), d.start(), d.end()}) {
                    if (day != null && (earliest == null || day.isBefore(earliest))) {
                        earliest = day;
                    }
                }
            }
            for (Milestone m : t.milestones()) {
                if (earliest == null || m.date().isBefore(earliest)) {
                    earliest = m.date();
                }
            }
        }
        return earliest != null ? earliest : fallback;
    }

    /** The rows on show with the headings whose keys are in {@code collapsed} closed. */
    public TimelineRows rows(Set<String> collapsed) {
        return TimelineRows.of(roots, collapsed);
    }

    public List<TimelineNode> roots() {
        return roots;
    }

    /** The plan's issue date, or the stand-in used where it has none. */
    public LocalDate planStart() {
        return planStart;
    }

    /** Where ongoing and undated bars stop. */
    public LocalDate horizon() {
        return horizon;
    }

    /** The day the lights were computed for. */
    public LocalDate today() {
        return today;
    }

    /** The first day anything of the plan covers (or its start). */
    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(firstDay);
    }

    /** The last day anything of the plan covers (or the horizon). */
    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(lastDay);
    }

    public int taskCount() {
        return taskCount;
    }
}
