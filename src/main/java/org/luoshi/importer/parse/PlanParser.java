package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Turns the text of a task-division plan into a {@link Plan}: classify lines, read the header,
 * pick the heading level that carries the tasks, then read each task's clauses and deadlines.
 * Pure and deterministic; never throws on any input (the worst case is a plan without tasks and
 * a warning saying so).
 */
public final class PlanParser {
    /** Parts and sections that introduce the plan rather than assign work. */
    private static final Pattern PREAMBLE_TITLE = Pattern.compile(
            "^(?:指导思想|基本原则|总体要求|工作目标|发展目标|主要目标|总体目标|目标任务|基本思路|工作原则)[。．.：:]?.*");

    private final LineClassifier classifier = new LineClassifier();
    private final HeaderParser headerParser = new HeaderParser();
    private final BracketScanner brackets = new BracketScanner();
    private final ClauseParser clauseParser = new ClauseParser();
    private final DeadlineParser deadlineParser = new DeadlineParser();

    public ParsedPlan parse(String text) {
        String source = text == null ? "" : text;
        List<SourceLine> lines = Texts.lines(source);
        List<ClassifiedLine> classified = classifier.classifyAll(lines);
        List<ImportWarning> warnings = new ArrayList<>();

        int bodyStart = firstHeading(classified);
        int bodyEnd = Math.max(bodyStart, headerParser.signatureStart(lines));
        DocumentHeader header = headerParser.parse(lines.subList(0, bodyStart), lines.subList(bodyEnd, lines.size()));
        List<ClassifiedLine> body = classified.subList(bodyStart, bodyEnd);

        LineKind taskLevel = taskLevel(body);
        Integer issueYear = header.issuedOn() == null ? null : header.issuedOn().getYear();

        List<Part> parts = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        String part = null;
        String section = null;
        boolean inPreamble = false;
        boolean firstListedLeads = false;
        Paragraph current = null;

        for (ClassifiedLine line : body) {
            LineKind kind = line.kind();
            if (kind.isHeading() && kind.depth() <= taskLevel.depth()) {
                if (current != null) {
                    firstListedLeads = addTask(current, tasks, warnings, issueYear, firstListedLeads);
                    current = null;
                }
                if (kind == taskLevel) {
                    current = new Paragraph(line, part, section, inPreamble);
                } else if (kind == LineKind.PART) {
                    part = line.label();
                    section = null;
                    inPreamble = PREAMBLE_TITLE.matcher(line.body()).matches();
                    parts.add(new Part(part, headingTitle(line.body())));
                } else if (kind == LineKind.SECTION) {
                    section = line.label();
                    sections.add(new Section(part, section, headingTitle(line.body())));
                }
            } else if (current != null && kind != LineKind.BLANK) {
                current.lines.add(line);
            }
        }
        if (current != null) {
            addTask(current, tasks, warnings, issueYear, firstListedLeads);
        }
        if (tasks.isEmpty()) {
            warnings.add(new ImportWarning(0, Messages.get("import.warning.noTasks")));
        }
        Plan plan = new Plan(0, header.notice(), header.title(), header.docNumber(), header.issuer(),
                header.issuedOn(), source, parts, sections, tasks);
        return new ParsedPlan(plan, warnings);
    }

