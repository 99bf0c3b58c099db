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
    private final TaskTableReader tables = new TaskTableReader();

    public ParsedPlan importDocument(ImportedDocument document) {
        return importDocument(document, ImportMonitor.NONE);
    }

    /**
     * As {@link #importDocument(ImportedDocument)}, reporting progress to {@code monitor} and ending
     * with a {@link java.util.concurrent.CancellationException} when it says so.
     */
    public ParsedPlan importDocument(ImportedDocument document, ImportMonitor monitor) {
        return importDocument(document, null, monitor);
    }

    /**
     * As {@link #importDocument(ImportedDocument, ImportMonitor)}, the tasks read from the table named
     * {@code table} only (a workbook's sheet the person chose), or from every task table if null.
     * A workbook's tasks are in its task tables or nowhere: its text only prints its sheets, so
     * without a task table it gives a plan without tasks rather than cells read as numbered prose.
     */
    public ParsedPlan importDocument(ImportedDocument document, String table, ImportMonitor monitor) {
        ParsedPlan parsed = parser.parse(document.text(), null, monitor);
        Plan plan = parsed.plan();
        Integer year = plan.issuedOn() == null ? null : plan.issuedOn().getYear();
        List<Task> tableTasks = new ArrayList<>();
        List<Part> tableParts = new ArrayList<>();
        for (DocumentTable candidate : document.tables()) {
            monitor.checkCancelled();
            if (table != null && !candidate.name().equals(table)) {
                continue;
            }
            Optional<TaskTableReader.TableTasks> read =
                    tables.read(candidate, tableTasks.size() + 1, year, monitor);
            read.ifPresent(t -> {
                tableTasks.addAll(t.tasks());
                tableParts.addAll(t.parts());
            });
        }
        if (tableTasks.isEmpty()) {
            return document.workbook() ? new ParsedPlan(new Plan(0, plan.notice(), plan.title(), plan.docNumber(),
                    plan.issuer(), plan.issuedOn(), plan.sourceText(), List.of(), List.of(), List.of()), List.of())
                    : parsed;
        }
        // The table is the division of work; warnings about numbered paragraphs no longer apply.
        List<ImportWarning> warnings = List.of();
        Plan withTable = new Plan(0, plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), plan.issuedOn(),
                plan.sourceText(), tableParts, List.of(), tableTasks);
        return new ParsedPlan(withTable, warnings);
    }

    /** The names of the document's tables whose header reads as a task table (a workbook's task sheets). */
    public List<String> taskTables(ImportedDocument document) {
        return document.tables().stream().filter(t -> tables.meanings(t).isPresent()).map(DocumentTable::name)
                .toList();
    }
}
