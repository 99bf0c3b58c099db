package org.luoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.chase.ChaseHow;
import org.luoshi.chase.workspace.ChaseLog;
import org.luoshi.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chase --task ID --how 电话 --who NAME --said TEXT [--date DATE]}: logs a chase of a task (an
 * undoable change, in the task's history) and prints its id alone; {@code chase --task ID [--json]}
 * lists the task's chase log, newest first.
 */
@Command(name = "chase", mixinStandardHelpOptions = true,
        description = "Log a chase of a task (how, who was reached, what they said), or list the task's chase log.")
final class ChaseCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--task", paramLabel = "ID", required = true, description = "The task's id (see tasks --plan ID).")
    long task;

    @Option(names = "--how", paramLabel = "WAY", description = "电话, 书面, 现场 or 其他 (phone, letter, visit, other).")
    String how;

    @Option(names = "--who", paramLabel = "NAME", description = "Who was reached.")
    String who;

    @Option(names = "--said", paramLabel = "TEXT", description = "What they said.")
    String said;

    @Option(names = "--date", paramLabel = "DATE", description = "The day of the chase (default: today).")
    String date;

    @Option(names = "--json", description = "List the log as JSON.")
    boolean json;

    @Override
    public Integer call() {
        boolean adding = how != null || who != null || said != null || date != null;
        if (!adding) {
            return CliSession.reading(root, (session, out) -> {
                List<ChaseEntry> log = ChaseLog.of(task).run(session);
                if (json) {
                    out.println(json(log));
                } else if (log.isEmpty()) {
                    out.println(Messages.get("cli.chase.none"));
                } else {
                    log.forEach(e -> out.println(e.id() + "\t" + e.date() + "\t" + e.how().chinese() + "\t"
                            + TerminalText.of(e.who()) + "\t" + TerminalText.of(e.said())));
                }
                return 0;
            });
        }
        if (how == null || who == null || said == null) {
            CliSession.err(root).println(Messages.get("cli.chase.partial"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        ChaseHow way;
        try {
            way = ChaseHow.parse(how);
        } catch (IllegalArgumentException e) {
            CliSession.err(root).println(TerminalText.message("cli.chase.badHow", how));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        LocalDate day = CliSession.day(root, date, LocalDate.now());
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return CliSession.changing(root, (session, out) -> {
            out.println(ChaseLog.add(task, day, way, who, said).run(session).id());
            return 0;
        });
    }

    static String json(List<ChaseEntry> log) throws java.io.IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode root = m.createArrayNode();
        for (ChaseEntry e : log) {
            ObjectNode n = root.addObject();
            n.put("id", e.id());
            n.put("task", e.taskId());
            n.put("date", e.date().toString());
            n.put("how", e.how().chinese());
            n.put("who", e.who());
            n.put("said", e.said());
        }
        return m.writeValueAsString(root);
    }
}
