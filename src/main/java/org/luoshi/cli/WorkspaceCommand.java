package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.RecoveryReport;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceCheck;
import org.luoshi.storage.WorkspaceDamagedException;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workspace check}: is the workspace file sound (exit 0) or damaged (exit 2, and what is
 * wrong)? {@code workspace recover --to NEW}: copies what can still be read of a damaged workspace
 * into a new one and says, table by table, what was copied and what was lost. Neither writes to
 * the workspace file: it is opened read-only.
 */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Check the workspace file for damage, or copy what can still be read of a damaged one into a new file.")
final class WorkspaceCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check the workspace file (read only): exit 0 if it is sound, 2 if it is damaged.")
    int check() {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        Path file = root.existingWorkspaceFile();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        WorkspaceCheck check;
        try {
            check = Workspace.check(file);
        } catch (WorkspaceDamagedException e) {
            check = e.check();
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (check.isSound()) {
            out.println(Messages.get("cli.workspace.sound", check.file()));
            return 0;
        }
        out.println(Messages.get("cli.workspace.damaged", check.file()));
        check.problems().forEach(p -> out.println("  " + p));
        out.println(Messages.get("cli.workspace.howToRecover", check.file()));
        return LuoshiCommand.EXIT_BAD_INPUT;
    }

    @Command(name = "document-language", mixinStandardHelpOptions = true,
            description = "Show or set the language of the workspace's documents (sheets, forms, .ics, file names):"
                    + " CHINESE (the default) or ENGLISH, whatever language the window shows.")
    int documentLanguage(@picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "CHINESE|ENGLISH",
            description = "The language to set; without it the current one is shown.") String language) {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        String chosen = null;
        if (language != null) {
            chosen = language.strip().toUpperCase(java.util.Locale.ROOT);
            if (!chosen.equals("CHINESE") && !chosen.equals("ENGLISH")) {
                err.println(Messages.get("cli.workspace.badLanguage", language));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
        }
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(file)) {
            var settings = opened.workspace().settings();
            if (chosen != null) {
                settings.put(org.luoshi.i18n.DocumentTexts.SETTING, chosen);
            }
            String now = settings.get(org.luoshi.i18n.DocumentTexts.SETTING).orElse(null);
            out.println(org.luoshi.i18n.DocumentTexts.english(now) ? "ENGLISH" : "CHINESE");
            return 0;
        } catch (org.luoshi.storage.WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = "Copy every row that can still be read into a new workspace (the damaged file is only read).")
    int recover(@Option(names = "--to", required = true, paramLabel = "NEW",
            description = "The new workspace file; it must not exist yet.") Path to) {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        Path file = root.existingWorkspaceFile();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        RecoveryReport report;
        try {
            report = Workspace.recover(file, to);
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        out.println(Messages.get("cli.workspace.recover.header"));
        for (RecoveryReport.Table t : report.tables()) {
            out.println(t.name() + "\t" + (t.inFile() < 0 ? "?" : String.valueOf(t.inFile())) + "\t" + t.read()
                    + "\t" + t.copied() + "\t" + t.lostRows());
            t.lost().forEach(line -> out.println("  " + line));
        }
        report.notes().forEach(n -> out.println(Messages.get("cli.workspace.recover.note", n)));
        out.println(report.complete()
                ? Messages.get("cli.workspace.recover.complete", report.to(), String.valueOf(report.copiedRows()))
                : Messages.get("cli.workspace.recover.done", report.to(), String.valueOf(report.copiedRows()),
                        String.valueOf(report.lostRows())));
        out.println(Messages.get("cli.workspace.recover.untouched", report.from()));
        if (report.result().isDamaged()) {
            err.println(Messages.get("cli.workspace.recover.unsound", report.to(), report.result().firstProblem()));
            return 1;
        }
        return 0;
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy a whole workspace (plans, progress, rounds, requests and evidence, history, settings)"
                    + " from a file or a server to a new, empty file or server database; checked by each table's row"
                    + " count and checksum before it is committed.")
    int copy(@Option(names = "--from", required = true, paramLabel = "FILE|URL",
                    description = "The workspace to copy: a file, or postgresql://host/db?user=NAME (only read).") String from,
            @Option(names = "--to", required = true, paramLabel = "FILE|URL",
                    description = "The new workspace: a file that does not exist yet (or an empty workspace), or an empty"
                            + " database on a server.") String to) {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        org.luoshi.storage.WorkspaceLock lock = null;
        try {
            if (!org.luoshi.storage.ServerAddress.isServerLocation(to)) {
                // Nothing else may write into the new file while it is filled.
                lock = org.luoshi.storage.WorkspaceLock.acquire(Path.of(to),
                        org.luoshi.storage.WorkspaceLock.Holder.command("workspace copy"));
            }
            org.luoshi.storage.CopyReport report = Workspace.copy(from, to);
            for (org.luoshi.storage.CopyReport.Table t : report.tables()) {
                out.println(t.name() + "\t" + t.rows() + "\t" + t.checksum());
            }
            out.println(Messages.get("cli.copy.done", report.from(), report.to(), String.valueOf(report.rows()),
                    String.valueOf(report.tables().size())));
            return 0;
        } catch (WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (org.luoshi.storage.WorkspaceNotEmptyException e) {
            err.println(Messages.get("cli.copy.targetNotEmpty", e.workspace()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
