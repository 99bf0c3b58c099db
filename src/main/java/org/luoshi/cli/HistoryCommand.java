package org.luoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;
import org.luoshi.history.TaskHistoryLine;
import org.luoshi.history.workspace.HistoryReads;
import org.luoshi.i18n.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code history --task ID | --plan ID [--json] [--out FILE.csv|FILE.xlsx]}: who changed what in a task
 * or a plan's tasks, and when, newest first. Read only: the history cannot be edited.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show who changed what in a task (or a plan's tasks) and when, newest first; or export it.")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @ParentCommand
    LuoshiCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Of of;

    static final class Of {
        @Option(names = "--task", paramLabel = "ID", description = "The task's id (see tasks --plan ID).")
        long task;

        @Option(names = "--plan", paramLabel = "ID", description = "Every task of the plan.")
        long plan;
    }

    @Option(names = "--json", description = "As JSON: a list of steps with their date (YYYY-MM-DD), time, person, action and changes.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write it to a .csv or .xlsx file instead.")
    Path out;

    @Override
    public Integer call() {
        return CliSession.reading(root, (session, o) -> {
            if (out != null) {
                int lines;
                try {
                    lines = HistoryReads.export(of.task, of.plan, out).run(session);
                } catch (IOException e) {
                    CliSession.err(root).println(TerminalText.writeFailed(out, e));
                    return LuoshiCommand.EXIT_FAILED;
                }
                o.println(TerminalText.message("cli.history.written", lines, out));
                return 0;
            }
            List<HistoryStep> steps = of.task != 0 ? HistoryReads.ofTask(of.task).run(session)
                    : HistoryReads.ofPlan(of.plan).run(session);
            if (json) {
                o.println(json(steps));
                return 0;
            }
            if (steps.isEmpty()) {
                o.println(Messages.get("cli.history.none"));
            }
            for (TaskHistoryLine l : HistoryReads.lines(steps)) {
                String change = l.change();
                o.println(l.at().toLocalDate() + " " + l.at().format(TIME) + "\t" + TerminalText.of(l.person()) + "\t"
                        + (of.plan != 0 ? TerminalText.of(l.entry().task()) + "\t" : "")
                        + TerminalText.of(l.action()) + (change.isEmpty() ? "" : "\t" + TerminalText.of(change)));
            }
            return 0;
        });
    }

    static String json(List<HistoryStep> steps) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode root = m.createArrayNode();
        for (HistoryStep s : steps) {
            ObjectNode n = root.addObject();
            n.put("step", s.id());
            n.put("date", s.at().toLocalDate().toString());
            n.put("time", s.at().format(TIME));
            n.put("person", s.person());
            n.put("action", s.action());
            ArrayNode changes = n.putArray("changes");
            for (HistoryEntry e : s.entries()) {
                ObjectNode c = changes.addObject();
                c.put("task", e.taskId());
                c.put("number", e.task());
                c.put("field", e.field());
                c.put("before", e.before());
                c.put("after", e.after());
            }
        }
        return m.writeValueAsString(root);
    }
}
