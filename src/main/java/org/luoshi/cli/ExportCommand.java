package org.luoshi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.exchange.PlanExchangeWriter;
import org.luoshi.exchange.PlanFiles;
import org.luoshi.exchange.PlanJsonExchange;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export --plan ID [--out FILE]}: the plan with its progress as JSON, for another office. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a plan with its status, progress, contacts and notes as JSON (to a file or standard output).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "The plan's id (see: plans).")
    long planId;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        var stdout = root.spec.commandLine().getOut();
        var err = root.spec.commandLine().getErr();
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        Plan plan;
        try (Workspace ws = file.openChecked()) {
            plan = PlanJsonExchange.load(planId).run(Session.of(ws));
        } catch (WorkspaceException | IllegalArgumentException e) {
            err.println(e instanceof WorkspaceException ? TerminalText.message("cli.error.workspace", e.getMessage())
                    : TerminalText.of(e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        CliNotes.unusableDates(err, plan);
        if (out == null) {
            stdout.println(new PlanExchangeWriter().write(plan));
            return 0;
        }
        try {
            PlanFiles.export(plan, out);
        } catch (IOException e) {
            err.println(TerminalText.writeFailed(out, e));
            return LuoshiCommand.EXIT_FAILED;
        }
        stdout.println(TerminalText.message("export.written", out, plan.tasks().size()));
        return 0;
    }
}
