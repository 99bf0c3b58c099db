package org.luoshi.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.DocumentReadException;
import org.luoshi.importer.read.DocumentReaders;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TaskTableHeaders;
import org.luoshi.plan.Plan;
import org.luoshi.session.BackgroundTasks;
import org.luoshi.session.UseCase;

/**
 * Importing a plan document, the same from the menu and from {@code luoshi import}: read the file
 * (or text), parse it, and — after the person reviewed it, in the window — store it with its units
 * named as this workspace names them, as one undoable edit.
 *
 * <p>Reading and parsing write nothing. In the window they report their progress and stop when the
 * person cancels ({@link #read(Path, BackgroundTasks.Progress, BooleanSupplier)}): the work then ends
 * with a {@link CancellationException}, promptly, since every loop over the document asks.
 */
public final class ImportDocument {
    /**
     * A document read and parsed, not stored yet.
     *
     * @param table the table (a workbook's sheet) the tasks were read from, or null for every task table
     */
    public record Read(ImportedDocument document, ParsedPlan parsed, String table) {
        public Read(ImportedDocument document, ParsedPlan parsed) {
            this(document, parsed, null);
        }

        public boolean hasTasks() {
            return !parsed.plan().tasks().isEmpty();
        }

        /**
         * The warnings about how the whole document was read (written in traditional characters, saved in simplified
         * ones), which the command line prints beside its output as the review shows them.
         */
        public List<String> documentWarnings() {
            return parsed.warnings().stream().filter(ImportWarning::aboutDocument).map(ImportWarning::message).toList();
        }

        /** The names of the tables that have a task table's header: the sheets a person may choose from. */
        public List<String> taskTables() {
            return new DocumentImporter().taskTables(document);
        }

        /** The same document parsed again with the tasks of table {@code name} only (null: every task table). */
        public Read withTable(String name) {
            return ImportDocument.parse(document, name, ImportMonitor.NONE, RememberedHeaders.NONE);
        }

        /**
         * Why nothing can be saved, in one line: for a workbook, which sheets were looked at for a
         * task table; for any other document, that no tasks were found.
         */
        public String noTasksMessage() {
            if (!document.workbook()) {
                return Messages.get("import.error.noTasks", document.name());
            }
            List<String> looked = table == null ? document.tableNames() : List.of(table);
            return Messages.get("import.error.noTaskTable", document.name(), sheets(looked));
        }
    }

    /** Of the progress bar, the share given to reading the file; parsing its text takes the rest. */
    private static final long READING = 250;
    private static final long WHOLE = 1000;

    private ImportDocument() {
    }

    /** Reads and parses {@code file} (.txt, .docx, .doc/.wps, .pdf, .xlsx/.xls/.et). No workspace needed. */
    public static Read read(Path file) throws DocumentReadException {
        return read(file, BackgroundTasks.Progress.NONE, () -> false);
    }

    /**
     * As {@link #read(Path)}, telling {@code progress} how far it got and stopping with a
     * {@link CancellationException} as soon as {@code cancelled} says so.
     */
    public static Read read(Path file, BackgroundTasks.Progress progress, BooleanSupplier cancelled)
            throws DocumentReadException {
        return read(file, null, progress, cancelled, RememberedHeaders.NONE);
    }

    /**
     * Reads and parses {@code file}, its tasks from the table (a workbook's sheet) named {@code table}
     * only, or from every task table if null. A name the document has no table of is refused with
     * a message that lists the names it has.
     */
    public static Read read(Path file, String table) throws DocumentReadException {
        return read(file, table, BackgroundTasks.Progress.NONE, () -> false, RememberedHeaders.NONE);
    }

    /**
     * As {@link #read(Path, String)}, its tables read with the header meanings the person chose before
     * ({@code headers}, the user settings' remembered headers): what {@code luoshi import} runs.
     */
    public static Read read(Path file, String table, RememberedHeaders headers) throws DocumentReadException {
        return read(file, table, BackgroundTasks.Progress.NONE, () -> false, headers);
    }

    /**
     * As {@link #read(Path, String)}, with progress and a way to stop, its tables read with the header
     * meanings the person chose before ({@code headers}).
     */
    public static Read read(Path file, String table, BackgroundTasks.Progress progress, BooleanSupplier cancelled,
            RememberedHeaders headers) throws DocumentReadException {
        ImportedDocument document = DocumentReaders.read(file, monitor(progress, cancelled, 0, READING),
                TaskTableHeaders.remembering(headers));
        if (table != null && !document.tableNames().contains(table)) {
            throw new DocumentReadException(Messages.get("import.error.noSuchSheet", document.name(), table,
                    sheets(document.tableNames())));
        }
        return parse(document, table, monitor(progress, cancelled, READING, WHOLE), headers);
    }

    /** Parses text copied from a web page or a document; {@code name} says where it came from. */
    public static Read text(String name, String text) {
        return text(name, text, BackgroundTasks.Progress.NONE, () -> false);
    }

    /** As {@link #text(String, String)}, with progress and a way to stop, as a file's {@code read}. */
    public static Read text(String name, String text, BackgroundTasks.Progress progress, BooleanSupplier cancelled) {
        return text(name, text, progress, cancelled, RememberedHeaders.NONE);
    }

    /** As {@link #text(String, String, BackgroundTasks.Progress, BooleanSupplier)}, with the header meanings remembered. */
    public static Read text(String name, String text, BackgroundTasks.Progress progress, BooleanSupplier cancelled,
            RememberedHeaders headers) {
        return parse(ImportedDocument.text(name, name, text), null, monitor(progress, cancelled, 0, WHOLE), headers);
    }

    private static Read parse(ImportedDocument document, String table, ImportMonitor monitor, RememberedHeaders headers) {
        return new Read(document,
                ShowableDates.of(new DocumentImporter(headers).importDocument(document, table, monitor)), table);
    }

    /** Sheet names as a list to read: 【任务分工】、【说明】. */
    private static String sheets(List<String> names) {
        return names.isEmpty() ? "—" : String.join("、", names.stream().map(n -> "【" + n + "】").toList());
    }

    /** Stores {@code plan} (as reviewed) as one undoable edit; gives it as stored, with its ids. */
    public static UseCase<Plan> save(Plan plan) {
        return session -> PlanSaving.storeAsEdit(session, plan);
    }

    /** A monitor whose work fills [from, to) of the progress bar's {@value #WHOLE} steps. */
    private static ImportMonitor monitor(BackgroundTasks.Progress progress, BooleanSupplier cancelled, long from,
            long to) {
        return new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                long share = total <= 0 ? 0 : (to - from) * Math.min(done, total) / total;
                progress.update(from + share, WHOLE);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
