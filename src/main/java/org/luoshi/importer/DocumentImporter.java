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
import org.luoshi.importer.parse.PinyinGlosses;
import org.luoshi.importer.parse.StandingRule;
import org.luoshi.importer.parse.TraditionalScript;
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
        return importDocument(document, null, monitor);
    }

    /**
     * As {@link #importDocument(ImportedDocument, ImportMonitor)}, the tasks read from the table named
     * {@code table} only (a workbook's sheet the person chose), or from every task table if null.
     * A workbook's tasks are in its task tables or nowhere: its text only prints its sheets, so
     * without a task table it gives a plan without tasks rather than cells read as numbered prose.
     */
    public ParsedPlan importDocument(ImportedDocument document, String table, ImportMonitor monitor) {
        // A reprint in traditional characters is read as the simplified text it was converted from, its pinyin
        // glosses (印發(fā)) taken out.
        String unglossed = PinyinGlosses.strip(document.text());
        // Said to the person in the review and on the command line: names were converted, check them.
        boolean traditional = TraditionalScript.isTraditional(unglossed);
        String text = traditional ? TraditionalScript.simplifiedIfTraditional(unglossed) : unglossed;
        ParsedPlan parsed = parser.parse(document.workbook() ? frontMatter(document, table) : text, null, monitor);
        Plan plan = parsed.plan();
        Integer year = PlanParser.planYear(plan.issuedOn(), plan.docNumber(), plan.title());
        // A reader that found no table may still have text that was one: a web page's or a PDF's copy.
        List<DocumentTable> found = document.tables().isEmpty() ? flat.find(text, monitor) : document.tables();
        StandingRule rule = found.isEmpty() ? StandingRule.NONE : statedRule(text);
        List<Task> tableTasks = new ArrayList<>();
        List<Part> tableParts = new ArrayList<>();
        DocumentTable emptyTable = null;
        String title = plan.title();
        for (DocumentTable candidate : found) {
            monitor.checkCancelled();
            if (table != null && !candidate.name().equals(table)) {
                continue;
            }
            Optional<ColumnMeanings> meanings = tables.meanings(candidate);
            if (meanings.isEmpty()) {
                continue;
            }
            TaskTableReader.TableTasks t =
                    tables.read(candidate, meanings.get(), tableTasks.size() + 1, year, rule, monitor);
            tableTasks.addAll(t.tasks());
            tableParts.addAll(t.parts());
            if (t.tasks().isEmpty() && emptyTable == null) {
                emptyTable = candidate;
            }
            if (title == null && !t.tasks().isEmpty()) {
                title = titleAbove(candidate, meanings.get().headerRow());
            }
        }
        if (tableTasks.isEmpty()) {
            // A workbook's tasks are in its task tables or nowhere: its cells are no numbered prose.
            Plan without = document.workbook() ? new Plan(0, plan.notice(), plan.title(), plan.docNumber(),
                    plan.issuer(), plan.issuedOn(), document.text(), List.of(), List.of(), List.of()) : plan;
            List<ImportWarning> warnings = new ArrayList<>(document.workbook() ? List.of() : parsed.warnings());
            if (emptyTable != null && without.tasks().isEmpty()) {
                // A 分工表 header with no rows under it: say so, rather than only "no tasks".
                warnings.add(0, new ImportWarning(emptyTable.firstLine(), Messages.get("import.warning.emptyTable",
                        String.join(" ", emptyTable.rows().get(0).texts()).strip())));
            }
            if (traditional) {
                warnings.add(0, ImportWarning.traditionalScript());
            }
            // A workbook's source map would place only its front matter: the review shows its sheets without one.
            return document.workbook() ? new ParsedPlan(without, warnings)
                    : new ParsedPlan(without, warnings, parsed.sourceMap());
        }
        // The table is the division of work; warnings about numbered paragraphs no longer apply.
        List<ImportWarning> warnings = traditional ? List.of(ImportWarning.traditionalScript()) : List.of();
        Plan withTable = new Plan(0, plan.notice(), title, plan.docNumber(), plan.issuer(), plan.issuedOn(),
                document.workbook() ? document.text() : plan.sourceText(), tableParts, List.of(), tableTasks);
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

    /**
     * The lines of a workbook's text above its first task table's header, where a notice's title,
     * document number or date may stand: the rest of the text is sheets of cells, which the text
     * parser has nothing to read in (and would take seconds over on a sheet of 50,000 rows).
     */
    private String frontMatter(ImportedDocument document, String table) {
        for (DocumentTable candidate : document.tables()) {
            if (table != null && !candidate.name().equals(table)) {
                continue;
            }
            Optional<ColumnMeanings> meanings = tables.meanings(candidate);
            if (meanings.isPresent()) {
                int headerLine = candidate.rows().get(meanings.get().headerRow()).line();
                String text = document.text();
                int end = 0;
                for (int line = 1; line < headerLine; line++) {
                    int next = text.indexOf('\n', end);
                    if (next < 0) {
                        return text;
                    }
                    end = next + 1;
                }
                return text.substring(0, end);
            }
        }
        return "";
    }

    /**
     * The title a table carries above its header — a sheet's first row merged across it (某县2026年
     * 重点任务分工表) — where the text gave none: the first row above the header with one text only.
     */
    private static String titleAbove(DocumentTable table, int headerRow) {
        for (int r = 0; r < headerRow && r < table.rows().size(); r++) {
            List<String> texts = table.rows().get(r).texts().stream().map(String::strip).filter(t -> !t.isEmpty())
                    .toList();
            if (texts.size() == 1) {
                return texts.get(0);
            }
        }
        return null;
    }

    /** The names of the document's tables whose header reads as a task table (a workbook's task sheets). */
    public List<String> taskTables(ImportedDocument document) {
        return document.tables().stream().filter(t -> tables.meanings(t).isPresent()).map(DocumentTable::name)
                .toList();
    }
}
