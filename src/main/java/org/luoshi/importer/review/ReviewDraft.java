package org.luoshi.importer.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.importer.ShowableDates;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.SourceMap;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * An imported plan while a person reviews it: header fields and tasks, all editable, tasks can be
 * split and merged. Nothing here touches the workspace; {@link #toPlan()} gives the plan to save
 * once the person confirms.
 */
public final class ReviewDraft {
    private final String source;
    private final Plan parsed;
    private final List<ImportWarning> warnings;
    private final SourceMap parsedMap;
    /** Where the parsed tasks stand in the source; empty while the tasks shown come from re-read tables. */
    private SourceMap sourceMap;
    private boolean tasksFromTables;
    private final List<DraftTask> tasks = new ArrayList<>();
    private final TableReview tables;
    private List<Part> parts;
    private String title;
    private String docNumber;
    private String issuer;
    private LocalDate issuedOn;

    public ReviewDraft(ParsedPlan plan) {
        this(plan, null);
    }

    /**
     * A draft whose document has tables: {@code tables} lets the person choose the tables and the
     * meaning of their columns, and {@link #rereadTables()} puts the tasks they give in place.
     */
    public ReviewDraft(ParsedPlan plan, TableReview tables) {
        this.tables = tables;
        this.parsed = plan.plan();
        this.parts = parsed.parts();
        this.source = plan.plan().sourceText();
        this.warnings = plan.warnings();
        this.parsedMap = plan.sourceMap();
        this.sourceMap = parsedMap;
        this.title = parsed.title() != null ? parsed.title() : parsed.displayTitle();
        this.docNumber = parsed.docNumber();
        this.issuer = parsed.issuer();
        this.issuedOn = parsed.issuedOn();
        for (Task t : parsed.tasks()) {
            tasks.add(new DraftTask(t));
        }
    }

    /** The document's tables as the person reviews them, if it has any. */
    public Optional<TableReview> tableReview() {
        return Optional.ofNullable(tables);
    }

    /**
     * The tasks read again from the tables as now chosen and understood, in place of the tasks
     * shown (edits made to those are lost); where the tables give no task, the tasks the parser
     * found. Returns the number of tasks the tables gave.
     */
    public int rereadTables() {
        if (tables == null) {
            return 0;
        }
        TableReview.Read read = tables.read();
        List<Task> fresh = read.tasks().isEmpty() ? parsed.tasks() : showable(read.tasks());
        parts = read.tasks().isEmpty() ? parsed.parts() : read.parts();
        tasksFromTables = !read.tasks().isEmpty();
        sourceMap = tasksFromTables ? SourceMap.empty() : parsedMap;
        tasks.clear();
        fresh.forEach(t -> tasks.add(new DraftTask(t)));
        return read.tasks().size();
    }

    /** Without dates no view could show (as the import itself leaves them out). */
    private List<Task> showable(List<Task> read) {
        Plan plan = new Plan(0, parsed.notice(), parsed.title(), parsed.docNumber(), parsed.issuer(), parsed.issuedOn(),
                source, List.of(), List.of(), read);
        return ShowableDates.of(new ParsedPlan(plan, List.of())).plan().tasks();
    }

    public String source() {
        return source;
    }

    /**
     * The parser's warnings; while the tasks come from re-read tables only those about the whole document (its
     * script): the others speak of the text's tasks.
     */
    public List<ImportWarning> warnings() {
        return tasksFromTables ? warnings.stream().filter(ImportWarning::aboutDocument).toList() : warnings;
    }

    public List<DraftTask> tasks() {
        return List.copyOf(tasks);
    }

    /** The year a month without a year (6月底前) falls in: the issue year, if known. */
    public Integer contextYear() {
        return issuedOn == null ? null : issuedOn.getYear();
    }

    /** What to highlight in the source for the tasks as they are now. */
    public List<Highlight> highlights() {
        return new SourceHighlighter().highlight(source, sourceMap, toPlan().tasks(),
                tasks.stream().map(DraftTask::origins).toList());
    }

    /** Index of the task that holds source line {@code line}, or -1. */
    public int taskAtLine(int line) {
        if (sourceMap.spans().isEmpty()) {
            return SourceHighlighter.taskAtLine(toPlan().tasks(), source, line) - 1;
        }
        return SourceHighlighter.taskAtLine(sourceMap, tasks.stream().map(DraftTask::origins).toList(), line);
    }

    /** Splits task {@code index} at character {@code at} of its text; returns the new task's index. */
    public int split(int index, int at) {
        DraftTask task = tasks.get(index);
        if (at <= 0 || at >= task.text().length()) {
            throw new IllegalArgumentException("split inside the text, not at its ends");
        }
        tasks.add(index + 1, task.splitOff(at));
        return index + 1;
    }

    /** Merges task {@code index} with the one after it. */
    public void mergeWithNext(int index) {
        if (index < 0 || index + 1 >= tasks.size()) {
            throw new IllegalArgumentException("no next task to merge with");
        }
        tasks.get(index).absorb(tasks.remove(index + 1));
    }

    public void remove(int index) {
        tasks.remove(index);
    }

    /** The plan as reviewed, tasks numbered 1… in their new order. */
    public Plan toPlan() {
        List<Task> out = new ArrayList<>();
        for (DraftTask t : tasks) {
            out.add(t.toTask(out.size() + 1));
        }
        String notice = parsed.notice();
        return new Plan(0, notice, blankToNull(title), blankToNull(docNumber), blankToNull(issuer), issuedOn, source,
                parts, parsed.sections(), out);
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String docNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public String issuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
