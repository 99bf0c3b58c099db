package org.luoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.workspace.Rounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code round}: progress rounds — {@code open} a round, {@code list} a plan's rounds,
 * {@code forms} to send out, {@code collect} the returned forms, {@code status} (who has reported)
 * and the 催报 {@code notice}.
 */
@Command(name = "round", mixinStandardHelpOptions = true,
        description = "Progress rounds: open a round, write the forms, collect returned forms, see who has reported.")
final class RoundCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Override
    public Integer call() {
        root.spec.commandLine().getSubcommands().get("round").usage(root.spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Open a round; prints its id alone.")
    int open(@Option(names = "--plan", paramLabel = "ID", required = true) long planId,
            @Option(names = "--period", paramLabel = "LABEL", required = true,
                    description = "The period reported on (2023年3月, 2023年一季度).") String period,
            @Option(names = "--due", paramLabel = "DATE", description = "The due day (2023-04-25).") String due,
            @Option(names = "--period-end", paramLabel = "DATE",
                    description = "With --working-days: the due day is counted from the period's last day.") String periodEnd,
            @Option(names = "--working-days", paramLabel = "N",
                    description = "The due day is the N-th working day after --period-end.") Integer workingDays,
            @Option(names = "--unit", paramLabel = "NAME", arity = "1..*",
                    description = "Ask only these units (default: every unit of the plan).") List<String> units,
            @Option(names = "--task", paramLabel = "ID", arity = "1..*",
                    description = "Ask only about these tasks (default: every task not closed).") List<Long> tasks,
            @Option(names = "--contact", paramLabel = "TEXT",
                    description = "The office's contact printed on the forms (name and phone).") String contact,
            @Option(names = "--today", paramLabel = "DATE", description = "The day the round is opened.") String today) {
        PrintWriter err = err();
        LocalDate opened = day(today, LocalDate.now());
        if (opened == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if ((due == null) == (periodEnd == null) || (periodEnd != null) != (workingDays != null)) {
            err.println(Messages.get("cli.round.dueNeeded"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        LocalDate dueDay = due != null ? day(due, null) : null;
        LocalDate end = periodEnd != null ? day(periodEnd, null) : null;
        if (due != null && dueDay == null || periodEnd != null && end == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (workingDays != null && (workingDays < 0 || workingDays > 366)) {
            err.println(TerminalText.message("cli.round.badWorkingDays", workingDays));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return changing((session, out) -> {
            RoundDue rd;
            try {
                rd = dueDay != null ? RoundDue.on(dueDay)
                        : Rounds.workingDaysAfter(end, workingDays, WorkingDayCalendar.bundled()).run(session);
            } catch (UnknownYearException e) {
                err.println(TerminalText.of(e.getMessage()));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            Round round = Rounds.open(new Rounds.OpenRequest(planId, period, rd, contact,
                    units == null ? List.of() : units, tasks == null ? List.of() : tasks, opened)).run(session);
            out.println(round.id());
            return 0;
        });
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a plan's rounds with their state.")
    int list(@Option(names = "--plan", paramLabel = "ID", required = true) long planId,
            @Option(names = "--today", paramLabel = "DATE") String today) {
        LocalDate day = day(today, LocalDate.now());
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return reading((session, out) -> {
            for (Rounds.Summary s : Rounds.list(planId, day).run(session)) {
                RoundBoard b = s.board();
                out.println(s.round().id() + "\t" + TerminalText.of(s.round().period()) + "\t" + s.round().due() + "\t"
                        + b.state().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                        + Messages.get("cli.round.listCounts", b.count(RoundBoard.State.SUBMITTED),
                                b.count(RoundBoard.State.PARTIAL), b.count(RoundBoard.State.MISSING)));
            }
            return 0;
        });
    }

    @Command(name = "forms", mixinStandardHelpOptions = true, description = "Write the round's forms, one per unit.")
    int forms(@Option(names = "--round", paramLabel = "ID", required = true) long roundId,
            @Option(names = "--format", paramLabel = "xlsx|docx", defaultValue = "xlsx") String format,
            @Option(names = "--out", paramLabel = "DIR", required = true) Path out,
            @Option(names = "--unit", paramLabel = "NAME", description = "Only this unit's form.") String unit,
            @Option(names = "--prefix", description = "Put the plan's 文号 and the period before each unit's name.")
            boolean prefix) {
        Rounds.Format kind;
        try {
            kind = Rounds.Format.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err().println(TerminalText.message("cli.round.badFormat", format));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return reading((session, o) -> {
            List<Path> files;
            try {
                files = Rounds.forms(roundId, kind, out, unit, prefix).run(session);
            } catch (IOException e) {
                err().println(TerminalText.writeFailed(out, e));
                return LuoshiCommand.EXIT_FAILED;
            }
            o.println(TerminalText.message("cli.round.formsWritten", files.size(), out));
            return 0;
        });
    }

    @Command(name = "collect", mixinStandardHelpOptions = true,
            description = "Read returned forms (files or folders) and apply them as one undoable change.")
    int collect(@Option(names = "--round", paramLabel = "ID", required = true) long roundId,
            @Parameters(paramLabel = "FILE|DIR", arity = "1..*") List<Path> paths,
            @Option(names = "--dry-run", description = "Only print what would change.") boolean dryRun,
            @Option(names = "--received", paramLabel = "DATE", description = "The day the forms count as received (default: each"
                    + " file's modification day if before today, else today).")
            String received,
            @Option(names = "--confirm-done", description = "Set the tasks reported 是否完成: 是 to 已完成.")
            boolean confirmDone) {
        LocalDate day = day(received, LocalDate.now());
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        Work work = (session, out) -> {
            Review review = (received != null ? Rounds.review(roundId, paths, day)
                    : Rounds.reviewAsReceived(roundId, paths, day)).run(session);
            PrintWriter err = err();
            for (Review.Problem p : review.problems()) {
                err.println(TerminalText.of(p.file() + (p.row() > 0 ? ":" + p.row() : "")) + "\t"
                        + TerminalText.of(p.message()));
            }
            Set<Long> done = new HashSet<>();
            for (Review.Line l : review.lines()) {
                out.println(TerminalText.of(l.unit()) + "\t" + TerminalText.of(l.task()) + "\t"
                        + (l.last() == null ? "-" : l.last().percent() + "%") + " -> " + l.reported().percent() + "%"
                        + (l.replacing() ? "\t" + Messages.get("cli.round.replaces") : "")
                        + (l.proposesDone() ? "\t" + Messages.get("cli.round.proposesDone") : "")
                        + "\t" + TerminalText.of(firstLine(l.reported().text())));
                if (l.proposesDone() && confirmDone) {
                    done.add(l.taskId());
                }
            }
            if (!review.anythingToApply()) {
                err.println(Messages.get("cli.round.nothingApplied"));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
            if (dryRun) {
                out.println(Messages.get("cli.round.wouldApply", review.submissions().size(), review.lines().size()));
                return 0;
            }
            Rounds.apply(review, done).run(session);
            out.println(Messages.get("cli.round.applied", review.submissions().size(), review.lines().size()));
            return 0;
        };
        return dryRun ? reading(work) : changing(work);
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Who has reported in the round.")
    int status(@Option(names = "--round", paramLabel = "ID", required = true) long roundId,
            @Option(names = "--json", description = "As JSON.") boolean json,
            @Option(names = "--today", paramLabel = "DATE") String today) {
        LocalDate day = day(today, LocalDate.now());
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return reading((session, out) -> {
            RoundBoard b = Rounds.board(roundId, day).run(session);
            if (json) {
                out.println(json(b));
                return 0;
            }
            out.println(TerminalText.message("cli.round.counts", b.round().period(), b.round().due(),
                    b.count(RoundBoard.State.SUBMITTED), b.count(RoundBoard.State.PARTIAL),
                    b.count(RoundBoard.State.MISSING), b.late().size()));
            for (RoundBoard.UnitState u : b.units()) {
                out.println(TerminalText.of(u.unit()) + "\t" + u.state().word() + "\t"
                        + (u.received() == null ? "-" : u.received().toString()) + "\t" + (u.late() ? "late" : "on time")
                        + "\t" + u.reported() + "/" + u.tasks());
            }
            return 0;
        });
    }

    @Command(name = "notice", mixinStandardHelpOptions = true,
            description = "The 催报 notice naming the units still missing: as text, and as .docx with --out.")
    int notice(@Option(names = "--round", paramLabel = "ID", required = true) long roundId,
            @Option(names = "--out", paramLabel = "FILE") Path file,
            @Option(names = "--today", paramLabel = "DATE") String today) {
        LocalDate day = day(today, LocalDate.now());
        if (day == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return reading((session, out) -> {
            try {
                out.print(TerminalText.of(Rounds.chaseNotice(roundId, day, file).run(session)));
            } catch (IOException e) {
                err().println(TerminalText.writeFailed(file, e));
                return LuoshiCommand.EXIT_FAILED;
            }
            return 0;
        });
    }

    static String json(RoundBoard b) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("round", b.round().id());
        root.put("period", b.round().period());
        root.put("due", b.round().due().toString());
        root.put("state", b.state().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode counts = root.putObject("counts");
        for (RoundBoard.State s : RoundBoard.State.values()) {
            counts.put(s.word(), b.count(s));
        }
        counts.put("late", b.late().size());
        ArrayNode units = root.putArray("units");
        for (RoundBoard.UnitState u : b.units()) {
            ObjectNode n = units.addObject();
            n.put("unit", u.unit());
            n.put("state", u.state().word());
            if (u.received() == null) {
                n.putNull("received");
            } else {
                n.put("received", u.received().toString());
            }
            n.put("late", u.late());
            n.put("tasks", u.tasks());
            n.put("reported", u.reported());
        }
        return m.writeValueAsString(root);
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    private LocalDate day(String text, LocalDate otherwise) {
        return CliSession.day(root, text, otherwise);
    }

    private PrintWriter err() {
        return root.spec.commandLine().getErr();
    }

    private interface Work extends CliSession.Work {
    }

    private int reading(Work work) {
        return CliSession.reading(root, work);
    }

    private int changing(Work work) {
        return CliSession.changing(root, work);
    }

}
