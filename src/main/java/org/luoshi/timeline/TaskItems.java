package org.luoshi.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;
import org.luoshi.plan.UsableDates;
import org.luoshi.timeline.ChartItem.Bar;
import org.luoshi.timeline.ChartItem.Mark;
import org.luoshi.timeline.ChartItem.MarkKind;
import org.luoshi.timeline.ChartItem.MilestoneItem;

/**
 * What a task's row shows, by the kinds of its time limits. The task's start is its own (the
 * earliest PERIOD start or FROM date) or else the plan's issue date; its due date is the latest BY
 * date or PERIOD end, else its last milestone (the same reading as the status lights).
 * <ul>
 * <li>A due date: a solid bar from the start to it; earlier BY dates are marks on the bar.</li>
 * <li>Only FROM: a bar from its date that fades out towards the horizon.</li>
 * <li>ONGOING, or no dated limit at all: a hatched bar from the start to the horizon.</li>
 * <li>WITHIN: a mark at the start with its phrase; RECURRING: a mark on each turn.</li>
 * <li>Milestones: diamonds on their dates.</li>
 * </ul>
 */
public final class TaskItems {
    /** A bar that only fades out still shows this many days when the horizon is nearer. */
    static final int MIN_FADE_DAYS = 90;

    private TaskItems() {
    }

    /**
     * @param planStart the plan's issue date (or the stand-in the model chose), never null
     * @param horizon   where open-ended bars stop
     */
    public static List<ChartItem> of(Task whole, LocalDate planStart, LocalDate horizon) {
        return of(whole, planStart, horizon, null);
    }

    /**
     * As above; where an approved extension moved the task's last deadline ({@code moved}, null: none), the
     * bar runs to the adjusted date (its end not draggable: the date is the request's, not the plan's), a
     * milestone on the original day moves with it, and a ghost {@link MarkKind#ORIGINAL} stands at the
     * original date. A move that does not start at the bar's end (the task changed since) draws nothing.
     */
    public static List<ChartItem> of(Task whole, LocalDate planStart, LocalDate horizon, DeadlineMove moved) {
        List<ChartItem> items = plain(whole, planStart, horizon);
        if (moved == null || !(items.get(0) instanceof Bar bar) || bar.style() != BarStyle.SOLID
                || !bar.end().equals(moved.original())) {
            return items;
        }
        LocalDate adjusted = moved.adjusted();
        List<ChartItem> out = new ArrayList<>(items.size() + 1);
        boolean saidByMilestone = false;
        List<ChartItem> rest = new ArrayList<>();
        for (ChartItem item : items.subList(1, items.size())) {
            if (item instanceof MilestoneItem mi && mi.milestone().date().equals(moved.original())) {
                rest.add(new MilestoneItem(new Milestone(mi.milestone().id(), adjusted, mi.milestone().label()), null));
                saidByMilestone = true;
            } else if (item instanceof MilestoneItem mi && mi.milestone().date().equals(adjusted)) {
                rest.add(item);
                saidByMilestone = true;
            } else {
                rest.add(item);
            }
        }
        boolean startsLater = bar.start().isAfter(adjusted);
        out.add(new Bar(startsLater ? adjusted : bar.start(), adjusted, BarStyle.SOLID,
                startsLater ? null : bar.startHandle(), null, !saidByMilestone));
        out.add(new Mark(moved.original(), MarkKind.ORIGINAL, adjusted.toString(), null));
        out.addAll(rest);
        return List.copyOf(out);
    }

