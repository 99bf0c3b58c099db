package org.luoshi.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.luoshi.paper.PageSetup;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.output.SheetWriter;

/**
 * Writes one sheet per unit into a folder, each file named by its unit, reporting progress and
 * stopping between two files when cancelled. Files written before a cancel or a failure are
 * complete and stay; no file is ever left half-written.
 */
public final class BatchExport {

    /** Told before each file and once at the end (done == total). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String unit);
    }

    /** The files written, in order, and whether the run was cancelled before the end. */
    public record Result(List<Path> files, boolean cancelled) {
        public Result {
            files = List.copyOf(files);
        }
    }

    private final SheetWriter writer;
    private final SheetOptions options;

    public BatchExport(SheetWriter writer, SheetOptions options) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param units names of units the plan gives tasks to (see {@link PlanUnits})
     * @throws IllegalArgumentException if a unit has no task in the plan; checked before any file is written
     */
    public Result units(Plan plan, List<String> units, Path folder, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        for (String unit : units) {
            if (PlanUnits.find(plan, unit).isEmpty()) {
                UnitSheets.of(plan, unit, options); // throws with the message for the user
            }
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new Result(written, true);
            }
            String unit = units.get(i);
            progress.update(i, units.size(), unit);
            String name = FileNames.forUnit(unit, writer.extension(), names);
            names.add(name);
            Path file = folder.resolve(name);
            write(UnitSheets.of(plan, unit, options), file);
            written.add(file);
        }
        progress.update(units.size(), units.size(), "");
        return new Result(written, false);
    }

    /** The whole-plan sheet into {@code folder}; returns the file. */
    public Path wholePlan(Plan plan, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FileNames.forPlan(plan, writer.extension()));
        write(PlanSheets.of(plan, options), file);
        return file;
    }

    /** One sheet to {@code file}, whatever its name: the whole plan's, or {@code unit}'s if not null. */
    public Path sheet(Plan plan, String unit, Path file) throws IOException {
        write(unit == null ? PlanSheets.of(plan, options) : UnitSheets.of(plan, unit, options), file);
        return file;
    }

    private void write(Sheet sheet, Path file) throws IOException {
        writer.write(sheet, PageSetup.a4(sheet.orientation()), file);
    }
}
