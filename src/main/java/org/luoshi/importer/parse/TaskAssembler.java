package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** Builds the tasks of a parse from stretches of block text, recording their spans and warnings. */
final class TaskAssembler {
    /**
     * Where a task stands: its printed number (null if unnumbered), enclosing part and section,
     * the source range of its label (or null), and the line to report if it has no text.
     */
    record Place(String number, String part, String section, int[] label, int fallbackLine) {
    }

    private final SpanRecorder spans;
    private final List<ImportWarning> warnings;
    private final Integer issueYear;
    private final DeadlineParser deadlineParser = new DeadlineParser();
    private final ParseRun run;
    final List<Task> tasks = new ArrayList<>();
    /**
     * The lead a part or section heading names for its items (一、县示范区管委会牵头工作(8项)): given to each task
     * under it that names no unit of its own; empty elsewhere.
     */
    private List<Assignment> headingUnits = List.of();
    /** For each task (by index), the number of the last numbered task up to it, or null. */
    private final List<String> lastNumber = new ArrayList<>();

    TaskAssembler(SpanRecorder spans, List<ImportWarning> warnings, Integer issueYear, ParseRun run) {
        this.spans = spans;
        this.warnings = warnings;
        this.issueYear = issueYear;
        this.run = run;
    }

    /** Sets the units a heading names for the tasks under it (none: an empty list). */
    void headingUnits(List<Assignment> units) {
        headingUnits = List.copyOf(units);
    }

    boolean hasHeadingUnits() {
        return !headingUnits.isEmpty();
    }

    int size() {
        return tasks.size();
    }

    boolean isEmpty() {
        return tasks.isEmpty();
    }

    /**
     * Adds the task made of characters [from, to) of a block's text: the text without the
     * clauses that lie inside, the clauses' units and time limits, the deadlines of the text.
     */
    Task add(BlockText t, int from, int to, List<ClauseFinder.Hit> hits, Place place) {
        String number = place.number();
        int[] label = place.label();
        int seq = tasks.size() + 1;
        MappedText raw = new MappedText(to - from);
        List<Assignment> assignments = new ArrayList<>();
        List<String> timeLimits = new ArrayList<>();
        boolean others = false;
        int pos = from;
        for (int i = ClauseFinder.firstFrom(hits, from); i < hits.size() && hits.get(i).start() < to; i++) {
            run.step();
            ClauseFinder.Hit h = hits.get(i);
            if (h.end() > to) {
                continue;
            }
            raw.append(t.text, pos, h.start());
            pos = h.end();
            int[] range = t.text.sourceRange(h.start(), h.end());
            if (range != null) {
                spans.add(SpanKind.CLAUSE, range[0], range[1], seq);
            }
            for (Assignment a : h.clause().assignments()) {
                if (!assignments.contains(a)) {
                    assignments.add(a);
                }
            }
            others |= h.clause().othersIncluded();
            timeLimits.addAll(h.clause().timeLimits());
            for (String unread : h.clause().unread()) {
                warnings.add(new ImportWarning(t.lineNumberAt(h.start()),
                        Messages.get("import.warning.unreadUnits", unread)));
            }
        }
        raw.append(t.text, pos, to);
        if (assignments.isEmpty()) {
            assignments.addAll(headingUnits);
        }
        MappedText text = raw.strip();
        if (label != null) {
            spans.add(SpanKind.LABEL, label[0], label[1], seq);
        }
        spans.runs(SpanKind.TASK_TEXT, text, 0, text.length(), seq);

        int line = label != null ? spans.lineOf(label[0])
                : text.length() > 0 && text.sourceOffset(0) >= 0 ? spans.lineOf(text.sourceOffset(0)) : place.fallbackLine();
        String taskText = text.text();
        List<FoundDeadline> found = deadlineParser.find(taskText, issueYear);
        List<Deadline> deadlines = new ArrayList<>();
        for (FoundDeadline d : found) {
            deadlines.add(d.deadline());
            int[] range = text.sourceRange(d.start(), d.end());
            spans.deadline(range, seq);
            warnIfUndated(d.deadline(), range == null ? line : spans.lineOf(range[0]));
        }
        for (String limit : timeLimits) {
            for (Deadline d : deadlineParser.parseTimeLimit(limit, issueYear)) {
                if (deadlines.stream().noneMatch(x -> x.raw().equals(d.raw()))) {
                    deadlines.add(d);
                    warnIfUndated(d, line);
                }
            }
        }
        if (assignments.isEmpty() && number != null) {
            assignments.addAll(subjectUnits(taskText)); // 1.县应急管理局负责尾矿库…的隐患排查治理工作。
        }
        if (assignments.isEmpty() && number != null) {
            others |= withUnits(taskText, assignments); // …的问题,由国土资源部会同农业部等部门负责落实。
        }
        List<Milestone> milestones = MilestoneExtractor.milestones(taskText, found);
        Task task = new Task(0, seq, number, place.part(), place.section(), taskText, assignments, others, deadlines, milestones,
                List.of(), TaskStatus.NOT_STARTED, line);
        tasks.add(task);
        lastNumber.add(number != null ? number : lastNumber.isEmpty() ? null : lastNumber.get(lastNumber.size() - 1));
        run.step();
        if (assignments.isEmpty() && number == null) {
            warnings.add(new ImportWarning(line, Messages.get("import.warning.noClause", "#" + seq)));
        }
        return task;
    }

