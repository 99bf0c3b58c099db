package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
                WorkspaceCommand.class})
public final class LuoshiCommand implements Runnable {
    /** Exit code for bad input (missing file, unreadable document, unknown plan): nothing was changed. */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--workspace", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The workspace file (default: the per-user data folder).")
    Path workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The names of the subcommands, read from this class's annotation (no command line is built):
     * the launcher runs the command line for these and opens the window for anything else.
     */
    public static java.util.Set<String> commandNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Class<?> sub : LuoshiCommand.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            names.add(c.name());
            names.addAll(java.util.List.of(c.aliases()));
        }
        return java.util.Set.copyOf(names);
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