    private static List<ChartItem> plain(Task whole, LocalDate planStart, LocalDate horizon) {
        // A stored date no view can show draws nothing (a date of year -999999999 would make the chart endless).
        Task task = UsableDates.of(whole);
        List<Deadline> deadlines = task.deadlines();
        LocalDate ownStart = null;
        DragTarget startHandle = null;
        LocalDate due = null;
        DragTarget dueHandle = null;
        LocalDate from = null;
        DragTarget fromHandle = null;
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline d = deadlines.get(i);
            switch (d.kind()) {
                case BY -> {
                    if (d.date() != null && (due == null || d.date().isAfter(due))) {
                        due = d.date();
                        dueHandle = DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, i);
                    }
                }
                case PERIOD -> {
                    if (d.start() != null && (ownStart == null || d.start().isBefore(ownStart))) {
                        ownStart = d.start();
                        startHandle = DragTarget.deadline(DragTarget.Kind.PERIOD_START, i);
                    }
                    if (d.end() != null && (due == null || d.end().isAfter(due))) {
                        due = d.end();
                        dueHandle = DragTarget.deadline(DragTarget.Kind.PERIOD_END, i);
                    }
                }
                case FROM -> {
                    if (d.date() != null && (ownStart == null || d.date().isBefore(ownStart))) {
                        ownStart = d.date();
                        startHandle = DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, i);
                    }
                    if (d.date() != null && (from == null || d.date().isBefore(from))) {
                        from = d.date();
                        fromHandle = DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, i);
                    }
                }
                default -> {
                    // WITHIN, RECURRING and ONGOING set no dates of the bar.
                }
            }
        }
        List<Milestone> milestones = task.milestones().stream()
                .sorted(Comparator.comparing(Milestone::date)).toList();
        LocalDate start = ownStart != null ? ownStart : planStart;

        List<ChartItem> items = new ArrayList<>();
        Bar bar;
        if (due != null) {
            LocalDate dueDay = due;
            boolean saidByMilestone = milestones.stream().anyMatch(m -> m.date().equals(dueDay));
            bar = new Bar(start.isAfter(due) ? due : start, due, BarStyle.SOLID, start.isAfter(due) ? null : startHandle,
                    dueHandle, !saidByMilestone);
        } else if (!milestones.isEmpty()) {
            LocalDate last = milestones.get(milestones.size() - 1).date();
            bar = new Bar(start.isAfter(last) ? last : start, last, BarStyle.SOLID,
                    start.isAfter(last) ? null : startHandle, null, false);
        } else if (from != null) {
            LocalDate end = horizon.isAfter(from.plusDays(MIN_FADE_DAYS)) ? horizon : from.plusDays(MIN_FADE_DAYS);
            bar = new Bar(from, end, BarStyle.FADING, fromHandle, null, false);
        } else {
            bar = new Bar(start, horizon.isBefore(start) ? start : horizon, BarStyle.HATCHED, startHandle, null, false);
        }
        items.add(bar);

        for (int i = 0; i < deadlines.size(); i++) {
            Deadline d = deadlines.get(i);
            DragTarget handle = switch (d.kind()) {
                case BY -> DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, i);
                case PERIOD -> DragTarget.deadline(DragTarget.Kind.PERIOD_END, i);
                default -> null;
            };
            LocalDate day = d.dueDate();
            if (day != null && !handle.equals(bar.endHandle()) && !handle.equals(dueHandle)
                    && milestones.stream().noneMatch(m -> m.date().equals(day))) {
                items.add(new Mark(day, MarkKind.DUE, d.raw(), handle));
            }
            if (d.kind() == org.luoshi.plan.DeadlineKind.RECURRING) {
                LocalDate until = bar.end().isAfter(horizon) ? bar.end() : horizon;
                for (LocalDate turn : Recurrences.between(d, bar.start(), until)) {
                    items.add(new Mark(turn, MarkKind.RECURRING, d.raw(), null));
                }
            }
            if (d.kind() == org.luoshi.plan.DeadlineKind.WITHIN) {
                items.add(new Mark(bar.start(), MarkKind.WITHIN, d.raw(), null));
            }
        }
        for (Milestone m : milestones) {
            items.add(new MilestoneItem(m, DragTarget.milestone(m.id())));
        }
        return List.copyOf(items);
    }
}
