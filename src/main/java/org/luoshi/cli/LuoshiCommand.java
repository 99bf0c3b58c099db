package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.WorkspaceLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of Luoshi's command line: {@code luoshi [--workspace PATH|URL] import|plans|due|ics|calendar …}. */
@Command(
        name = "luoshi",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Luoshi (落实): task-division plans, deadlines and responsibilities.",
        subcommands = {ImportCommand.class, PlansCommand.class, ExportCommand.class, ImportJsonCommand.class,
                DueCommand.class, IcsCommand.class, CalendarCommand.class, SheetsCommand.class, RoundCommand.class,
                LedgerCommand.class, BulletinCommand.class, StatsCommand.class, PlanCommand.class,
                WorkspaceCommand.class, HistoryCommand.class, ChaseCommand.class, NoticeCommand.class,
                TasksCommand.class, ExtendCommand.class, DecideCommand.class, CloseCommand.class, ReviewCommand.class,
                EvidenceCommand.class})
public final class LuoshiCommand implements Runnable {
    /** Exit code for bad input (missing file, unreadable document, unknown plan): nothing was changed. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure while doing the work (a file that could not be written: disk full, no access). */
    public static final int EXIT_FAILED = 1;

    @Option(names = "--workspace", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The workspace file (default: the per-user data folder), or one on a PostgreSQL server:"
                    + " postgresql://host[:port]/database?user=NAME (password from ~/.pgpass).")
    String workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The words that make a start of the jar a command-line run rather than the window: every
     * subcommand's name and alias (read from the annotation above), help and version. The launcher
     * uses {@link CommandWords#ALL}, a plain copy that costs nothing to read; a test keeps the two equal.
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

    /** The subcommands' names in the order {@code --help} lists them: import, plans, export … */
    public static List<String> commandNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Class<?> sub : LuoshiCommand.class.getAnnotation(Command.class).subcommands()) {
            names.add(sub.getAnnotation(Command.class).name());
        }
        return List.copyOf(names);
    }

    /** Where the workspace is: the file named, the default file, or a server ({@link Where}). */
    Where where() {
        return Where.of(workspace, WorkspaceLocation.defaultFile());
    }

    /** The workspace file, for the commands that work on a file only; a server's address is refused. */
    Path workspaceFile() {
        Where where = where();
        if (where.onServer()) {
            throw new org.luoshi.storage.WorkspaceException(Messages.get("cli.error.fileOnly", where));
        }
        return where.file();
    }

    /**
     * The workspace for a command that needs one already there, or null after saying on stderr that
     * there is none (a reading or deleting command must not make an empty one). A server's workspace
     * is taken as there: opening it says if it is not.
     */
    Where existingWorkspace() {
        Where where;
        try {
            where = where();
        } catch (org.luoshi.storage.WorkspaceException e) {
            spec.commandLine().getErr().println(Messages.get("cli.error.workspace", e.getMessage()));
            return null;
        }
        if (where.onServer()) {
            return where;
        }
        if (!Files.exists(where.file())) {
            spec.commandLine().getErr().println(Messages.get("cli.error.noWorkspace", where.file()));
            return null;
        }
        return where;
    }

    /**
     * The workspace file for a command that needs one already there, or null after saying on
     * stderr that there is none (a reading or deleting command must not make an empty one).
     */
    Path existingWorkspaceFile() {
        Path file;
        try {
            file = workspaceFile();
        } catch (org.luoshi.storage.WorkspaceException e) {
            spec.commandLine().getErr().println(Messages.get("cli.error.workspace", e.getMessage()));
            return null;
        }
        if (!Files.exists(file)) {
            spec.commandLine().getErr().println(Messages.get("cli.error.noWorkspace", file));
            return null;
        }
        return file;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@link #execute} as the process's own command ({@code java -jar luoshi.jar COMMAND}, the
     * packaged command line): the heap is watched too ({@link HeapCeiling}), which a JVM that runs
     * other work beside the command (tests) must not have.
     */
    public static int executeAsProgram(String[] args, PrintWriter out, PrintWriter err) {
        try (HeapCeiling heap = HeapCeiling.watching()) {
            return execute(args, out, err);
        }
    }

    /**
     * Runs the command line with UTF-8 output on any platform; returns the exit code. A failure no
     * command expected is one line on stderr (the file and the operating system's reason for an I/O
     * failure), never a stack trace; libraries' own log lines stay off the terminal.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LuoshiCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parseResult -> {
            // A command that takes the workspace's lock names itself in it (see WorkspaceForChanges).
            WorkspaceForChanges.running(commandName(parseResult));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(CliFailure.line(e));
            return EXIT_FAILED;
        });
        try (LibraryLogs quiet = LibraryLogs.quiet()) {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The subcommand as typed, without options: "import", "calendar set"; "" for none. */
    static String commandName(CommandLine.ParseResult parsed) {
        StringBuilder name = new StringBuilder();
        for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            name.append(name.length() == 0 ? "" : " ").append(p.commandSpec().name());
        }
        return name.toString();
    }
}
