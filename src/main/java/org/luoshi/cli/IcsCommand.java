package org.luoshi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.IcsExport;
import org.luoshi.reminders.workspace.ExportIcs;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ics --plan ID [--unit NAME] --out FILE}: the plan's open deadlines and milestones, with alarms. */
@Command(name = "ics", mixinStandardHelpOptions = true,
        description = "Write a plan's deadlines and milestones (optionally one unit's) as an .ics calendar "
                + "with an alarm for each reminder rule.")
final class IcsCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--plan", paramLabel = "ID", required = true, description = "The plan's id (see: plans).")
    String planId;

    @Option(names = "--unit", paramLabel = "NAME", description = "Only tasks this unit holds, in any role.")
    String unit;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .ics file to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        long id;
        try {
            id = Long.parseLong(planId.strip());
        } catch (NumberFormatException e) {
            err.println(TerminalText.message("plan.error.notFound", planId));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            err.println(TerminalText.message("cli.ics.badOut", out));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (Workspace ws = root.where().openChecked()) {
            Optional<Plan> plan = ws.plans().load(id);
            if (plan.isEmpty()) {
                err.println(Messages.get("plan.error.notFound", planId));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            if (unit != null && ws.units().byName(unit).isEmpty()) {
                err.println(TerminalText.message("cli.error.noUnit", unit));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            if (unit != null && plan.get().tasks().stream().noneMatch(t -> t.assignments().stream()
                    .anyMatch(a -> a.unit().name().equals(unit.strip())))) {
                err.println(TerminalText.message("cli.ics.unitNotInPlan", unit, planId));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            IcsExport.Result r = new ExportIcs(plan.get(), unit, target, WorkingDayCalendar.bundled(),
                    Clock.systemDefaultZone()).run(Session.of(ws));
            CliNotes.unusableDates(err, plan.get());
            CliNotes.missingYears(err, r.missingYears());
            stdout.println(TerminalText.message("cli.ics.written", r.events(), r.alarms(), target));
            return 0;
        } catch (WorkspaceException e) {
            err.println(TerminalText.message("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println(TerminalText.writeFailed(target, e));
            return LuoshiCommand.EXIT_FAILED;
        }
    }
}