    private void warnIfUndated(Deadline d, int line) {
        boolean undated = (d.kind() == DeadlineKind.BY || d.kind() == DeadlineKind.FROM) && d.date() == null;
        if (undated) {
            warnings.add(new ImportWarning(line, Messages.get("import.warning.noYear", d.raw())));
        }
    }

    /**
     * The label of the last numbered task before task {@code seq}, for warnings ("#3" if none). Looked
     * up, not searched for: a search back over the tasks made long runs of unnumbered tasks quadratic.
     */
    String labelBefore(int seq) {
        run.step();
        int i = Math.min(seq - 2, tasks.size() - 1); // tasks.get(i).seq() == i + 1
        String number = i >= 0 ? lastNumber.get(i) : null;
        return number != null ? number : "#" + Math.max(1, seq - 1);
    }

    /** A numbered item that opens with who does it: 县公安局负责道路交通…, 由市财政局牵头… (not 市政府负责同志…, a person). */
    private static final Pattern SUBJECT = Pattern.compile(
            "^由?([^，。；：:,;（）()\\s]{2,40}?)(?:具体|主要|共同)?(牵头负责|牵头|负责)(?!同志|人|的)");

    /**
     * 由X会同Y、Z等部门负责落实 after a comma, in the item's own sentence (国办函〔2014〕31号, a task a question
     * answered: 关于“…”的问题,由发展改革委会同中央农办、农业部等部门研究提出落实意见): X leads, Y and Z work with it.
     */
    private static final Pattern LEAD_WITH = Pattern.compile(
            "[，,；;]由([^，。；：:,;（）()\\s]{2,40}?)会同([^，。；：:,;（）()\\s]{2,300}?(?:等(?:有关|相关)?(?:部门|单位))?)"
                    + "(?=负责|研究|共同|提出|抓好|落实|组织|推进|制定|做好)");

    /**
     * Adds the units of an item's 由X会同Y…负责 sentence to {@code assignments} (nothing when the names are no units);
     * returns whether the list says others are meant (等部门).
     */
    static boolean withUnits(String text, List<Assignment> assignments) {
        Matcher m = LEAD_WITH.matcher(text);
        if (!m.find()) {
            return false;
        }
        UnitListSplitter splitter = new UnitListSplitter();
        UnitList leads = splitter.split(m.group(1));
        UnitList with = splitter.split(m.group(2));
        if (leads.names().isEmpty() || with.names().isEmpty()
                || !leads.names().stream().allMatch(UnitListSplitter::looksLikeUnit)
                || !with.names().stream().allMatch(UnitListSplitter::looksLikeUnit)) {
            return false;
        }
        leads.names().forEach(n -> assignments.add(Assignment.of(n, Role.LEAD)));
        with.names().forEach(n -> assignments.add(Assignment.of(n, Role.COOPERATING)));
        return leads.othersIncluded() || with.othersIncluded();
    }

    /**
     * The units an item without a clause names as its subject: the lead when one unit 负责 or
     * any 牵头, shared responsibility when several 负责; none when the subject is no list of units.
     */
    static List<Assignment> subjectUnits(String text) {
        Matcher m = SUBJECT.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<String> names = new UnitListSplitter().split(m.group(1)).names();
        if (names.isEmpty() || !names.stream().allMatch(UnitListSplitter::looksLikeUnit)) {
            return List.of();
        }
        Role role = m.group(2).startsWith("牵头") || names.size() == 1 ? Role.LEAD : Role.RESPONSIBLE;
        return names.stream().map(n -> Assignment.of(n, role)).toList();
    }
}
