package org.luoshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.requests.workspace.Evidence;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code evidence --task ID|--plan ID --out FILE.zip}: the evidence files with a cover sheet. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Export the evidence of a task's or a plan's closing requests as a .zip with a cover sheet.")
final class EvidenceCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    static final class Scope {
        @Option(names = "--task", paramLabel = "ID", required = true)
        Long taskId;

        @Option(names = "--plan", paramLabel = "ID", required = true)
        Long planId;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true)
    Path out;

    @Override
    public Integer call() {
        RequestCli cli = new RequestCli(root);
        return cli.reading((session, o) -> {
            int files = scope.taskId != null ? Evidence.exportTask(scope.taskId, out).run(session)
                    : Evidence.exportPlan(scope.planId, out).run(session);
            o.println(TerminalText.message("requests.cli.exported", files, out.toString()));
            return 0;
        });
    }
}
