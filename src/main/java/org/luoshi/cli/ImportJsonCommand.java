package org.luoshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.exchange.PlanExchangeException;
import org.luoshi.exchange.PlanJsonExchange;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import-json FILE}: adds a plan another office exported (or importer JSON) to the workspace. */
@Command(name = "import-json", mixinStandardHelpOptions = true,
        description = "Add a plan from a JSON file written by 'export' (or by 'import --json').")
final class ImportJsonCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Parameters(paramLabel = "FILE", description = "The plan JSON file (UTF-8).")
    Path file;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        var err = root.spec.commandLine().getErr();
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(root.where())) {
            Plan saved = PlanJsonExchange.importFile(file).run(CliSession.of(opened.workspace()));
            out.println(Messages.get("cli.import.saved", String.valueOf(saved.id()), saved.tasks().size()));
            return 0;
        } catch (PlanExchangeException e) {
            err.println(e.getMessage());
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException | IllegalArgumentException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
