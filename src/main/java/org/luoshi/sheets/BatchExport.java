package org.luoshi.sheets;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.luoshi.files.FileNameFit;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.PageSetup;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.output.SheetWriter;

/**
 * Writes one sheet per unit into a folder, each file named by the plan's document number and its unit
 * ({@link FileNames#forUnitOf}: 晋政办发〔2023〕1号-省财政厅-任务分工表.pdf), reporting progress and
 * stopping between two files when cancelled. File names are cut to what the folder leaves room for
 * ({@link FileNameFit#roomIn}). A file that cannot be written (a name the file system refuses, a
 * full disk, a folder in the way) is reported by name with its reason and the others are still
 * written. Files written before a cancel or a failure are complete and stay; no file is ever left
 * half-written.
 */
public final class BatchExport {

    /** Told before each file and once at the end (done == total). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String unit);
    }

    /** A unit's file that was not written: the unit, the file's name, and why (one line). */
    public record Failure(String unit, String file, String reason) {
    }

    /** The files written, in order, whether the run was cancelled before the end, and the files that failed. */
    public record Result(List<Path> files, boolean cancelled, List<Failure> failures) {
        public Result {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }

        public Result(List<Path> files, boolean cancelled) {
            this(files, cancelled, List.of());
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
        FileNameFit.Room room = folderFor(folder);
        List<Path> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        // Files already in the folder are never written over: a second export gets "-2" names.
        List<String> names = new ArrayList<>(existingNames(folder));
        for (int i = 0; i < units.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new Result(written, true, failures);
            }
            String unit = units.get(i);
            progress.update(i, units.size(), unit);
            String name = FileNames.forUnitOf(plan, unit, writer.extension(), names, room);
            names.add(name);
            Path file = folder.resolve(name);
            try {
                write(UnitSheets.of(plan, unit, options), file);
                written.add(file);
            } catch (IOException | RuntimeException e) {
                failures.add(new Failure(unit, name, IoReason.of(e)));
            }
        }
        progress.update(units.size(), units.size(), "");
        return new Result(written, false, failures);
    }

    /** The names of the files in {@code folder} (none if it cannot be listed). */
    private static List<String> existingNames(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The whole-plan sheet into {@code folder} (a new name if one is there already); returns the file. */
    public Path wholePlan(Plan plan, Path folder) throws IOException {
        FileNameFit.Room room = folderFor(folder);
        String name = FileNames.forPlan(plan, writer.extension(), room);
        List<String> taken = existingNames(folder);
        if (taken.stream().anyMatch(name::equalsIgnoreCase)) {
            String dot = "." + writer.extension();
            name = FileNameFit.name(name.substring(0, name.length() - dot.length()), writer.extension(), taken, room);
        }
        Path file = folder.resolve(name);
        write(PlanSheets.of(plan, options), file);
        return file;
    }

    /**
     * Makes {@code folder} if missing; gives the room a file name has in it.
     *
     * @throws FileSystemException if the folder's path is so long that no useful name fits after it
     */
    private static FileNameFit.Room folderFor(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileNameFit.Room room = FileNameFit.roomIn(folder);
        if (!room.useful()) {
            throw new FileSystemException(folder.toString(), null, Messages.get("file.reason.pathTooLong"));
        }
        return room;
    }

    /** One sheet to {@code file}, whatever its name: the whole plan's, or {@code unit}'s if not null. */
    public Path sheet(Plan plan, String unit, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        write(unit == null ? PlanSheets.of(plan, options) : UnitSheets.of(plan, unit, options), file);
        return file;
    }

    /** @throws FileSystemException naming {@code file}, with the reason it could not be written */
    private void write(Sheet sheet, Path file) throws IOException {
        try {
            writer.write(sheet, PageSetup.a4(sheet.orientation()), file);
        } catch (IOException e) {
            // named by the target, not by the temporary file a move failed from
            FileSystemException named = new FileSystemException(file.toString(), null, IoReason.of(e));
            named.initCause(e);
            throw named;
        }
    }
}
