package org.luoshi.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.PlanSummary;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code plans}: one line per plan of the workspace — id, task count, document number, title. */
@Command(name = "plans", mixinStandardHelpOptions = true, description = "List the plans of the workspace.")
final class PlansCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        var err = root.spec.commandLine().getErr();
        try (Workspace ws = root.where().openChecked()) {
            List<PlanSummary> plans = ws.plans().list();
            if (plans.isEmpty()) {
                out.println(Messages.get("cli.plans.none"));
                return 0;
            }
            out.println(Messages.get("cli.plans.header"));
            for (PlanSummary p : plans) {
                out.printf("%d\t%d\t%s\t%s%n", p.id(), p.taskCount(),
                        p.docNumber() == null ? "-" : TerminalText.of(p.docNumber()),
                        p.title() == null ? "-" : TerminalText.of(p.title()));
            }
            return 0;
        } catch (WorkspaceException e) {
            err.println(TerminalText.message("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }
}
