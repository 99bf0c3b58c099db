package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.luoshi.storage.WorkspaceLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of Luoshi's command line: {@code luoshi [--workspace PATH] import|plans|due|ics|calendar …}. */
@Command(
        name = "luoshi",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Luoshi (落实): task-division plans, deadlines and responsibilities.",
        subcommands = {ImportCommand.class, PlansCommand.class, ExportCommand.class, ImportJsonCommand.class,
                DueCommand.class, IcsCommand.class, CalendarCommand.class, SheetsCommand.class,
                PlanCommand.class})
public final class LuoshiCommand implements Runnable {
    /** Exit code for bad input (missing file, unreadable document, unknown plan): nothing was changed. */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--workspace", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The workspace file (default: the per-user data folder).")
    Path workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The words that make a start of the jar a command-line run rather than the window: every
     * subcommand's name (read from the annotation above, so a new command needs no second list),
     * help and version.
     */
    public static Set<String> words() {
        Set<String> words = new HashSet<>(List.of("help", "--help", "-h", "--version", "-V"));
        for (Class<?> sub : LuoshiCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            words.add(command.name());
            words.addAll(List.of(command.aliases()));
        }
        return Set.copyOf(words);
    }

    Path workspaceFile() {
        return workspace != null ? workspace : WorkspaceLocation.defaultFile();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with UTF-8 output on any platform; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LuoshiCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(e.getMessage() == null ? e.toString() : e.getMessage());
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
