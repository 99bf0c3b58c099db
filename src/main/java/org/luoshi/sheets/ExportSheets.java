package org.luoshi.sheets;

import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.requests.SheetDates;
import org.luoshi.requests.workspace.Requests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.sheets.output.SheetWriter;

/**
 * Saving task sheets (分工表) of a plan as PDF, Word or Excel, the same from the sheets window and
 * from {@code luoshi sheets}: which sheets (one unit's, every unit's one file each, or the whole
 * plan's), in which format and with which options, into a folder (files named by unit or plan) or
 * to one file the person named; with progress and a cancel that stops between two files.
 */
public final class ExportSheets {

    /** Which sheets: one unit's, every unit's (one file each), or the whole plan's. */
    public record Pick(String unit, boolean wholePlan) {
        public static final Pick EVERY_UNIT = new Pick(null, false);
        public static final Pick WHOLE_PLAN = new Pick(null, true);

        public Pick {
            if (unit != null && wholePlan) {
                throw new IllegalArgumentException("a unit's sheet or the whole plan's, not both");
            }
        }

        /** The sheet of the unit named {@code name}. */
        public static Pick unit(String name) {
            return new Pick(Objects.requireNonNull(name, "name"), false);
        }

        /** One sheet (a unit's or the whole plan's) rather than one per unit. */
        public boolean single() {
            return unit != null || wholePlan;
        }
    }

    /**
     * What to write and where.
     *
     * @param fontFile the font file for PDF, or null to find one (see {@link SheetFormat#openWriter})
     * @param folder   the folder the files go into, named by unit or plan; null when {@code file} is given
     * @param file     the one file a single sheet goes to; null when {@code folder} is given
     */
    public record Request(Pick pick, SheetFormat format, SheetOptions options, Path fontFile, Path folder,
            Path file) {
        public Request {
            Objects.requireNonNull(pick, "pick");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(options, "options");
            if ((folder == null) == (file == null)) {
                throw new IllegalArgumentException("a folder or a file");
            }
            if (file != null && !pick.single()) {
                throw new IllegalArgumentException("every unit's sheet goes into a folder, not one file");
            }
        }

        /** The picked sheets into {@code folder} (created if missing), each file named by its unit or plan. */
        public static Request intoFolder(Pick pick, SheetFormat format, SheetOptions options, Path folder) {
            return new Request(pick, format, options, null, Objects.requireNonNull(folder, "folder"), null);
        }

        /** One sheet to {@code file}. */
        public static Request toFile(Pick pick, SheetFormat format, SheetOptions options, Path file) {
            return new Request(pick, format, options, null, null, Objects.requireNonNull(file, "file"));
        }

        /** The same with the PDF's font from {@code fontFile} (null: found as usual). */
        public Request withFont(Path fontFile) {
            return new Request(pick, format, options, fontFile, folder, file);
        }
    }

    private ExportSheets() {
    }

    /** The stored plan {@code planId}, whole, if the workspace has it. */
    /**
     * The plan as its sheets print it: where an extension was approved, the 完成时限 cell gives the original limit
     * (原定) and the adjusted date (调整后) — see {@link SheetDates}.
     */
    public static UseCase<Optional<Plan>> find(long planId) {
        return session -> {
            Optional<Plan> plan = session.workspace().plans().load(planId);
            if (plan.isEmpty()) {
                return plan;
            }
            EffectiveDeadlines deadlines = Requests.effectiveDeadlines().run(session);
            return Optional.of(SheetDates.of(plan.get(), deadlines));
        };
    }

    /**
     * {@link #write} on the session's I/O thread; how far it got goes to {@code progress} and to the
     * runner's progress bar.
     */
    public static Session.ProgressUseCase<BatchExport.Result> of(Plan plan, Request request,
            BatchExport.Progress progress, BooleanSupplier cancelled) {
        return (session, bar) -> write(plan, request, (done, total, unit) -> {
            bar.update(done, total);
            progress.update(done, total, unit);
        }, cancelled);
    }

    /**
     * Writes the sheets {@code request} picks of {@code plan}. The unit is checked, then the writer
     * opened (for PDF: the font), before any folder or file is made.
     *
     * @param progress  told before each file of every unit's sheets and once at the end
     * @param cancelled asked before each file of every unit's sheets
     * @return the files written, in order, and whether it was cancelled before the end
     * @throws IllegalArgumentException if the plan gives the picked unit no task (the message says so)
     * @throws RuntimeException        for PDF, the font's own if no usable Chinese font is found (see
     *                                  {@link SheetFormat#openWriter})
     */
    public static BatchExport.Result write(Plan plan, Request request, BatchExport.Progress progress,
            BooleanSupplier cancelled) throws IOException {
        Pick pick = request.pick();
        List<String> units = units(plan, pick);
        try (SheetWriter writer = request.format().openWriter(request.fontFile())) {
            BatchExport export = new BatchExport(writer, request.options());
            if (request.file() != null) {
                return done(export.sheet(plan, pick.wholePlan() ? null : units.get(0), request.file()));
            }
            if (pick.wholePlan()) {
                return done(export.wholePlan(plan, request.folder()));
            }
            return export.units(plan, units, request.folder(), progress, cancelled);
        }
    }

    /** The units whose sheets are picked, as the plan names them: none for the whole plan. */
    private static List<String> units(Plan plan, Pick pick) {
        if (pick.wholePlan()) {
            return List.of();
        }
        if (pick.unit() == null) {
            return PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        }
        return List.of(PlanUnits.find(plan, pick.unit()).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("sheets.error.unknownUnit", pick.unit(), plan.displayTitle()))));
    }

    private static BatchExport.Result done(Path file) {
        return new BatchExport.Result(List.of(file), false);
    }
}
