package org.luoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tasks --plan ID [--json]}: the tasks of a plan with the id every other command's {@code --task}
 * takes. JSON: a list of {@code {"id": N, "seq": N, "number": "29", "text": …}}.
 */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "List a plan's tasks with their ids (the id --task takes).")
final class TasksCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--plan", paramLabel = "ID", required = true)
    long planId;

    @Option(names = "--json", description = "A JSON list of {id, seq, number, text}.")
    boolean json;

    @Override
    public Integer call() {
        RequestCli cli = new RequestCli(root);
        return cli.reading((session, out) -> {
            Plan plan = session.workspace().plans().load(planId).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get("requests.error.noPlan", String.valueOf(planId))));
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode list = m.createArrayNode();
                for (Task t : plan.tasks()) {
                    ObjectNode n = list.addObject();
                    n.put("id", t.id());
                    n.put("seq", t.seq());
                    if (t.number() == null) {
                        n.putNull("number");
                    } else {
                        n.put("number", t.number());
                    }
                    n.put("text", t.text());
                }
                out.println(m.writeValueAsString(list));
                return 0;
            }
            for (Task t : plan.tasks()) {
                String text = t.text().strip().replaceAll("\\s+", " ");
                out.println(t.id() + "\t" + TerminalText.of(t.label()) + "\t"
                        + TerminalText.of(text.length() > 60 ? text.substring(0, 60) + "…" : text));
            }
            return 0;
        });
    }
}
