package org.luoshi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.pdf.PdfFontException;
import org.luoshi.report.bulletin.Bulletin;
import org.luoshi.report.bulletin.Bulletins;
import org.luoshi.session.Session;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bulletin --plan ID [--round ID] [--today DATE] [--number N] [--office TEXT] --out FILE.docx|.pdf}:
 * the 督查通报 of a plan as of a day, 报送情况 from the round given (else the plan's latest), numbered with
 * the workspace's next number (which then moves on). An unknown plan or round, another extension, a path
 * that cannot be written: one line on stderr, exit 2, no file.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
        description = "Write the supervision bulletin (督查通报) of a plan as .docx or .pdf.")
final class BulletinCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--plan", paramLabel = "ID", required = true)
    long planId;

    @Option(names = "--round", paramLabel = "ID", description = "The round whose 报送情况 to report (default: the plan's latest).")
    Long roundId;

    @Option(names = "--today", paramLabel = "DATE", description = "The day the bulletin is made as of (default: today).")
    String today;

    @Option(names = "--number", paramLabel = "N", description = "第N期 (default: the workspace's next number).")
    Integer number;

    @Option(names = "--office", paramLabel = "TEXT", description = "The issuing office (default: as saved, else the plan's issuer).")
    String office;

    @Option(names = "--font", paramLabel = "FILE", description = "The Chinese font to embed in a PDF.")
    Path font;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "FILE.docx or FILE.pdf")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = root.spec.commandLine().getErr();
        PrintWriter stdout = root.spec.commandLine().getOut();
        if (Bulletins.Format.of(out) == null) {
            err.println(TerminalText.message("bulletin.error.format", out));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (number != null && number < 1) {
            err.println(TerminalText.message("cli.bulletin.badNumber", number));
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
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(file)) {
            Session session = CliSession.of(opened.workspace());
            Bulletin b = Bulletins.draft(new Bulletins.Request(planId, roundId, day, number, office, null)).run(session);
            Bulletins.save(b, out, font).run(session);
            stdout.println(TerminalText.message("cli.bulletin.written", out, b.masthead().issue()));
            return 0;
        } catch (WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException | PdfFontException e) {
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
