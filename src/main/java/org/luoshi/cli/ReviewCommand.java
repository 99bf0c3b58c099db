package org.luoshi.cli;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.RequestWords;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code review --request ID pass|return [--opinion TEXT]}: the review of a closing request. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Pass (通过: the task is 已销号) or return (退回, say what must be redone) a closing request.")
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--request", paramLabel = "ID", required = true)
    long requestId;

    @Parameters(index = "0", paramLabel = "pass|return")
    String decision;

    @Option(names = "--opinion", paramLabel = "TEXT", description = "审核意见; for return, what must be redone.")
    String opinion;

    @Override
    public Integer call() {
        RequestCli cli = new RequestCli(root);
        String d = decision.strip().toLowerCase(Locale.ROOT);
        if (!d.equals("pass") && !d.equals("return")) {
            cli.err().println(TerminalText.message("requests.cli.badDecision", decision, "pass", "return"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return cli.changing((session, out) -> {
            TaskRequest r = Requests.review(requestId, d.equals("pass"), opinion, LocalDateTime.now()).run(session);
            out.println(r.id() + "\t" + RequestWords.state(r.kind(), r.state())
                    + (r.state() == RequestState.APPROVED ? "\t" + RequestWords.timeliness(r.onTime()) : ""));
            return 0;
        });
    }
}
