package org.luoshi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.pdf.PdfFontException;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.sheets.BatchExport;
import org.luoshi.sheets.ExportSheets;
import org.luoshi.sheets.ExportSheets.Pick;
import org.luoshi.sheets.ExportSheets.Request;
import org.luoshi.sheets.PlanUnits;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetOptions;
import org.luoshi.sheets.UnitRoles;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.pdf.PdfFontException;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sheets --plan ID --format pdf|docx|xlsx --out DIR [--unit NAME]}: task sheets (分工表) of a
 * stored plan, one file per unit (or one unit, or the whole plan) into a folder. Unknown plan,
 * unit, format or an unusable font: one line on stderr, exit code 2, no file written. A file that
 * cannot be written is named on stderr with its reason and the others are written: exit code 1.
 */
@Command(name = "sheets", mixinStandardHelpOptions = true,
        description = "Write task sheets (分工表) of a plan: one file per unit, one unit, or the whole plan.")
final class SheetsCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "The plan's id (see `plans`).")
    long planId;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf|docx|xlsx",
            description = "File format (default: pdf).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the files (created if missing).")
    Path out;

    @Option(names = "--unit", paramLabel = "NAME", description = "Only this unit's sheet.")
    String unit;

    @Option(names = "--whole-plan", description = "The whole plan's sheet (every task, every unit) instead.")
    boolean wholePlan;

    @Option(names = "--orientation", paramLabel = "portrait|landscape",
            description = "Paper orientation (default: portrait for units, landscape for the whole plan).")
    String orientation;

    @Option(names = "--order", paramLabel = "ROLES",
            description = "Order of the role groups, e.g. cooperating,lead,responsible (default: lead,responsible,cooperating).")
    String order;

    @Option(names = "--font", paramLabel = "FILE",
            description = "Chinese TrueType font (.ttf/.ttc) for PDF (default: -Dluoshi.sheets.font, else a system font).")
    Path font;

    @Option(names = "--list-units", description = "List the plan's units and their task counts; write nothing.")
    boolean listUnits;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        SheetFormat sheetFormat = SheetFormat.byExtension(format);
        if (sheetFormat == null) {
            return fail(err, Messages.get("sheets.cli.badFormat", format));
        }
        SheetOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        if (unit != null && wholePlan) {
            return fail(err, Messages.get("sheets.cli.unitOrWhole"));
        }
        Plan plan;
        try (Workspace ws = root.where().openChecked()) {
            Optional<Plan> loaded = ExportSheets.find(planId).run(Session.of(ws));
            if (loaded.isEmpty()) {
                return fail(err, Messages.get("sheets.cli.noPlan", String.valueOf(planId)));
            }
            plan = loaded.get();
        } catch (WorkspaceException e) {
            return fail(err, Messages.get("cli.error.workspace", e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (listUnits) {
            list(out, plan);
            return 0;
        }
        if (this.out == null) {
            return fail(err, Messages.get("sheets.cli.noOut"));
        }
        if (Files.exists(this.out) && !Files.isDirectory(this.out)) {
            return fail(err, Messages.get("sheets.cli.notAFolder", this.out));
        }
        Pick pick = wholePlan ? Pick.WHOLE_PLAN : unit != null ? Pick.unit(unit) : Pick.EVERY_UNIT;
        return write(out, err, plan, Request.intoFolder(pick, sheetFormat, options, this.out).withFont(font));
    }

    private int write(PrintWriter out, PrintWriter err, Plan plan, Request request) {
        try {
            java.util.Set<Integer> before = org.luoshi.paper.pdf.EmbeddableFont.placeholdersDrawn();
            // One unit's file at a time; the heap is kept near what one file needs (HeapCeiling, in LuoshiCommand.executeAsProgram).
            BatchExport.Result result = ExportSheets.write(plan, request, (done, total, name) -> { }, () -> false);
            result.files().forEach(f -> out.println(TerminalText.of(f)));
            out.println(TerminalText.message("sheets.cli.wrote", result.files().size(), this.out));
            java.util.SortedSet<Integer> missing = org.luoshi.paper.pdf.EmbeddableFont.placeholdersDrawn();
            missing.removeAll(before);
            if (!missing.isEmpty()) {
                StringBuilder chars = new StringBuilder();
                missing.forEach(cp -> chars.append(String.format(" U+%04X", cp)));
                err.println(Messages.get("sheets.cli.placeholders", missing.size(), chars.toString().strip()));
            }
            for (BatchExport.Failure f : result.failures()) {
                err.println(TerminalText.message("sheets.cli.notWritten", f.file(), f.reason()));
            }
            if (!result.failures().isEmpty()) {
                err.println(Messages.get("sheets.cli.someFailed", result.failures().size()));
                return LuoshiCommand.EXIT_FAILED;
            }
            return 0;
        } catch (IllegalArgumentException e) {
            // The one thing the plan can refuse: a unit it gives no task.
            return fail(err, TerminalText.of(e.getMessage()) + " "
                    + Messages.get("sheets.cli.listHint", String.valueOf(planId)));
        } catch (PdfFontException e) {
            return fail(err, TerminalText.of(e.getMessage()));
        } catch (IOException e) {
            err.println(TerminalText.writeFailed(this.out, e));
            return LuoshiCommand.EXIT_FAILED;
        }
    }

    private SheetOptions options() {
        SheetOptions options = SheetOptions.standard(LocalDate.now());
        if (orientation != null) {
            switch (orientation.toLowerCase(Locale.ROOT)) {
                case "portrait" -> options = options.withOrientation(Orientation.PORTRAIT);
                case "landscape" -> options = options.withOrientation(Orientation.LANDSCAPE);
                default -> throw new IllegalArgumentException(Messages.get("sheets.cli.badOrientation", orientation));
            }
        }
        if (order != null) {
            options = options.withRoleOrder(RoleOrder.parse(order));
        }
        return options;
    }

    private static void list(PrintWriter out, Plan plan) {
        out.println(Messages.get("sheets.cli.unitsHeader"));
        for (UnitRoles u : PlanUnits.of(plan)) {
            out.printf("%s\t%d\t%d\t%d%n", TerminalText.of(u.unit()), u.lead(), u.responsible(), u.cooperating());
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println(message);
        return LuoshiCommand.EXIT_BAD_INPUT;
    }
}
