package org.luoshi.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.luoshi.requests.workspace.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code extend --task ID [--milestone DATE] --to DATE --reason TEXT}: an extension request; prints its id alone. */
@Command(name = "extend", mixinStandardHelpOptions = true,
        description = "Ask for a later date for a task's last deadline (or one milestone); prints the request id alone.")
final class ExtendCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--task", paramLabel = "ID", required = true, description = "The task's id (see tasks --plan).")
    long taskId;

    @Option(names = "--milestone", paramLabel = "DATE", description = "The milestone to move, by its date.")
    String milestone;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "The requested new date.")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT", required = true)
    String reason;

    @Option(names = "--progress", paramLabel = "TEXT", description = "What has been done so far (目前进展).")
    String progress;

    @Option(names = "--unit", paramLabel = "NAME", description = "The unit asking (default: the task's lead unit).")
    String unit;

    @Option(names = "--today", paramLabel = "DATE", description = "The day asked (default: today).")
    String today;

    @Override
    public Integer call() {
        RequestCli cli = new RequestCli(root);
        LocalDate day = cli.day(today, LocalDate.now());
        LocalDate target = cli.day(to, null);
        LocalDate ms = milestone == null ? null : cli.day(milestone, null);
        if (day == null || target == null || milestone != null && ms == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return cli.changing((session, out) -> {
            out.println(Requests.extend(new Requests.Extend(taskId, ms, target, reason, progress, unit, day))
                    .run(session).id());
            return 0;
        });
    }
}
