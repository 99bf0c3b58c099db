package org.luoshi.reminders.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Dates;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.reminders.ReminderSchedule;
import org.luoshi.reminders.ReminderStates;
import org.luoshi.session.UseCase;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.storage.Workspace;

/**
 * Reads what reminders need from a workspace in one go: the due items of every plan, the rules,
 * the user's answers, the calendar with the user's changes and the last run. The command line and
 * the window both start here ({@link #read}, {@link #sinceLastRun}); everything after it is pure.
 */
public final class WorkspaceReminders {
    /** How far ahead recurring dates are listed: past the longest reminder lead (30 working days). */
    public static final int LOOK_AHEAD_DAYS = 60;

    /** Everything reminders are computed from, at one moment. */
    public record Snapshot(List<DueItem> items, ReminderRuleBook rules, ReminderStates states,
            WorkingDayCalendar calendar, Optional<Instant> lastRun, ReminderSchedule schedule) {
    }

    private WorkspaceReminders() {
    }

    /** The calendar the workspace uses: the shipped data with the user's loaded years and edits. */
    public static WorkingDayCalendar calendar(Workspace ws, WorkingDayCalendar shipped) {
        return shipped.with(ws.calendar().adjustments());
    }

    /**
     * Loads every plan's due items, recurring dates in {@code window}.
     */
    public static Snapshot load(Workspace ws, WorkingDayCalendar shipped, DueItems.Window window) {
        List<Plan> plans = new ArrayList<>();
        for (PlanSummary summary : ws.plans().list()) {
            ws.plans().load(summary.id()).ifPresent(plans::add);
        }
        return load(ws, shipped, plans, window);
    }

    /**
     * The same from {@code plans}, every plan of the workspace as the caller holds them already (the
     * window, once its index is built): only the rules, answers and calendar are read.
     */
    public static Snapshot load(Workspace ws, WorkingDayCalendar shipped, List<Plan> plans, DueItems.Window window) {
        List<DueItem> items = new ArrayList<>();
        EffectiveDeadlines deadlines = deadlines(ws);
        for (Plan plan : plans) {
            items.addAll(DueItems.of(counting(plan, deadlines), window));
            items.addAll(RoundDueItems.of(ws, plan));
        }
        return snapshot(ws, shipped, items);
    }

    /** Loads one plan's due items (for export), recurring dates in {@code window}. */
    public static Snapshot load(Workspace ws, WorkingDayCalendar shipped, Plan plan, DueItems.Window window) {
        List<DueItem> items = new ArrayList<>(DueItems.of(counting(plan, deadlines(ws)), window));
        items.addAll(RoundDueItems.of(ws, plan));
        return snapshot(ws, shipped, items);
    }

    /**
     * The use case: every plan's reminders, recurring dates in {@code window}; the plans are taken
     * from {@code held} when the caller holds them all (see {@link #load(Workspace, WorkingDayCalendar,
     * List, DueItems.Window)}), read when it is null.
     */
    public static UseCase<Snapshot> read(WorkingDayCalendar shipped, List<Plan> held, DueItems.Window window) {
        return session -> held != null ? load(session.workspace(), shipped, held, window)
                : load(session.workspace(), shipped, window);
    }

    /**
     * The running app's first read: from the day of the last run (today if there was none) to
     * {@code today}, so that what came due while the app was closed can be told.
     */
    public static UseCase<Snapshot> sinceLastRun(WorkingDayCalendar shipped, List<Plan> held, LocalDate today,
            ZoneId zone) {
        return session -> {
            LocalDate since = session.workspace().reminders().lastRun().map(t -> day(t, zone)).orElse(today);
            return read(shipped, held, aroundToday(today, since, 0)).run(session);
        };
    }

    /** The day of {@code time}, or null for a time no view can show (a damaged or hand-written value). */
    private static LocalDate day(Instant time, ZoneId zone) {
        try {
            return Dates.usable(time.atZone(zone).toLocalDate());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The window the running app and {@code due} use: from the earlier of two days, with the previous occurrence. */
    public static DueItems.Window aroundToday(LocalDate today, LocalDate since, int withinDays) {
        LocalDate from = since != null && since.isBefore(today) ? since : today;
        return new DueItems.Window(from, today.plusDays(withinDays + LOOK_AHEAD_DAYS), true);
    }

    private static Snapshot snapshot(Workspace ws, WorkingDayCalendar shipped, List<DueItem> items) {
        WorkingDayCalendar calendar = calendar(ws, shipped);
        ReminderRuleBook rules = ws.reminders().ruleBook();
        return new Snapshot(List.copyOf(items), rules, ws.reminders().states(), calendar, ws.reminders().lastRun(),
                ReminderSchedule.of(items, rules, calendar));
    }

    /** The approved extensions under the office's rule (issue 17): reminders move with an approved date. */
    private static EffectiveDeadlines deadlines(Workspace ws) {
        return EffectiveDeadlines.of(ws.requests().approvedExtensions(),
                DeadlineRule.of(ws.settings().get(DeadlineRule.SETTING).orElse(null)));
    }

    /** The plan with each task's dates that count in place of its original ones. */
    private static Plan counting(Plan plan, EffectiveDeadlines deadlines) {
        if (deadlines.isEmpty() || deadlines.rule() == DeadlineRule.ORIGINAL) {
            return plan;
        }
        boolean moved = plan.tasks().stream().anyMatch(t -> !deadlines.adjustments(t.id()).isEmpty());
        return moved ? plan.withTasks(plan.tasks().stream().map(deadlines::apply).toList()) : plan;
    }
}
