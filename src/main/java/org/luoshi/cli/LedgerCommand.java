package org.luoshi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.report.ledger.Ledger;
import org.luoshi.report.ledger.LedgerExport;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ledger --plan ID|--all --out FILE.xlsx}: the 工作台账 of one plan or of every plan, with the
 * columns saved in the workspace. An unknown plan or a file that cannot be written: one line on
 * stderr, exit 2, no file (it is written to a temporary file and moved into place).
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Write the work ledger (工作台账) of a plan, or of all plans, as .xlsx.")
final class LedgerCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    static final class Which {
        @Option(names = "--plan", paramLabel = "ID", arity = "1..*", description = "The plan (or plans).")
        List<Long> plans;

        @Option(names = "--all", description = "Every plan of the workspace.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true)
    Path out;

    @Option(names = "--one-sheet", description = "All plans on one sheet with a 方案 column (default: a sheet per plan).")
    boolean oneSheet;

    @Option(names = "--today", paramLabel = "DATE", description = "The day printed as 制表日期 (default: today).")
    String today;

    @Override
    public Integer call() {
        PrintWriter err = root.spec.commandLine().getErr();
        PrintWriter stdout = root.spec.commandLine().getOut();
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println(TerminalText.message("cli.ledger.notXlsx", out));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        LocalDate day;
        try {
            day = today == null ? LocalDate.now() : LocalDate.parse(today.strip());
        } catch (java.time.format.DateTimeParseException e) {
            err.println(TerminalText.message("cli.due.badDate", today));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        Where file = root.existingWorkspace();
        if (file == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        try (Workspace ws = file.openChecked()) {
            List<Long> ids = which.all ? List.of() : which.plans;
            Ledger ledger = LedgerExport.write(LedgerExport.Request.of(ids, oneSheet, day), out).run(Session.of(ws));
            stdout.println(TerminalText.message("cli.ledger.written", out, ledger.taskCount(), ledger.sheets().size()));
            return 0;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(TerminalText.of(e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println(TerminalText.message("file.error.write", out, org.luoshi.files.IoReason.of(e)));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
