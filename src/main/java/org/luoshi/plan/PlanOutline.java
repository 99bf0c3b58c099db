package org.luoshi.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds the part → section → task outline of a plan, as the main window's tree shows it. */
public final class PlanOutline {
    private PlanOutline() {
    }

    /**
     * The top-level rows: parts with their sections and tasks, in document order. Tasks outside any
     * part (plans without parts) are top-level rows themselves.
     *
     * @param others the words appended to a unit list that ended with 等 (e.g. "等")
     */
    public static List<OutlineRow> of(Plan plan, String others) {
        Map<String, List<Task>> bySection = new LinkedHashMap<>();
        List<Task> loose = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (t.section() != null) {
                bySection.computeIfAbsent(key(t.part(), t.section()), k -> new ArrayList<>()).add(t);
            } else {
                loose.add(t);
            }
        }
        List<OutlineRow> top = new ArrayList<>();
        for (Part part : plan.parts()) {
            List<OutlineRow> children = new ArrayList<>();
            for (Section s : plan.sections()) {
                if (Objects.equals(s.part(), part.number())) {
                    children.add(sectionRow(s, bySection.getOrDefault(key(s.part(), s.number()), List.of()), others));
                }
            }
            for (Task t : loose) {
                if (Objects.equals(t.part(), part.number())) {
                    children.add(taskRow(t, others));
                }
            }
            top.add(new OutlineRow(OutlineRow.Kind.PART, part.number() + "、", part.title(), "", "", "", "", null,
                    children));
        }
        for (Section s : plan.sections()) {
            if (s.part() == null) {
                top.add(sectionRow(s, bySection.getOrDefault(key(null, s.number()), List.of()), others));
            }
        }
        for (Task t : loose) {
            if (t.part() == null || plan.parts().stream().noneMatch(p -> p.number().equals(t.part()))) {
                top.add(taskRow(t, others));
            }
        }
        return top;
    }

    /**
     * The outline of the tasks {@code keep} accepts, headings left without any such task dropped
     * (what a filtered view shows).
     */
    public static List<OutlineRow> of(Plan plan, String others, java.util.function.Predicate<Task> keep) {
        List<OutlineRow> all = of(plan.withTasks(plan.tasks().stream().filter(keep).toList()), others);
        return pruned(all);
    }

    private static List<OutlineRow> pruned(List<OutlineRow> rows) {
        List<OutlineRow> kept = new ArrayList<>();
        for (OutlineRow r : rows) {
            if (r.kind() == OutlineRow.Kind.TASK) {
                kept.add(r);
            } else if (r.taskCount() > 0) {
                kept.add(new OutlineRow(r.kind(), r.number(), r.text(), r.lead(), r.responsible(), r.cooperating(),
                        r.deadline(), r.task(), pruned(r.children())));
            }
        }
        return kept;
    }

    private static OutlineRow sectionRow(Section s, List<Task> tasks, String others) {
        List<OutlineRow> rows = tasks.stream().map(t -> taskRow(t, others)).toList();
        return new OutlineRow(OutlineRow.Kind.SECTION, "（" + s.number() + "）", s.title(), "", "", "", "", null, rows);
    }

    /** One task as a row, its units and deadlines put into words. */
    public static OutlineRow taskRow(Task t, String others) {
        String lead = units(t, Role.LEAD, "");
        String responsible = units(t, Role.RESPONSIBLE, "");
        String cooperating = units(t, Role.COOPERATING, "");
        // 等 belongs to the list the clause ended with: the last non-empty one.
        if (t.othersIncluded()) {
            if (!cooperating.isEmpty()) {
                cooperating += others;
            } else if (!responsible.isEmpty()) {
                responsible += others;
            } else if (!lead.isEmpty()) {
                lead += others;
            }
        }
        String deadline = t.deadlines().stream().map(Deadline::raw).collect(Collectors.joining("；"));
        return new OutlineRow(OutlineRow.Kind.TASK, t.number() == null ? String.valueOf(t.seq()) : t.number(),
                t.text(), lead, responsible, cooperating, deadline, t, List.of());
    }

    private static String units(Task t, Role role, String none) {
        List<String> names = t.unitNames(role);
        return names.isEmpty() ? none : String.join("、", names);
    }

    private static String key(String part, String section) {
        return part + "/" + section;
    }
}
