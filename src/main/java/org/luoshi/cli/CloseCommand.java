package org.luoshi.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.luoshi.requests.workspace.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code close --task ID --summary TEXT [--evidence FILE…]}: a closing request with evidence; prints its id alone. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Ask to close (销号) a task, with evidence files stored in the workspace; prints the request id alone.")
final class CloseCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--task", paramLabel = "ID", required = true)
    long taskId;

    @Option(names = "--summary", paramLabel = "TEXT", required = true, description = "What was done.")
    String summary;

    @Option(names = "--evidence", paramLabel = "FILE", arity = "1..*", description = "Evidence files (any type).")
    List<Path> evidence;

    @Option(names = "--unit", paramLabel = "NAME", description = "The unit asking (default: the task's lead unit).")
    String unit;

    @Option(names = "--today", paramLabel = "DATE", description = "The day asked (default: today).")
    String today;

    @Override
    public Integer call() {
        RequestCli cli = new RequestCli(root);
        LocalDate day = cli.day(today, LocalDate.now());
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return cli.changing((session, out) -> {
            // The lock is held (no window is open) and this history is new: content no request refers to can go.
            org.luoshi.requests.workspace.Evidence.dropUnused().run(session);
            out.println(Requests.close(new Requests.Close(taskId, summary, evidence == null ? List.of() : evidence, unit,
                    day)).run(session).id());
            return 0;
        });
    }
}
