package org.luoshi.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;

/**
 * The dates of a plan that Luoshi can reckon with: those from {@link Dates#FIRST} to
 * {@link Dates#LAST}. Plan files and imported documents bring no others, but a workspace may hold
 * one all the same (written by an older version, by hand, or damaged). Such a date must not stop
 * the app: everything that computes with dates — the lights and date filters, the reminders and
 * {@code due}, the .ics export, the timeline — reads a task through {@link #of(Task)} and so leaves
 * the date out, while the views show it as an invalid date ({@link Dates#format}) and the command
 * line names it ({@link #in(Plan)}) so that it can be corrected.
 */
public final class UsableDates {
    /**
     * A stored date no view can use.
     *
     * @param task  the task's number as printed (or its position), null for the plan's own issue date
     * @param what  the deadline's phrase, the milestone's label or the progress entry's text
     * @param date  the date as stored
     */
    public record Unusable(String task, String what, LocalDate date) {
        /** Where it is and what it says, for a note or a warning: 第 4 项任务“2023年3月底前”：-999999999-01-01. */
        public String describe() {
            return task == null ? Messages.get("date.unusable.issued", String.valueOf(date))
                    : Messages.get("date.unusable.task", printable(task), printable(what), String.valueOf(date));
        }
    }

    private static final int SHOWN_CHARS = 30;

    private UsableDates() {
    }

    /** {@code date} if it can be reckoned with, else null. */
    public static LocalDate of(LocalDate date) {
        return Dates.usable(date);
    }

    /**
     * {@code task} as the reckoning sees it: each deadline date outside the range unknown (the
     * phrase stays), each milestone outside it left out. The task itself when all its dates are usable.
     */
    public static Task of(Task task) {
        if (allUsable(task)) {
            return task;
        }
        List<Deadline> deadlines = new ArrayList<>(task.deadlines().size());
        for (Deadline d : task.deadlines()) {
            deadlines.add(usable(d) ? d : new Deadline(d.kind(), d.raw(), Dates.usable(d.date()),
                    Dates.usable(d.start()), Dates.usable(d.end()), d.amount(), d.spanUnit(), d.recurrence(), d.month(),
                    d.day()));
        }
        List<Milestone> milestones = task.milestones().stream().filter(m -> Dates.canShow(m.date())).toList();
        return task.withDeadlines(deadlines).withMilestones(milestones);
    }

    /** Every date of {@code plan} that cannot be used, in plan order; empty for a sound plan. */
    public static List<Unusable> in(Plan plan) {
        List<Unusable> found = new ArrayList<>();
        if (plan.issuedOn() != null && !Dates.canShow(plan.issuedOn())) {
            found.add(new Unusable(null, "", plan.issuedOn()));
        }
        for (Task t : plan.tasks()) {
            String task = t.number() != null ? t.number() : String.valueOf(t.seq());
            for (Deadline d : t.deadlines()) {
                for (LocalDate day : new LocalDate[] {d.date(), d.start(), d.end()}) {
                    if (day != null && !Dates.canShow(day)) {
                        found.add(new Unusable(task, d.raw(), day));
                    }
                }
            }
            for (Milestone m : t.milestones()) {
                if (!Dates.canShow(m.date())) {
                    found.add(new Unusable(task, m.label(), m.date()));
                }
            }
            for (ProgressEntry e : t.progress()) {
                if (!Dates.canShow(e.date())) {
                    found.add(new Unusable(task, e.text(), e.date()));
                }
            }
        }
        return found;
    }

    /** Short, and without control characters, for a line on a terminal or in the status bar. */
    private static String printable(String text) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), n++) {
            if (n == SHOWN_CHARS) {
                return b.append('…').toString();
            }
            int cp = text.codePointAt(i);
            b.appendCodePoint(Character.isISOControl(cp) ? '\uFFFD' : cp);
        }
        return b.toString();
    }

    private static boolean allUsable(Task task) {
        for (Deadline d : task.deadlines()) {
            if (!usable(d)) {
                return false;
            }
        }
        for (Milestone m : task.milestones()) {
            if (!Dates.canShow(m.date())) {
                return false;
            }
        }
        return true;
    }

    private static boolean usable(Deadline d) {
        return (d.date() == null || Dates.canShow(d.date())) && (d.start() == null || Dates.canShow(d.start()))
                && (d.end() == null || Dates.canShow(d.end()));
    }
}
