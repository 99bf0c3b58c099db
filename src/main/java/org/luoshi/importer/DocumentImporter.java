package org.luoshi.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.StandingRule;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.table.ColumnMeanings;
import org.luoshi.importer.table.FlatTableFinder;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TaskTableReader;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * From a read document to a plan: the text parser reads the header and the numbered tasks; where the
 * document carries its division of work as a table (分工表), the table's rows are the tasks instead —
 * a table its reader found, or, for a document read without one, a table flattened into its text
 * ({@link FlatTableFinder}). A table with a header and no task rows, in a document the text parser
 * finds no tasks in either, gives a plan without tasks and a warning saying why.
 */
public final class DocumentImporter {
    private final PlanParser parser = new PlanParser();
    private final TaskTableReader tables;
    private final FlatTableFinder flat;

    /** An importer that knows the built-in table header words. */
    public DocumentImporter() {
        this(RememberedHeaders.NONE);
    }

    /** An importer that recognises table headers with {@code words}: the user's remembered choices first. */
    public DocumentImporter(RememberedHeaders words) {
        tables = new TaskTableReader(words);
        flat = new FlatTableFinder(words);
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
        // A reader that found no table may still have text that was one: a web page's or a PDF's copy.
        List<DocumentTable> found = document.tables().isEmpty() ? flat.find(document.text(), monitor) : document.tables();
        StandingRule rule = found.isEmpty() ? StandingRule.NONE : statedRule(document.text());
        List<Task> tableTasks = new ArrayList<>();
        List<Part> tableParts = new ArrayList<>();
        DocumentTable emptyTable = null;
        for (DocumentTable table : found) {
            monitor.checkCancelled();
            Optional<ColumnMeanings> meanings = tables.meanings(table);
            if (meanings.isEmpty()) {
                continue;
            }
            TaskTableReader.TableTasks t =
                    tables.read(table, meanings.get(), tableTasks.size() + 1, year, rule, monitor);
            tableTasks.addAll(t.tasks());
            tableParts.addAll(t.parts());
            if (t.tasks().isEmpty() && emptyTable == null) {
                emptyTable = table;
            }
        }
        if (tableTasks.isEmpty()) {
            if (emptyTable != null && plan.tasks().isEmpty()) {
                // A 分工表 header with no rows under it: say so, rather than only "no tasks".
                List<ImportWarning> warnings = new ArrayList<>(parsed.warnings());
                warnings.add(0, new ImportWarning(emptyTable.firstLine(), Messages.get("import.warning.emptyTable",
                        String.join(" ", emptyTable.rows().get(0).texts()).strip())));
                return new ParsedPlan(plan, warnings, parsed.sourceMap());
            }
            return parsed;
        }
        // The table is the division of work; warnings about numbered paragraphs no longer apply.
        List<ImportWarning> warnings = List.of();
        Plan withTable = new Plan(0, plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), plan.issuedOn(),
                plan.sourceText(), tableParts, List.of(), tableTasks);
        return new ParsedPlan(withTable, warnings);
    }

    /** The standing rule the document states anywhere (列第一位者为牵头单位), for its tables' 责任单位 lists. */
    private static StandingRule statedRule(String text) {
        StandingRule rule = StandingRule.NONE;
        for (SourceLine line : Texts.lines(text)) {
            StandingRule stated = StandingRule.statedIn(line.text());
            if (stated != StandingRule.NONE) {
                rule = stated;
            }
        }
        return rule;
    }
}
