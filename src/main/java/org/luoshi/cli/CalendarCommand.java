package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.HolidayDay;
import org.luoshi.calendar.HolidayFile;
import org.luoshi.calendar.HolidayFileException;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.workspace.CalendarEdits;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code calendar}: the working-day calendar — which years it knows; {@code load FILE} a newer
 * year's holiday file; {@code set DATE off|work} and {@code unset DATE} a day by hand;
 * {@code check DATE} whether a day is worked.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "The working-day calendar: list the years it knows, load a holiday file, set or check a day.")
final class CalendarCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    /** Lists the known years, where their data comes from, and the days set by hand. */
    @Override
    public Integer call() {
        return withWorkspace((session, out, err) -> {
            CalendarEdits.View view = CalendarEdits.view(WorkingDayCalendar.bundled()).run(session);
            for (CalendarEdits.Year year : view.years()) {
                out.println(year.year() + "\t" + (year.loaded()
                        ? TerminalText.message("cli.calendar.loaded", year.loadedFrom())
                        : Messages.get("cli.calendar.shipped")));
            }
            for (HolidayDay d : view.edits()) {
                out.println(d.date() + "\t" + d.kind().fileWord() + "\t" + Messages.get("cli.calendar.edited")
                        + (d.name().isEmpty() ? "" : "\t" + TerminalText.of(d.name())));
            }
            return 0;
        });
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load a holiday file (date,kind,name rows, as the shipped cn-holidays.csv).")
    int load(@Parameters(paramLabel = "FILE") Path file) {
        HolidayFile holidays;
        try {
            holidays = HolidayFile.read(file);
        } catch (HolidayFileException e) {
            root.spec.commandLine().getErr().println(TerminalText.of(e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return withWorkspaceForChanges((session, out, err) -> {
            CalendarEdits.load(holidays, file.getFileName().toString()).run(session);
            out.println(TerminalText.of(CalendarEdits.loadedMessage(holidays)));
            return 0;
        });
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Make a day a day off or a working day.")
    int set(@Parameters(paramLabel = "DATE") String date, @Parameters(paramLabel = "off|work") String kind,
            @Option(names = "--note", paramLabel = "TEXT", description = "Why (shown beside the day).") String note) {
        LocalDate day = date(date);
        Optional<DayKind> k = DayKind.parse(kind);
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (k.isEmpty()) {
            root.spec.commandLine().getErr().println(TerminalText.message("cli.calendar.badKind", kind));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return withWorkspaceForChanges((session, out, err) -> {
            CalendarEdits.setDay(day, k.get(), note).run(session);
            out.println(TerminalText.message("cli.calendar.set", Dates.format(day),
                    Messages.get("calendar.kind." + k.get())));
            return 0;
        });
    }

    @Command(name = "unset", mixinStandardHelpOptions = true, description = "Undo setting a day by hand.")
    int unset(@Parameters(paramLabel = "DATE") String date) {
        LocalDate day = date(date);
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return withWorkspaceForChanges((session, out, err) -> {
            if (!CalendarEdits.clearDay(day).run(session)) {
                err.println(Messages.get("cli.calendar.notEdited", day.toString()));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            out.println(Messages.get("cli.calendar.unset", Dates.format(day)));
            return 0;
        });
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Say whether a day is a working day.")
    int check(@Parameters(paramLabel = "DATE") String date) {
        LocalDate day = date(date);
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return withWorkspace((session, out, err) -> {
            WorkingDayCalendar cal = CalendarEdits.calendar(WorkingDayCalendar.bundled()).run(session);
            try {
                boolean working = cal.isWorkingDay(day);
                String name = cal.listed(day).map(HolidayDay::name).filter(n -> !n.isEmpty())
                        .map(n -> "\t" + TerminalText.of(n)).orElse("");
                out.println(day + "\t" + (working ? "work" : "off") + name);
                return 0;
            } catch (UnknownYearException e) {
                err.println(e.getMessage());
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
        });
    }

    private LocalDate date(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (!Dates.canShow(day)) {
            root.spec.commandLine().getErr().println(TerminalText.message("cli.due.badDate", text));
            return null;
        }
        return day;
    }

    /** A command's work on the workspace, through the calendar's use cases. */
    private interface Work {
        int run(Session session, PrintWriter out, PrintWriter err) throws Exception;
    }

    private int withWorkspace(Work work) {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        try (Workspace ws = root.where().openChecked()) {
            return run(work, ws, out, err);
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    /** As {@link #withWorkspace}, for a change: refused while a window has the workspace open. */
    private int withWorkspaceForChanges(Work work) {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(root.where())) {
            return run(work, opened.workspace(), out, err);
        } catch (org.luoshi.storage.WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    /** Runs the work with a session on {@code ws}; a checked failure of a use case is a bug here. */
    private static int run(Work work, Workspace ws, PrintWriter out, PrintWriter err) {
        try {
            return work.run(Session.of(ws), out, err);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
