package org.luoshi.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * What changed between two readings of one task, field by field, as the history keeps it: Chinese
 * field names and values whatever the interface language (the record is the office's paper trail).
 * A task that was not there before was added (任务: → its text); one not there after was deleted.
 * Milestones and progress entries are matched by id: each one added, changed or removed is one change.
 */
public final class TaskDiff {
    public static final String TASK = "任务";
    public static final String TEXT = "任务内容";
    public static final String UNITS = "责任单位";
    public static final String DEADLINES = "完成时限";
    public static final String MILESTONE = "时间节点";
    public static final String PROGRESS = "进展情况";
    public static final String STATUS = "状态";
    public static final String CONTACT = "责任人及电话";
    public static final String NOTES = "备注";

    /** One field's change. */
    public record FieldChange(String field, String before, String after) {
    }

    private TaskDiff() {
    }

    /** The changes from {@code before} to {@code after}; either may be null (added, deleted). */
    public static List<FieldChange> between(Task before, Task after) {
        List<FieldChange> out = new ArrayList<>();
        if (before == null && after == null) {
            return out;
        }
        if (before == null) {
            out.add(new FieldChange(TASK, "", after.text()));
            return out;
        }
        if (after == null) {
            out.add(new FieldChange(TASK, before.text(), ""));
            return out;
        }
        add(out, TEXT, before.text(), after.text());
        add(out, UNITS, units(before), units(after));
        add(out, DEADLINES, deadlines(before.deadlines()), deadlines(after.deadlines()));
        items(out, MILESTONE, before.milestones(), after.milestones(), Milestone::id, TaskDiff::milestone);
        items(out, PROGRESS, before.progress(), after.progress(), ProgressEntry::id, TaskDiff::progress);
        add(out, STATUS, status(before.status()), status(after.status()));
        add(out, CONTACT, contact(before), contact(after));
        add(out, NOTES, before.notes(), after.notes());
        return out;
    }

    private static void add(List<FieldChange> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(field, before, after));
        }
    }

    private static <T> void items(List<FieldChange> out, String field, List<T> before, List<T> after,
            java.util.function.ToLongFunction<T> id, java.util.function.Function<T, String> text) {
        Map<Long, T> old = new HashMap<>();
        before.forEach(i -> old.put(id.applyAsLong(i), i));
        for (T now : after) {
            T was = old.remove(id.applyAsLong(now));
            add(out, field, was == null ? "" : text.apply(was), text.apply(now));
        }
        for (T gone : before) {
            if (old.containsKey(id.applyAsLong(gone))) {
                out.add(new FieldChange(field, text.apply(gone), ""));
            }
        }
    }

    /** 牵头：甲、乙；负责：丙；配合：丁 (等 when the clause said so). */
    public static String units(Task task) {
        List<String> parts = new ArrayList<>();
        for (Role role : Role.values()) {
            String names = task.assignments().stream().filter(a -> a.role() == role)
                    .map(Assignment::unit).map(u -> u.name()).collect(Collectors.joining("、"));
            if (!names.isEmpty()) {
                parts.add(role(role) + "：" + names);
            }
        }
        return String.join("；", parts) + (task.othersIncluded() && !parts.isEmpty() ? "等" : "");
    }

    public static String role(Role role) {
        return switch (role) {
            case LEAD -> "牵头";
            case RESPONSIBLE -> "负责";
            case COOPERATING -> "配合";
        };
    }

    public static String status(TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> "未开始";
            case IN_PROGRESS -> "进行中";
            case DONE -> "已完成";
            case CLOSED -> "已销号";
            case ON_HOLD -> "暂缓";
        };
    }

    static String deadlines(List<Deadline> deadlines) {
        return deadlines.stream().map(d -> d.raw().isBlank() && d.date() != null ? d.date().toString() : d.raw())
                .collect(Collectors.joining("；"));
    }

    static String milestone(Milestone m) {
        return m.date() + (m.label().isEmpty() ? "" : " " + m.label());
    }

    static String progress(ProgressEntry p) {
        return p.date() + " " + p.percent() + "%" + (p.text().isEmpty() ? "" : " " + p.text())
                + (p.unit() == null ? "" : "（" + p.unit() + "报送）");
    }

    static String contact(Task t) {
        if (t.contact().isEmpty() && t.phone().isEmpty()) {
            return "";
        }
        return t.contact() + (t.phone().isEmpty() ? "" : " " + t.phone());
    }
}
