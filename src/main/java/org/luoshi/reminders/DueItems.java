package org.luoshi.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.plan.UsableDates;

/**
 * The due items of a plan: every milestone, every BY deadline (unless a milestone of the same task
 * falls on its date: the importer makes milestones of a task's dated stages, and one reminder per
 * date is enough), the end of every PERIOD, and the occurrences of RECURRING dates in a window.
 * FROM, WITHIN and ONGOING limits set no due day. Tasks done or closed have nothing due.
 */
public final class DueItems {
    private DueItems() {
    }

    /**
     * The days for which occurrences of recurring dates are listed: those in {@code [from, to]}
     * and, with {@code previousToo}, the last one before {@code from}, which may still be overdue.
     * Never before the plan was issued.
     */
    public record Window(LocalDate from, LocalDate to, boolean previousToo) {
    }

    public static List<DueItem> of(Plan plan, Window window) {
        Map<String, DueItem> items = new LinkedHashMap<>();
        String planLabel = plan.docNumber() != null && !plan.docNumber().isBlank() ? plan.docNumber()
                : plan.displayTitle();
        for (Task whole : plan.tasks()) {
            // A stored date no view can show sets nothing due (the views flag it instead).
            Task task = UsableDates.of(whole);
            if (task.status() == TaskStatus.DONE || task.status() == TaskStatus.CLOSED) {
                continue;
            }
            ItemFactory make = new ItemFactory(plan.id(), planLabel, task);
            Set<LocalDate> milestoneDates = new HashSet<>();
            for (Milestone m : task.milestones()) {
                milestoneDates.add(m.date());
                String limit = task.deadlines().stream().filter(d -> m.date().equals(d.dueDate())).map(Deadline::raw)
                        .findFirst().orElse("");
                DueItem item = make.item("m" + m.id() + ":" + m.date(), DueKind.MILESTONE, m.date(), m.label(), limit,
                        m.id());
                items.putIfAbsent(item.key(), item);
            }
            for (Deadline d : task.deadlines()) {
                for (DueItem item : fromDeadline(make, d, milestoneDates, recurring(d, plan, window))) {
                    items.putIfAbsent(item.key(), item);
                }
            }
        }
        return new ArrayList<>(items.values());
    }

    private static List<LocalDate> recurring(Deadline d, Plan plan, Window window) {
        if (d.kind() != DeadlineKind.RECURRING) {
            return List.of();
        }
        LocalDate issued = UsableDates.of(plan.issuedOn());
        LocalDate from = issued != null && issued.isAfter(window.from()) ? issued : window.from();
        List<LocalDate> dates = new ArrayList<>();
        if (window.previousToo()) {
            RecurringDates.previous(d, from).filter(p -> issued == null || !p.isBefore(issued)).ifPresent(dates::add);
        }
        dates.addAll(RecurringDates.between(d, from, window.to()));
        return dates;
    }

    private static List<DueItem> fromDeadline(ItemFactory make, Deadline d, Set<LocalDate> milestoneDates,
            List<LocalDate> occurrences) {
        long t = make.task.id();
        return switch (d.kind()) {
            case BY -> d.date() == null || milestoneDates.contains(d.date()) ? List.of()
                    : List.of(make.item("t" + t + ":by:" + d.date(), DueKind.DEADLINE, d.date(), "", d.raw(), null));
            case PERIOD -> d.end() == null ? List.of()
                    : List.of(make.item("t" + t + ":end:" + d.end(), DueKind.PERIOD_END, d.end(), "", d.raw(), null));
            case RECURRING -> occurrences.stream()
                    .map(date -> make.item("t" + t + ":every:" + date, DueKind.RECURRING, date, "", d.raw(), null))
                    .toList();
            default -> List.of();
        };
    }

    private static final class ItemFactory {
        final long planId;
        final String planLabel;
        final Task task;
        final List<String> owners = new ArrayList<>();

        ItemFactory(long planId, String planLabel, Task task) {
            this.planId = planId;
            this.planLabel = planLabel;
            this.task = task;
            owners.addAll(task.unitNames(Role.LEAD));
            owners.addAll(task.unitNames(Role.RESPONSIBLE));
        }

        DueItem item(String key, DueKind kind, LocalDate date, String label, String limit, Long milestoneId) {
            String number = task.number() != null ? task.number() : String.valueOf(task.seq());
            return new DueItem(key, kind, date, planId, planLabel, task.id(), number, task.text(), label, limit,
                    milestoneId, owners, task.unitNames(Role.COOPERATING));
        }
    }
}
