package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Part;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

/**
 * Reads the body of a plan — from its first heading (or first clause) to its signature — into
 * parts, sections and tasks. A responsibility clause closes a task (or opens it, in plans that
 * print the clause first); headings at the task level give the tasks their numbers; headings
 * above it are parts and sections. Every stretch of text ends up in a task, a heading or body
 * text, recorded as spans. One reader per parse.
 */
final class BodyReader {
    /** Parts and headings that introduce the plan rather than assign work. */
    static final Pattern PREAMBLE_TITLE = Pattern.compile(
            "^(?:总体要求|指导思想|基本原则|工作目标|发展目标|主要目标|总体目标|目标任务|基本思路|工作原则|总体思路|"
                    + "主要任务目标|工作思路|适用范围|编制依据)[。．.：:]?.*");

    private final String source;
    private final int[] lineStarts;
    private final ClauseFinder finder = new ClauseFinder();
    private final ParseRun run;

    final List<Part> parts = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final TaskAssembler tasks;
    final List<ImportWarning> warnings = new ArrayList<>();
    final SpanRecorder spans;

    private ClauseFinder.RuleState rule;
    private TaskLevel level;
    private boolean anyClause;
    private String part;
    private String section;
    private boolean partIsPreamble;
    private boolean partHasClauses = true;
    /** Whether the task-level block being read is the body's last: text after its last clause may be the closing. */
    private boolean lastBlock;

    BodyReader(String source, int[] lineStarts, Integer issueYear, ParseRun run) {
        this.source = source;
        this.lineStarts = lineStarts;
        this.run = run;
        this.spans = new SpanRecorder(source, lineStarts);
        this.tasks = new TaskAssembler(spans, warnings, issueYear, run);
    }

