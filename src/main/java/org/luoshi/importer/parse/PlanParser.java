package org.luoshi.importer.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * Turns the text of a task-division plan into a {@link Plan}: classify lines, read the header
 * and the signature, then read the body — pick the heading level that carries the tasks, and let
 * each responsibility clause close a task. Pure and deterministic; never throws on any input (the
 * worst case is a plan without tasks and a warning saying so). Besides the plan it returns a
 * {@link SourceMap} that places every non-blank character of the source in the header, a
 * heading, a task's text or clause, or body text.
 *
 * <p>The work grows in proportion to the document: every pass walks the lines or blocks once,
 * and nothing searches back over what was read before (see docs/reliability/large-inputs.md). A
 * parse watched by an {@link ImportMonitor} reports its progress in lines and stops when asked.
 */
public final class PlanParser {
    /** The year in the brackets of a document number: 〔2020〕 of 国发〔2020〕6号. */
    private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]");

    private final LineClassifier classifier = new LineClassifier();
    private final HeaderParser headerParser = new HeaderParser();
    private final ClauseFinder finder = new ClauseFinder();
    private final DeadlineParser deadlineParser = new DeadlineParser();

    public ParsedPlan parse(String text) {
        return parse(text, null);
    }

    /**
     * @param text     the document
     * @param issuedOn the date the plan was issued, if known from elsewhere; used when the
     *                 document prints no signing date of its own (for 6月底前, 明年7月 …)
     */
    public ParsedPlan parse(String text, LocalDate issuedOn) {
        return parse(text, issuedOn, ImportMonitor.NONE);
    }

    /**
     * As {@link #parse(String, LocalDate)}, watched: {@code monitor} hears how many lines are done
     * and can stop the parse, which then ends with a {@link java.util.concurrent.CancellationException}.
     */
    public ParsedPlan parse(String text, LocalDate issuedOn, ImportMonitor monitor) {
        String source = text == null ? "" : text;
        monitor.checkCancelled();
        List<SourceLine> lines = Texts.lines(source);
        return parse(source, lines, issuedOn, new ParseRun(monitor, lines.size()));
    }

    /** The parse itself, counting its steps in {@code run}. */
    ParsedPlan parse(String source, List<SourceLine> lines, LocalDate issuedOn, ParseRun run) {
        int[] lineStarts = Texts.lineStarts(source);
        run.startPass(1);
        List<ClassifiedLine> classified = classifier.classifyAll(lines, run);

        int bodyStart = bodyStart(classified, run);
        int bodyEnd = Math.max(bodyStart, headerParser.signatureStart(lines));
        DocumentHeader header = headerParser.parse(lines.subList(0, bodyStart), lines.subList(bodyEnd, lines.size()), run);
        LocalDate date = header.issuedOn() != null ? header.issuedOn() : issuedOn;

        StandingRule rule = StandingRule.NONE;
        for (SourceLine l : lines.subList(0, bodyStart)) {
            run.step();
            StandingRule stated = StandingRule.statedIn(l.text());
            if (stated != StandingRule.NONE) {
                rule = stated;
            }
        }
        if (rule == StandingRule.NONE) {
            // A note of its own anywhere (注：排在第一位的为牵头单位, under a table or at the end) holds for every list.
            for (SourceLine l : lines.subList(bodyStart, lines.size())) {
                run.step();
                StandingRule noted = StandingRule.statedAsNote(l.text());
                if (noted != StandingRule.NONE) {
                    rule = noted;
                    break;
                }
            }
        }
        Integer issueYear = planYear(date, header.docNumber(), header.title());
        if (issueYear == null) {
            issueYear = preambleYear(lines.subList(0, bodyStart)); // 切实做好2020年政府工作 (天津 2020, a news page)
        }
        BodyReader body = new BodyReader(source, lineStarts, issueYear, run);
        body.read(classified.subList(bodyStart, bodyEnd), rule);

        List<SourceSpan> spans = new ArrayList<>(body.spans.spans);
        lineSpans(lines, lineStarts, 0, bodyStart, SpanKind.FRONT_MATTER, spans);
        lineSpans(lines, lineStarts, bodyEnd, lines.size(), SpanKind.SIGNATURE, spans);
        List<ImportWarning> warnings = new ArrayList<>(body.warnings);
        warnings.sort(Comparator.comparingInt(ImportWarning::line));

        List<Task> tasks = withStandingUnits(lines.subList(bodyStart, bodyEnd), body.tasks.tasks, run);
        List<SourceSpan> deadlineSpans = body.spans.deadlines;
        List<DutyAttachment.DutyLine> duties = tasks.stream().allMatch(t -> t.assignments().isEmpty())
                ? DutyAttachment.find(lines, lineStarts, bodyStart, lines.size()) : List.of();
        if (!duties.isEmpty()) {
            // The items name no unit and an attachment after the date divides the work: its lines are the tasks,
            // the items stay body text.
            tasks = DutyAttachment.tasks(duties, deadlineParser, issueYear);
            spans = attachmentSpans(spans, duties);
            deadlineSpans = List.of();
        }
        Plan plan = new Plan(0, header.notice(), header.title(), header.docNumber(), header.issuer(), date,
                source, body.parts, body.sections, tasks);
        ParsedPlan parsed = new ParsedPlan(plan, warnings, new SourceMap(spans, deadlineSpans, lineStarts));
        run.finished();
        return parsed;
    }

    /**
     * 以下均需试点城市政府落实，不再列出: a clause that names, once, a unit for every task after it.
     * The unit is added as responsible to each later task that does not name it already.
     */
    private static final Pattern STANDING_UNIT = Pattern.compile(
            "以下(?:各项|任务|各项任务)?(?:除[^，。；,;]{1,12}外)?(?:均|都|皆)?(?:需|要|须|由)?(?:由)?([^，。；、,;（）()\\s]{2,20}?)"
                    + "(?:负责)?(?:组织)?(?:落实|实施|承担|(?<=负责))[，,]?\\s*(?:不再|不)(?:一一|逐项)?列出");

    static List<Task> withStandingUnits(List<SourceLine> bodyLines, List<Task> tasks, ParseRun run) {
        List<Task> out = new ArrayList<>(tasks);
        for (SourceLine l : bodyLines) {
            run.step();
            if (l.text().indexOf('列') < 0) {
                continue;
            }
            Matcher m = STANDING_UNIT.matcher(l.text());
            if (!m.find()) {
                continue;
            }
            String unit = m.group(1);
            if (!UnitListSplitter.looksLikeUnit(unit)) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Task t = out.get(i);
                if (t.sourceLine() <= l.number() || t.roleOf(unit) != null) {
                    continue;
                }
                List<Assignment> more = new ArrayList<>(t.assignments());
                more.add(Assignment.of(unit, Role.RESPONSIBLE));
                out.set(i, t.withAssignments(more, t.othersIncluded()));
            }
        }
        return out;
    }

    /**
     * The body starts at the first numbered heading, or at the first line with a responsibility
     * clause if that comes first (plans of unnumbered paragraphs); before it is front matter.
     */
    private int bodyStart(List<ClassifiedLine> lines, ParseRun run) {
        boolean attachmentList = false;
        for (int i = 0; i < lines.size(); i++) {
            run.step();
            ClassifiedLine line = lines.get(i);
            if (line.kind() == LineKind.BLANK) {
                continue;
            }
            // 附件：1.X / 2.Y — the covering notice's list of attachments, not the plan's items.
            if (attachmentList && line.kind() == LineKind.ITEM && isAttachmentName(line.body())) {
                continue;
            }
            attachmentList = line.kind() == LineKind.TEXT && ATTACHMENT_LIST.matcher(line.body()).matches();
            if (line.isHeading()) {
                return i;
            }
            if (line.kind() == LineKind.TEXT && mayHoldClause(line.body())
                    && !finder.find(line.body(), new ClauseFinder.RuleState(StandingRule.NONE), run, null).closing().isEmpty()) {
                return i;
            }
        }
        return lines.size();
    }

    /** A notice's attachment list: 附件：1.X (the next lines 2.Y … name the other attachments). */
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附件\\s*[：:]\\s*(?:[1１][.．、]\\s*\\S.*)?$");

    /** An attachment's name: a short title, no sentence and no clause. */
    private static boolean isAttachmentName(String body) {
        String t = body.strip();
        return !t.isEmpty() && t.length() <= 60 && t.indexOf('。') < 0 && t.indexOf('；') < 0 && !mayHoldClause(t)
                && !t.endsWith("，");
    }

    /** A year a title names for itself: 2025年开发区重点工作…, 数字广东建设2025年工作要点 (not the end of 2022—2024年). */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9—\\-－~～至到])((?:19|20)\\d{2})年(?![—\\-－~～至到])");

    /**
     * The year a plan's year-less dates (6月底前, 全年) belong to: its signing date's, else its document
     * number's (国发〔2020〕6号), else the year its title names (2025年…清单); null if none says.
     */
    public static Integer planYear(LocalDate issuedOn, String docNumber, String title) {
        if (issuedOn != null) {
            return issuedOn.getYear();
        }
        Integer year = docNumberYear(docNumber);
        if (year == null && title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()) {
                year = Integer.valueOf(m.group(1));
            }
        }
        return year;
    }

    /** 做好2020年政府工作, 推进2023年重点工作: the year a plan's opening says its work is for. */
    private static final Pattern PREAMBLE_YEAR =
            Pattern.compile("(?:做好|完成|推进|落实)(\\d{4})年(?:度)?[\\u4e00-\\u9fa5]{0,6}工作");

    /**
     * The year of the plan's work as its opening states it, for a page that prints no date, document number or year in
     * its title; null if the opening names none.
     */
    static Integer preambleYear(List<SourceLine> opening) {
        for (SourceLine l : opening) {
            Matcher m = PREAMBLE_YEAR.matcher(l.text());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** 国发〔2020〕6号 is a document of 2020: the year its 年内 and 年底前 mean when no date is printed. */
    private static Integer docNumberYear(String docNumber) {
        if (docNumber == null) {
            return null;
        }
        Matcher m = DOC_NUMBER_YEAR.matcher(docNumber);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static boolean mayHoldClause(String s) {
        return s.indexOf('（') >= 0 || s.indexOf('(') >= 0 || s.indexOf('【') >= 0 || s.indexOf('[') >= 0
                || s.indexOf('［') >= 0 || s.indexOf('〔') >= 0 || s.indexOf('｛') >= 0
                || s.indexOf('：') >= 0 || s.indexOf(':') >= 0;
    }

    /** The spans once a duty attachment's lines are the tasks: the items' spans are body text, each line a task's text. */
    private static List<SourceSpan> attachmentSpans(List<SourceSpan> spans, List<DutyAttachment.DutyLine> duties) {
        List<SourceSpan> out = new ArrayList<>(spans.size() + duties.size());
        for (SourceSpan s : spans) {
            boolean dutyLine = duties.stream().anyMatch(d -> s.start() < d.end() && d.start() < s.end());
            if (dutyLine) {
                continue;
            }
            out.add(s.task() > 0 ? new SourceSpan(SpanKind.BODY_TEXT, s.start(), s.end(), 0) : s);
        }
        for (int i = 0; i < duties.size(); i++) {
            out.add(new SourceSpan(SpanKind.TASK_TEXT, duties.get(i).start(), duties.get(i).end(), i + 1));
        }
        return out;
    }

    private static void lineSpans(List<SourceLine> lines, int[] lineStarts, int from, int to, SpanKind kind,
            List<SourceSpan> out) {
        for (int i = from; i < to; i++) {
            String raw = lines.get(i).text();
            int start = 0;
            int end = raw.length();
            while (start < end && Texts.isSpace(raw.charAt(start))) {
                start++;
            }
            while (end > start && Texts.isSpace(raw.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                int offset = lineStarts[i];
                out.add(new SourceSpan(kind, offset + start, offset + end, 0));
            }
        }
    }
}