    /** The body starts at the first numbered heading; everything before it is front matter. */
    private static int firstHeading(List<ClassifiedLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isHeading()) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The task level is the heading level whose paragraphs carry responsibility clauses; if no level
     * does, the deepest numbered level of the body.
     */
    private LineKind taskLevel(List<ClassifiedLine> body) {
        Map<LineKind, Integer> clauses = new EnumMap<>(LineKind.class);
        LineKind deepest = LineKind.PART;
        for (int i = 0; i < body.size(); i++) {
            ClassifiedLine line = body.get(i);
            if (!line.isHeading()) {
                continue;
            }
            if (line.kind().depth() > deepest.depth()) {
                deepest = line.kind();
            }
            StringBuilder paragraph = new StringBuilder(line.body());
            for (int j = i + 1; j < body.size() && !body.get(j).isHeading(); j++) {
                paragraph.append(body.get(j).line().stripped());
            }
            if (hasClause(paragraph.toString())) {
                clauses.merge(line.kind(), 1, Integer::sum);
            }
        }
        return clauses.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(a.getKey().depth(), b.getKey().depth())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey)
                .orElse(deepest);
    }

    private boolean hasClause(String paragraph) {
        for (Bracketed b : brackets.outermost(paragraph)) {
            if (clauseParser.parse(b.content(), false).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Builds the task of one paragraph; returns whether the standing "first listed leads" rule holds after it. */
    private boolean addTask(Paragraph p, List<Task> tasks, List<ImportWarning> warnings, Integer issueYear,
            boolean firstListedLeads) {
        String paragraph = p.text();
        List<Assignment> assignments = new ArrayList<>();
        List<String> timeLimits = new ArrayList<>();
        boolean others = false;
        boolean rule = firstListedLeads;
        StringBuilder text = new StringBuilder();
        int last = 0;
        for (Bracketed b : brackets.outermost(paragraph)) {
            Optional<ParsedClause> clause = clauseParser.parse(b.content(), rule);
            if (clause.isEmpty()) {
                continue;
            }
            ParsedClause c = clause.get();
            text.append(paragraph, last, b.start());
            last = b.end();
            for (Assignment a : c.assignments()) {
                if (!assignments.contains(a)) {
                    assignments.add(a);
                }
            }
            timeLimits.addAll(c.timeLimits());
            others |= c.othersIncluded();
            rule |= c.setsFirstListedLeads();
        }
        text.append(paragraph.substring(last));
        String taskText = Texts.strip(text.toString());

        if (assignments.isEmpty() && p.inPreamble) {
            return rule; // 指导思想, 基本原则 …: no work assigned
        }
        if (assignments.isEmpty() && PREAMBLE_TITLE.matcher(p.heading.body()).matches()) {
            return rule;
        }
        int lineNo = p.heading.number();
        if (assignments.isEmpty()) {
            warnings.add(new ImportWarning(lineNo, Messages.get("import.warning.noClause", p.heading.printedLabel())));
        }

        List<FoundDeadline> found = deadlineParser.find(taskText, issueYear);
        List<Deadline> deadlines = new ArrayList<>();
        for (FoundDeadline f : found) {
            deadlines.add(f.deadline());
            if (f.deadline().kind() == DeadlineKind.BY && f.deadline().date() == null) {
                warnings.add(new ImportWarning(lineNo, Messages.get("import.warning.noYear", f.deadline().raw())));
            }
        }
        for (String limit : timeLimits) {
            for (Deadline d : deadlineParser.parseTimeLimit(limit, issueYear)) {
                if (deadlines.stream().noneMatch(x -> x.raw().equals(d.raw()))) {
                    deadlines.add(d);
                }
            }
        }
        List<Milestone> milestones = MilestoneExtractor.milestones(taskText, found);

        tasks.add(new Task(0, tasks.size() + 1, p.heading.printedLabel(), p.part, p.section, taskText,
                assignments, others, deadlines, milestones, List.of(), TaskStatus.NOT_STARTED, lineNo));
        return rule;
    }

    /** A heading's title is its text up to the first full stop (（一）指导思想。以…). */
    private static String headingTitle(String body) {
        int stop = body.indexOf('。');
        return stop > 0 && stop < body.length() - 1 ? body.substring(0, stop) : body.replaceAll("。$", "");
    }

    /** The lines of one task: its heading and what follows up to the next heading of its level or above. */
    private static final class Paragraph {
        final ClassifiedLine heading;
        final String part;
        final String section;
        final boolean inPreamble;
        final List<ClassifiedLine> lines = new ArrayList<>();

        Paragraph(ClassifiedLine heading, String part, String section, boolean inPreamble) {
            this.heading = heading;
            this.part = part;
            this.section = section;
            this.inPreamble = inPreamble;
        }

        String text() {
            StringBuilder b = new StringBuilder(heading.body());
            for (ClassifiedLine l : lines) {
                b.append('\n').append(l.line().stripped());
            }
            return b.toString();
        }
    }

}