    void read(List<ClassifiedLine> body, StandingRule initialRule) {
        run.startPass(2);
        List<Block> blocks = Block.of(body, run);
        // The clauses of each block and its vote for the task level; its text is made again when it
        // is read, not kept: the texts of all blocks together are a copy of the body, and more.
        List<ClauseFinder.Found> found = new ArrayList<>(blocks.size());
        TaskLevel.Votes votes = new TaskLevel.Votes();
        for (Block b : blocks) {
            BlockText t = text(b);
            ClauseFinder.Found f = finder.find(t.text.text(), new ClauseFinder.RuleState(initialRule), run, t);
            found.add(f);
            votes.add(b, t, f);
            run.reached(b.lastLine());
        }
        run.startPass(3);
        level = votes.level();
        anyClause = found.stream().anyMatch(f -> !f.closing().isEmpty());
        if (level.clausesLead()) {
            warnings.add(new ImportWarning(0, Messages.get("import.warning.clausesLead")));
        }
        boolean[] partClauses = partClauses(blocks, found);
        rule = new ClauseFinder.RuleState(initialRule);

        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            ClauseFinder.Found scanned = found.set(i, null); // read once; let go of it as the reading goes on
            run.step();
            if (!b.isHeading()) {
                BlockText t = text(b);
                ClauseFinder.Found f = clausesOf(t, scanned, initialRule);
                noteRejected(t, f, 0);
                loose(t, 0, f);
                i++;
                continue;
            }
            LineKind kind = b.level();
            if (!level.unnumbered() && kind == level.level()) {
                int j = i + 1;
                while (j < blocks.size() && blocks.get(j).isHeading() && blocks.get(j).level().depth() > kind.depth()) {
                    run.step();
                    found.set(j, null);
                    j++;
                }
                lastBlock = j >= blocks.size();
                if (j == i + 1 && rule.rule == initialRule) {
                    taskBlock(text(b), b.heading, false, scanned); // nothing changed since the first scan
                    rule.note(scanned.ruleAfter());
                } else {
                    BlockText t = new BlockText(source, lineStarts);
                    for (int k = i; k < j; k++) {
                        t.add(blocks.get(k));
                    }
                    taskBlock(t, b.heading, false);
                }
                lastBlock = false;
                i = j;
                continue;
            }
            if (level.groups(kind)) {
                BlockText t = text(b);
                groupingHeading(b, t, partClauses[i], clausesOf(t, scanned, initialRule));
            } else {
                taskBlock(text(b), b.heading, true); // a deeper heading with no task above it
            }
            i++;
        }
        if (tasks.isEmpty()) {
            warnings.add(new ImportWarning(0, Messages.get("import.warning.noTasks")));
        }
    }

    /** The text of a block as the parser reads it; the same each time it is made. */
    private BlockText text(Block b) {
        return new BlockText(source, lineStarts).add(b);
    }

    /** For each part heading, whether any block up to the next part carries a clause. */
    private boolean[] partClauses(List<Block> blocks, List<ClauseFinder.Found> found) {
        boolean[] out = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).level() != LineKind.PART) {
                continue;
            }
            for (int j = i; j < blocks.size() && (j == i || blocks.get(j).level() != LineKind.PART); j++) {
                run.step();
                if (!found.get(j).closing().isEmpty()) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    // ---- headings above the task level ----

    /**
     * The clauses of a block as read at this point: those of the first scan if the standing rule is
     * still the one that scan started with (the same text and rule give the same clauses), else a new scan.
     */
    private ClauseFinder.Found clausesOf(BlockText t, ClauseFinder.Found firstScan, StandingRule initialRule) {
        if (rule.rule == initialRule) {
            rule.note(firstScan.ruleAfter());
            return firstScan;
        }
        return finder.find(t.text.text(), rule, run, t);
    }

    private void groupingHeading(Block b, BlockText t, boolean clausesInPart, ClauseFinder.Found f) {
        ClassifiedLine h = b.heading;
        String title = TextScan.headingTitle(h.body());
        noteRejected(t, f, 0);
        List<ClauseFinder.Hit> closing = f.closing();
        boolean ownsClause = !closing.isEmpty() && closing.get(0).start() < t.headingLength;

        List<org.luoshi.plan.Assignment> named = ownsClause ? List.of() : leadNamedBy(title);
        if (h.kind() == LineKind.PART) {
            part = h.label();
            section = null;
            parts.add(new Part(part, title));
            partIsPreamble = PREAMBLE_TITLE.matcher(h.body()).matches();
            partHasClauses = clausesInPart || !named.isEmpty();
            tasks.headingUnits(named);
        } else if (h.kind() == LineKind.SECTION) {
            section = h.label();
            sections.add(new Section(part, section, title));
            if (!named.isEmpty() || !tasks.hasHeadingUnits()) {
                tasks.headingUnits(named);
            }
            partHasClauses |= !named.isEmpty();
        }
        if (ownsClause) {
            warnings.add(new ImportWarning(h.number(),
                    Messages.get("import.warning.headingIsTask", h.printedLabel())));
            numberedPieces(t, f, h.printedLabel());
            return;
        }
        int end = TextScan.headingEnd(h.body());
        spans.add(SpanKind.HEADING, t.label[0], t.text.sourceRange(0, Math.max(1, end))[1], 0);
        loose(t, end, f);
    }

    /** A heading that names who leads the items under it: 县示范区管委会牵头工作(8项) / 市发展改革委牵头的重点任务. */
    private static final Pattern LEAD_HEADING = Pattern.compile(
            "^(.{2,40}?)牵头(?:负责)?(?:的)?(?:重点|主要)?(?:工作|任务|事项)(?:[（(][^（）()]*[）)])?[。．.：:]?$");

    /** The units a heading names as the lead of its items (the list before 牵头…工作), else none. */
    private static List<org.luoshi.plan.Assignment> leadNamedBy(String title) {
        var m = LEAD_HEADING.matcher(Texts.strip(title));
        if (!m.matches()) {
            return List.of();
        }
        List<String> names = new UnitListSplitter().split(m.group(1)).names();
        if (names.isEmpty() || !names.stream().allMatch(UnitListSplitter::looksLikeUnit)) {
            return List.of(); // 王纲市长主抓… / a person's title is no unit
        }
        return names.stream().map(n -> org.luoshi.plan.Assignment.of(n, org.luoshi.plan.Role.LEAD)).toList();
    }

    // ---- blocks at the task level ----

    private void taskBlock(BlockText t, ClassifiedLine heading, boolean orphan) {
        taskBlock(t, heading, orphan, finder.find(t.text.text(), rule, run, t));
    }

    private void taskBlock(BlockText t, ClassifiedLine heading, boolean orphan, ClauseFinder.Found f) {
        noteRejected(t, f, 0);
        if (!f.closing().isEmpty()) {
            if (orphan) {
                warnings.add(new ImportWarning(heading.number(),
                        Messages.get("import.warning.headingIsTask", heading.printedLabel())));
            }
            numberedPieces(t, f, heading.printedLabel());
            return;
        }
        boolean notATask = orphan || partIsPreamble || PREAMBLE_TITLE.matcher(heading.body()).matches()
                || anyClause && !partHasClauses;
        if (notATask) {
            if (anyClause && !partHasClauses && !partIsPreamble && !orphan
                    && !PREAMBLE_TITLE.matcher(heading.body()).matches()) {
                warnings.add(new ImportWarning(heading.number(),
                        Messages.get("import.warning.itemNotTask", heading.printedLabel())));
            }
            int end = TextScan.headingEnd(heading.body());
            spans.add(SpanKind.HEADING, t.label[0], t.text.sourceRange(0, Math.max(1, end))[1], 0);
            spans.runs(SpanKind.BODY_TEXT, t.text, end, t.text.length(), 0);
            return;
        }
        Task task = makeTask(t, 0, t.text.length(), f.hits(), heading.printedLabel(), t.label, heading.number());
        if (task.assignments().isEmpty()) { // a heading above may name its lead (县示范区管委会牵头工作)
            warnings.add(new ImportWarning(task.sourceLine(),
                    Messages.get("import.warning.noClause", heading.printedLabel())));
        }
    }

    /**
     * Splits a numbered stretch at its clauses: each clause (or run of adjacent clauses) closes
     * one task; the first task takes the heading's number, a later one the number of the
     * sub-heading it starts at, if any.
     */
    private void numberedPieces(BlockText t, ClauseFinder.Found f, String label) {
        List<ClauseFinder.Hit> closing = f.closing();
        List<int[]> groups = groups(t, closing);
        int n = t.text.length();
        String text = t.text.text();
        List<int[]> ranges = ranges(t, groups, closing, n);
        int closingText = lastBlock ? closingTextStart(t, f, groups.get(groups.size() - 1)[1]) : n;
        if (closingText < n) {
            ranges.get(ranges.size() - 1)[1] = closingText;
        }
        for (int k = 0; k < ranges.size(); k++) {
            run.step();
            int from = ranges.get(k)[0];
            int to = ranges.get(k)[1];
            boolean closed = ClauseFinder.anyWithin(closing, from, to);
            if (k == 0) {
                Task task = makeTask(t, from, to, f.hits(), label, t.label, t.lineNumberAt(0));
                if (!closed) {
                    warnings.add(new ImportWarning(task.sourceLine(), Messages.get("import.warning.noClause", label)));
                }
                continue;
            }
            int start = TextScan.skipSeparators(text, from, to);
            spans.runs(SpanKind.SEPARATOR, t.text, from, start, 0);
            BlockText.Line line = t.lineAt(start);
            boolean atSubHeading = line.start() == start && line.source().isHeading() && start > 0;
            String number = atSubHeading ? line.source().printedLabel() : null;
            int[] subLabel = null;
            int textStart = start;
            if (atSubHeading) {
                int bodyAt = start + (t.bodyStart(line.source()) - t.strippedStart(line.source()));
                subLabel = t.text.sourceRange(start, bodyAt);
                textStart = bodyAt;
            }
            Task task = makeTask(t, textStart, to, f.hits(), number, subLabel, t.lineNumberAt(start));
            String key = number == null ? "import.warning.splitTask" : "import.warning.subItemTask";
            warnings.add(new ImportWarning(task.sourceLine(),
                    Messages.get(key, number == null ? previousLabel(task.seq()) : number)));
        }
        if (closingText < n) {
            spans.runs(SpanKind.BODY_TEXT, t.text, closingText, n, 0);
        }
        int[] last = groups.get(groups.size() - 1);
        if (!level.clausesLead()) {
            int after = TextScan.firstSubstantive(text, last[1], n);
            if (after < n && t.lineAt(after).start() == t.lineAt(last[1] - 1).start()) {
                warnings.add(new ImportWarning(t.lineNumberAt(after),
                        Messages.get("import.warning.textAfterClause", previousLabel(tasks.size() + 1))));
            }
        }
    }

    /** A labelled field line (完成时限：… / 责任领导：…): still the item's, even after its clause. */
    private static final Pattern FIELD_LINE = Pattern.compile("^[\\p{IsHan}（）()]{2,10}[：:]");

    /**
     * Where the closing text of the body starts in its last task-level block: the paragraphs on the lines after
     * the line of the block's last clause, when they hold no clause or field of their own (各有关部门要…，
     * 于2018年12月31日前报送… / 自本通知印发之日起…停止执行). They are the plan's closing, not the last task's
     * text, and their time phrases stay off the task. {@code n} (the block's length) when there is none.
     */
    private int closingTextStart(BlockText t, ClauseFinder.Found f, int lastClauseEnd) {
        String text = t.text.text();
        int n = t.text.length();
        if (level.clausesLead() || lastClauseEnd >= n) {
            return n;
        }
        int lineEnd = TextScan.lineEnd(text, Math.max(0, lastClauseEnd - 1));
        int next = TextScan.firstSubstantive(text, lineEnd, n);
        if (next >= n) {
            return n;
        }
        for (ClauseFinder.Hit h : f.hits()) {
            if (h.end() > lineEnd) {
                return n;
            }
        }
        BlockText.Line line = t.lineAt(next);
        if (line.source().isHeading() || FIELD_LINE.matcher(text.substring(line.start(), TextScan.lineEnd(text, line.start()))).find()) {
            return n;
        }
        return lineEnd;
    }

    /**
     * Where a numbered stretch splits into tasks: after each clause but the last (or before
     * each clause but the first, where clauses lead), and at each sub-item that carries a
     * clause of its own on its line. A stretch without a clause stays with the task before it; only the
     * first may have none (the heading's own text above sub-items that carry the clauses).
     */
    private List<int[]> ranges(BlockText t, List<int[]> groups, List<ClauseFinder.Hit> closing, int n) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int k = 1; k < groups.size(); k++) {
            cuts.add(level.clausesLead() ? groups.get(k)[0] : groups.get(k - 1)[1]);
        }
        if (!level.clausesLead()) {
            // A sub-item owns a clause printed on its own line; fields on lines after the last
            // sub-item (牵头单位：…) belong to the item above.
            for (int i = 1; i < t.lines.size(); i++) {
                run.step();
                BlockText.Line line = t.lines.get(i);
                int from = line.start();
                int to = i + 1 < t.lines.size() ? t.lines.get(i + 1).start() : n;
                if (line.source().isHeading() && ClauseFinder.anyStartingIn(closing, from, to)) {
                    cuts.add(from);
                }
            }
            // Sub-items each followed by a clause on the lines after their heading ((1)… / 责任部门：… /
            // (2)… / 责任部门：…): each sub-item is a task, the first included. A clause after the last
            // sub-item alone (the others without one) closes the item above instead.
            List<Integer> heads = new ArrayList<>();
            for (int i = 1; i < t.lines.size(); i++) {
                if (t.lines.get(i).source().isHeading()) {
                    heads.add(t.lines.get(i).start());
                }
            }
            boolean[] owns = new boolean[heads.size()];
            for (int k = 0; k < heads.size(); k++) {
                int end = k + 1 < heads.size() ? heads.get(k + 1) : n;
                owns[k] = ClauseFinder.anyStartingIn(closing, heads.get(k), end);
            }
            for (int k = 0; k < heads.size(); k++) {
                if (owns[k] && (k > 0 && owns[k - 1] || k + 1 < heads.size() && owns[k + 1])) {
                    cuts.add(heads.get(k));
                }
            }
        }
        cuts.removeIf(c -> c <= 0 || c >= n);
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            ranges.add(new int[] {from, cut});
            from = cut;
        }
        ranges.add(new int[] {from, n});
        List<int[]> merged = new ArrayList<>();
        String text = t.text.text();
        for (int[] r : ranges) {
            boolean closed = ClauseFinder.anyWithin(closing, r[0], r[1]);
            if (merged.isEmpty() || closed) {
                merged.add(r);
            } else {
                merged.get(merged.size() - 1)[1] = r[1];
            }
        }
        // The heading's own text before a first sub-item with a clause: a task of its own only if it says something.
        if (merged.size() > 1 && TextScan.onlySpaceOrPunctuation(text, merged.get(0)[0], merged.get(0)[1])
                && !ClauseFinder.anyWithin(closing, merged.get(0)[0], merged.get(0)[1])) {
            merged.get(1)[0] = merged.get(0)[0];
            merged.remove(0);
        }
        return merged;
    }

    /**
     * Unnumbered text (under a part or section heading, or before any heading): each paragraph
     * closed by a clause is a task without a number; the rest is body text.
     */
    private void loose(BlockText t, int from, ClauseFinder.Found f) {
        String text = t.text.text();
        int n = t.text.length();
        List<ClauseFinder.Hit> closing = f.closing().subList(ClauseFinder.firstFrom(f.closing(), from), f.closing().size());
        if (closing.isEmpty()) {
            spans.runs(SpanKind.BODY_TEXT, t.text, from, n, 0);
            return;
        }
        List<int[]> groups = groups(t, closing);
        int previousEnd = from;
        for (int k = 0; k < groups.size(); k++) {
            run.step();
            int[] g = groups.get(k);
            int start;
            int end;
            if (level.clausesLead()) {
                start = g[0];
                end = k + 1 < groups.size() ? groups.get(k + 1)[0] : TextScan.lineEnd(text, g[1]);
            } else {
                int lastText = TextScan.lastSubstantive(text, previousEnd, g[0]);
                start = lastText < 0 ? g[0] : Math.max(previousEnd, t.lineAt(lastText).start());
                end = k + 1 < groups.size() ? g[1] : TextScan.lineEnd(text, g[1]);
            }
            if (!TextScan.onlySpaceOrPunctuation(text, previousEnd, start) && k > 0) {
                warnings.add(new ImportWarning(t.lineNumberAt(TextScan.firstSubstantive(text, previousEnd, start)),
                        Messages.get("import.warning.textBetweenTasks")));
            }
            spans.runs(SpanKind.BODY_TEXT, t.text, previousEnd, start, 0);
            int textStart = TextScan.skipSeparators(text, start, end);
            spans.runs(SpanKind.SEPARATOR, t.text, start, textStart, 0);
            BlockText.Line line = t.lineAt(textStart);
            boolean atHeading = line.start() == textStart && line.source().isHeading() && textStart > 0;
            String number = atHeading ? line.source().printedLabel() : null;
            int[] label = null;
            if (atHeading) {
                int bodyAt = textStart + (t.bodyStart(line.source()) - t.strippedStart(line.source()));
                label = t.text.sourceRange(textStart, bodyAt);
                textStart = bodyAt;
            }
            makeTask(t, textStart, end, f.hits(), number, label, t.lineNumberAt(textStart));
            previousEnd = end;
        }
        if (!TextScan.onlySpaceOrPunctuation(text, previousEnd, n)) {
            warnings.add(new ImportWarning(t.lineNumberAt(TextScan.firstSubstantive(text, previousEnd, n)),
                    Messages.get("import.warning.textBetweenTasks")));
        }
        spans.runs(SpanKind.BODY_TEXT, t.text, previousEnd, n, 0);
    }

    /** Closing clauses with nothing but punctuation between them act as one: [start, end) each. */
    private static List<int[]> groups(BlockText t, List<ClauseFinder.Hit> closing) {
        String text = t.text.text();
        List<int[]> groups = new ArrayList<>();
        for (ClauseFinder.Hit h : closing) {
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && TextScan.onlySpaceOrPunctuation(text, last[1], h.start())) {
                last[1] = h.end();
            } else {
                groups.add(new int[] {h.start(), h.end()});
            }
        }
        return groups;
    }

    private Task makeTask(BlockText t, int from, int to, List<ClauseFinder.Hit> hits, String number, int[] label,
            int fallbackLine) {
        run.reached(t.lineNumberAt(to - 1));
        return tasks.add(t, from, to, hits, new TaskAssembler.Place(number, part, section, label, fallbackLine));
    }

    private String previousLabel(int seq) {
        return tasks.labelBefore(seq);
    }

    private void noteRejected(BlockText t, ClauseFinder.Found f, int from) {
        for (ClauseFinder.Rejected r : f.rejected()) {
            if (r.start() >= from) {
                warnings.add(new ImportWarning(t.lineNumberAt(r.start()),
                        Messages.get("import.warning.notAClause", t.text.text().substring(r.start(), r.end()))));
            }
        }
    }
}
