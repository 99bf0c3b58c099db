package org.luoshi.cli;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.luoshi.requests.RequestWords;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code decide --request ID approve|refuse [--opinion TEXT]}: the decision on an extension request. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Approve (同意) or refuse (不同意) an extension request, as the user of the settings, now.")
final class DecideCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--request", paramLabel = "ID", required = true)
    long requestId;

    @Parameters(index = "0", paramLabel = "approve|refuse")
    String decision;

    @Option(names = "--opinion", paramLabel = "TEXT", description = "审批意见.")
    String opinion;

    @Override
    public Integer call() {
        RequestCli cli = new RequestCli(root);
        String d = decision.strip().toLowerCase(Locale.ROOT);
        if (!d.equals("approve") && !d.equals("refuse")) {
            cli.err().println(TerminalText.message("requests.cli.badDecision", decision, "approve", "refuse"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return cli.changing((session, out) -> {
            TaskRequest r = Requests.decide(requestId, d.equals("approve"), opinion, LocalDateTime.now()).run(session);
            out.println(r.id() + "\t" + RequestWords.state(r.kind(), r.state()));
            return 0;
        });
    }
}
