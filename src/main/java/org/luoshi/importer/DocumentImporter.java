package org.luoshi.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TaskTableReader;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * From a read document to a plan: the text parser reads the header and the numbered tasks; where the
 * document carries its division of work as a table (分工表), the table's rows are the tasks instead.
 */
public final class DocumentImporter {
    private final PlanParser parser = new PlanParser();
    private final TaskTableReader tables;

    public DocumentImporter() {
        this(RememberedHeaders.NONE);
    }

    /** An importer whose table reader takes the header meanings the person chose before. */
    public DocumentImporter(RememberedHeaders remembered) {
        this.tables = new TaskTableReader(remembered);
    }

    public ParsedPlan importDocument(ImportedDocument document) {
        return importDocument(document, ImportMonitor.NONE);
    }

    /**
     * As {@link #importDocument(ImportedDocument)}, reporting progress to {@code monitor} and ending
     * with a {@link java.util.concurrent.CancellationException} when it says so.
     */
    public ParsedPlan importDocument(ImportedDocument document, ImportMonitor monitor) {
        ParsedPlan parsed = parser.parse(document.text(), null, monitor);
        Plan plan = parsed.plan();
        Integer year = plan.issuedOn() == null ? null : plan.issuedOn().getYear();
        List<Task> tableTasks = new ArrayList<>();
        List<Part> tableParts = new ArrayList<>();
        for (DocumentTable table : document.tables()) {
            monitor.checkCancelled();
            Optional<TaskTableReader.TableTasks> read =
                    tables.read(table, tableTasks.size() + 1, year, monitor);
            read.ifPresent(t -> {
                tableTasks.addAll(t.tasks());
                tableParts.addAll(t.parts());
            });
        }
        if (tableTasks.isEmpty()) {
            return parsed;
        }
        // The table is the division of work; warnings about numbered paragraphs no longer apply.
        List<ImportWarning> warnings = List.of();
        Plan withTable = new Plan(0, plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), plan.issuedOn(),
                plan.sourceText(), tableParts, List.of(), tableTasks);
        return new ParsedPlan(withTable, warnings);
    }
}
