package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.luoshi.edit.PlanEdits;
import org.luoshi.exchange.PlanJsonExchange;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan delete --plan ID}: removes a plan with all its tasks, progress and reminders, as
 * 删除方案 does in the window — the same edit ({@link PlanEdits#delete}), under the workspace's lock.
 * It asks nothing: a script can call it, and {@code export --plan ID} first keeps a copy. The way
 * out for a plan that cannot be corrected in the window.
 *
 * <p>{@code plan rename --plan ID --title NEW [--was OLD]}: 重命名 as in the window; with {@code --was}, the
 * title the caller saw (as {@code plans} listed it): if someone else changed it since, nothing is
 * written and one line says who, when and what it is now (exit 2), as the window refuses a stale edit.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Change a plan of the workspace.")
final class PlanCommand implements Runnable {
    @ParentCommand
    LuoshiCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a plan with all its tasks, progress and reminders; asks no question "
                    + "(keep a copy first with: export --plan ID --out FILE).")
    int delete(@Option(names = "--plan", required = true, paramLabel = "ID",
            description = "The plan's id (see: plans).") long planId) {
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        UseCase<Plan> delete = session -> {
            Plan plan = PlanJsonExchange.load(planId).run(session);
            session.apply(PlanEdits.delete(plan));
            return plan;
        };
        return change(file, delete,
                deleted -> Messages.get("cli.plan.deleted", String.valueOf(deleted.id()), deleted.tasks().size()));
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Give a plan a new title; with --was, only if the title is still the one you saw.")
    int rename(@Option(names = "--plan", required = true, paramLabel = "ID", description = "The plan's id (see: plans).")
            long planId,
            @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The new title.") String title,
            @Option(names = "--was", paramLabel = "TITLE",
                    description = "The title you saw (see: plans): if someone changed it since, nothing is written (exit 2).")
            String was) {
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        UseCase<Plan> rename = session -> {
            Plan plan = PlanJsonExchange.load(planId).run(session);
            Plan seen = was == null ? plan : plan.withTitle(was);
            session.apply(PlanEdits.rename(seen, title));
            return plan;
        };
        return change(file, rename, renamed -> Messages.get("cli.plan.renamed", String.valueOf(renamed.id()), title.strip()));
    }

    /** Runs {@code work} on the workspace under its lock and says {@code done} of the plan; one line and exit 2 if refused. */
    private int change(Where file, UseCase<Plan> work, java.util.function.Function<Plan, String> done) {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(file)) {
            Plan plan = work.run(CliSession.of(opened.workspace()));
            out.println(done.apply(plan));
            return 0;
        } catch (WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // No such plan, a refused title, or someone else changed it since (edit.EditConflict): one line.
            err.println(e.getMessage());
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
