package org.luoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.report.PaceClass;
import org.luoshi.report.overview.LateReporter;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.PaceCounts;
import org.luoshi.report.overview.RoleScope;
import org.luoshi.report.overview.TrendPoint;
import org.luoshi.report.overview.UnitRow;
import org.luoshi.report.workspace.Stats;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stats --plan ID|--all [--unit NAME] [--today DATE] [--json]}: the 统计 of plans on a day —
 * tasks per pace class (序时进度), the same per unit, the late reporters of the latest round and the
 * completion trend — as a tab-separated table, or as JSON with {@code total} and a count per class
 * that sums to it, overall and per unit.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count tasks by pace (已完成 超序时 达序时 欠序时 未启动 已逾期 无时限), overall and per unit, "
                + "with the late reporters of the latest round and the trend across rounds.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--plan", paramLabel = "ID", description = "A plan to count (repeat for several).")
    List<Long> plans = new ArrayList<>();

    @Option(names = "--all", description = "Every plan of the workspace.")
    boolean all;

    @Option(names = "--unit", paramLabel = "NAME", description = "Only the tasks this unit holds, in any role.")
    String unit;

    @Option(names = "--today", paramLabel = "DATE", description = "Reckon pace on this day (2023-03-28) instead of today.")
    String today;

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        if (plans.isEmpty() == !all) {
            err.println(TerminalText.message("cli.stats.planOrAll"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        LocalDate day;
        try {
            day = today == null ? LocalDate.now() : LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (!Dates.canShow(day)) {
            err.println(TerminalText.message("cli.due.badDate", today));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (Workspace ws = file.openChecked()) {
            Overview o = Stats.overview(new Stats.Request(all ? List.of() : plans, unit, day)).run(Session.of(ws));
            if (json) {
                out.println(json(o));
            } else {
                text(o, out);
            }
            return 0;
        } catch (WorkspaceException e) {
            err.println(TerminalText.message("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(TerminalText.of(e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The word of a class in JSON: done, ahead, on_pace, behind, not_started, overdue, no_deadline. */
    static String word(PaceClass c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    static String json(Overview o) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("title", o.title());
        if (o.unit() == null) {
            root.putNull("unit");
        } else {
            root.put("unit", o.unit());
        }
        root.put("today", o.today().toString());
        root.put("allowance", o.allowance());
        counts(root, o.counts());
        ArrayNode units = root.putArray("units");
        for (UnitRow r : o.units()) {
            ObjectNode n = units.addObject();
            n.put("unit", r.unit());
            counts(n, r.of(RoleScope.ALL));
            counts(n.putObject("lead"), r.of(RoleScope.LEAD));
            counts(n.putObject("responsible"), r.of(RoleScope.RESPONSIBLE));
        }
        ArrayNode late = root.putArray("late");
        for (LateReporter l : o.late()) {
            ObjectNode n = late.addObject();
            n.put("plan", l.planId());
            n.put("round", l.roundId());
            n.put("period", l.period());
            n.put("due", l.due().toString());
            n.put("unit", l.unit());
            n.put("state", l.state().word());
            if (l.received() == null) {
                n.putNull("received");
            } else {
                n.put("received", l.received().toString());
            }
        }
        ArrayNode trend = root.putArray("trend");
        for (TrendPoint p : o.trend()) {
            ObjectNode n = trend.addObject();
            n.put("date", p.date().toString());
            n.put("period", p.label());
            n.put("tasks", p.tasks());
            n.put("done", p.done());
            n.put("donePercent", round1(p.donePercent()));
            n.put("meanPercent", round1(p.meanPercent()));
        }
        return m.writeValueAsString(root);
    }

    private static void counts(ObjectNode n, PaceCounts c) {
        n.put("total", c.total());
        ObjectNode counts = n.putObject("counts");
        for (PaceClass p : PaceClass.values()) {
            counts.put(word(p), c.count(p));
        }
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void text(Overview o, PrintWriter out) {
        out.println(TerminalText.message("cli.stats.header", TerminalText.of(o.title()), o.today().toString(),
                o.counts().total(), o.allowance()));
        for (PaceClass c : PaceClass.values()) {
            out.println(c.label() + "\t" + o.counts().count(c) + "\t"
                    + String.format(Locale.ROOT, "%.1f%%", o.counts().percent(c)));
        }
        out.println();
        StringBuilder head = new StringBuilder(Messages.get("cli.stats.unit")).append('\t')
                .append(Messages.get("cli.stats.total"));
        for (PaceClass c : PaceClass.values()) {
            head.append('\t').append(c.label());
        }
        head.append('\t').append(Messages.get("cli.stats.leads"));
        out.println(head);
        for (UnitRow r : o.units()) {
            PaceCounts a = r.of(RoleScope.ALL);
            StringBuilder line = new StringBuilder(TerminalText.of(r.unit())).append('\t').append(a.total());
            for (PaceClass c : PaceClass.values()) {
                line.append('\t').append(a.count(c));
            }
            line.append('\t').append(r.of(RoleScope.LEAD).total());
            out.println(line);
        }
        if (!o.late().isEmpty()) {
            out.println();
            out.println(Messages.get("cli.stats.late"));
            for (LateReporter l : o.late()) {
                out.println(TerminalText.of(l.period()) + "\t" + TerminalText.of(l.unit()) + "\t" + l.state().chinese()
                        + "\t" + (l.received() == null ? "-" : l.received().toString()));
            }
        }
        if (!o.trend().isEmpty()) {
            out.println();
            out.println(Messages.get("cli.stats.trend"));
            for (TrendPoint p : o.trend()) {
                out.println(p.date() + "\t" + TerminalText.of(p.label()) + "\t" + p.done() + "/" + p.tasks() + "\t"
                        + String.format(Locale.ROOT, "%.1f%%\t%.1f%%", p.donePercent(), p.meanPercent()));
            }
        }
    }
}
