package org.luoshi.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueAgenda;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueText;
import org.luoshi.reminders.ReminderSchedule;
import org.luoshi.reminders.workspace.WorkspaceReminders;
import org.luoshi.session.BackgroundTasks;
import org.luoshi.session.Session;
import org.luoshi.session.WorkspaceReads;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code due [--today DATE] [--within DAYS] [--unit NAME]}: one tab-separated line per item that is
 * overdue, due in the window, or has a reminder in it — for scripts and for looking ahead.
 */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = "List what is due: overdue items, deadlines and milestones in the coming days, "
                + "and items whose reminder falls in them (tab-separated).")
final class DueCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--today", paramLabel = "DATE", description = "Count from this day (2023-06-20) instead of today.")
    String today;

    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "7",
            description = "How many calendar days after today to include (default ${DEFAULT-VALUE}; 0 = today only).")
    String within;

    @Option(names = "--unit", paramLabel = "NAME", description = "Only tasks this unit holds, in any role.")
    String unit;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        LocalDate day;
        int days;
        try {
            day = today == null ? LocalDate.now() : LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (!Dates.canShow(day)) {
            err.println(TerminalText.message("cli.due.badDate", today));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try {
            days = Integer.parseInt(within.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > 3660) {
            err.println(TerminalText.message("cli.due.badWithin", within));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (Workspace ws = root.where().openChecked()) {
            if (unit != null && ws.units().byName(unit).isEmpty()) {
                err.println(TerminalText.message("cli.error.noUnit", unit));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            Session session = Session.of(ws);
            List<Plan> plans = WorkspaceReads.allPlans(session, BackgroundTasks.Progress.NONE);
            plans.forEach(p -> CliNotes.unusableDates(err, p));
            WorkspaceReminders.Snapshot s = WorkspaceReminders.read(WorkingDayCalendar.bundled(), plans,
                    WorkspaceReminders.aroundToday(day, day, days)).run(session);
            List<DueItem> items = unit == null ? s.items()
                    : s.items().stream().filter(i -> i.involves(unit)).toList();
            ReminderSchedule schedule = unit == null ? s.schedule() : ReminderSchedule.of(items, s.rules(), s.calendar());
            List<DueEntry> agenda = DueAgenda.of(items, schedule, s.states(), s.calendar(), day, days);
            CliNotes.missingYears(err, schedule.missingYears());
            if (agenda.isEmpty()) {
                out.println(Messages.get("cli.due.none"));
                return 0;
            }
            out.println(Messages.get("cli.due.header"));
            for (DueEntry e : agenda) {
                DueItem i = e.item();
                out.println(String.join("\t", i.date().toString(), e.urgency().name(),
                        e.workingDaysLeft() == null ? "?" : String.valueOf(e.workingDaysLeft()),
                        TerminalText.of(i.planLabel()), TerminalText.of(i.taskNumber()), DueText.kind(i.kind()),
                        TerminalText.of(i.title()), TerminalText.of(DueText.units(i)),
                        e.reminder() == null ? "-"
                                : DueText.offset(e.reminder().offset()) + " " + e.reminder().date()));
            }
            return 0;
        } catch (WorkspaceException e) {
            err.println(TerminalText.message("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
