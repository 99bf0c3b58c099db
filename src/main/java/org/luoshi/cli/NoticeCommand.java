package org.luoshi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.notices.Notice;
import org.luoshi.notices.NoticeKind;
import org.luoshi.notices.NoticeSettings;
import org.luoshi.notices.workspace.Notices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code notice --kind 督办|催办 --task ID | --unit NAME --plan ID --limit DATE --out FILE.docx}: issues a
 * numbered notice (an undoable change in each task's history), writes it, prints its number alone.
 * {@code notice --kind K --next N [--format F] [--year Y]} sets the numbering; {@code notice --kind K}
 * alone shows it.
 */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "Issue a numbered 督办通知单 or 催办通知书 for a task or a unit and write it as .docx; prints its number.")
final class NoticeCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--kind", paramLabel = "督办|催办", required = true)
    String kind;

    @Option(names = "--task", paramLabel = "ID", description = "The task's id (see tasks --plan ID).")
    Long task;

    @Option(names = "--unit", paramLabel = "NAME", description = "The unit: its unfinished tasks in the plan.")
    String unit;

    @Option(names = "--plan", paramLabel = "ID", description = "The plan (needed with --unit).")
    Long plan;

    @Option(names = "--limit", paramLabel = "DATE", description = "The time limit (2023-05-15).")
    String limit;

    @Option(names = "--date", paramLabel = "DATE", description = "The day of issue (default: today); its year numbers the notice.")
    String date;

    @Option(names = "--out", paramLabel = "FILE", description = "The .docx file to write.")
    Path out;

    @Option(names = "--basis", paramLabel = "TEXT", description = "What the notice rests on (default: the plan's title and 文号).")
    String basis;

    @Option(names = "--requirement", paramLabel = "TEXT", description = "What to report and how (default: in writing by the time limit).")
    String requirement;

    @Option(names = "--contact", paramLabel = "TEXT", description = "The office's contact (default: the workspace's notice contact).")
    String contact;

    @Option(names = "--next", paramLabel = "N", description = "Set the next number of this kind (in --year, default this year).")
    Integer next;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --next: the number format, {year} and {n} (督〔{year}〕{n}号).")
    String format;

    @Option(names = "--year", paramLabel = "YEAR", description = "With --next: the year numbered.")
    Integer year;

    @Option(names = "--office", paramLabel = "NAME",
            description = "Without --task/--unit: set the office that signs notices (default: the plan's issuer).")
    String office;

    @Option(names = "--default-contact", paramLabel = "TEXT",
            description = "Without --task/--unit: set the contact printed when a notice names none.")
    String defaultContact;

    @Override
    public Integer call() {
        NoticeKind k;
        try {
            k = NoticeKind.parse(kind);
        } catch (IllegalArgumentException e) {
            CliSession.err(root).println(TerminalText.message("cli.notice.badKind", kind));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (task == null && unit == null) {
            return numbering(k);
        }
        if (task != null && unit != null || unit != null && plan == null) {
            CliSession.err(root).println(Messages.get("cli.notice.taskOrUnit"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (out == null) {
            CliSession.err(root).println(Messages.get("cli.notice.needOut"));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            CliSession.err(root).println(TerminalText.writeFailed(out, new java.nio.file.NoSuchFileException(String.valueOf(folder))));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        LocalDate issued = CliSession.day(root, date, LocalDate.now());
        LocalDate until = limit == null ? null : CliSession.day(root, limit, null);
        if (issued == null || limit != null && until == null) {
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        return CliSession.changing(root, (session, o) -> {
            Notice n = Notices.issue(new Notices.Request(k, plan == null ? 0 : plan, task == null ? 0 : task, unit,
                    until, issued, basis, requirement, contact)).run(session);
            try {
                Notices.write(n.id(), out).run(session);
            } catch (IOException e) {
                session.undo("undo"); // the number is given back: no notice without its document
                CliSession.err(root).println(TerminalText.writeFailed(out, e));
                return LuoshiCommand.EXIT_FAILED;
            }
            o.println(TerminalText.of(n.number()));
            return 0;
        });
    }

    private int numbering(NoticeKind k) {
        int y = year != null ? year : LocalDate.now().getYear();
        if (next == null && format == null && office == null && defaultContact == null) {
            return CliSession.reading(root, (session, o) -> {
                NoticeSettings s = Notices.settings(y).run(session);
                o.println(TerminalText.message("cli.notice.numbering", k.title(), y, s.next(k), s.format(k)));
                return 0;
            });
        }
        return CliSession.changing(root, (session, o) -> {
            NoticeSettings s = Notices.settings(y).run(session);
            int n = next != null ? next : s.next(k);
            String f = format != null ? format : s.format(k);
            boolean supervise = k == NoticeKind.SUPERVISE;
            NoticeSettings saved = Notices.saveSettings(supervise ? f : s.superviseFormat(), supervise ? s.urgeFormat() : f,
                    supervise ? n : s.nextSupervise(), supervise ? s.nextUrge() : n, y,
                    office != null ? office : s.office(), defaultContact != null ? defaultContact : s.contact()).run(session);
            o.println(TerminalText.message("cli.notice.numbering", k.title(), y, saved.next(k), saved.format(k)));
            if (!saved.office().isEmpty() || !saved.contact().isEmpty()) {
                o.println(TerminalText.message("cli.notice.office", saved.office(), saved.contact()));
            }
            return 0;
        });
    }
}
