package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the responsibility clauses of a stretch of plan text: bracketed ones （…）【…】[…] and
 * runs of labelled lines (牵头单位：…／配合单位：…／完成时限：…) printed without brackets; a line
 * naming the leader (分管省领导：…) belongs to the run, read as nothing. Keeps
 * the standing rule (列第一位者为牵头单位) up to date as it reads, and notes brackets that read like
 * a clause but name no unit that can be read.
 */
final class ClauseFinder {
    /** A field label at the start of a line or after a full stop: 牵头单位：, 完成时限: */
    /** A unit field after a comma inside a sentence: ,牵头部门: / ，责任单位： */
    private static final Pattern INLINE_FIELD =
            Pattern.compile("[，,][\\s\\u3000]*((?:牵头|责任|配合|协同|参与|主责)(?:单位|部门))\\s*[:：]");
    private static final Pattern FIELD_START =
            Pattern.compile("(?:^|(?<=[。；;]))[\\s\\u3000]*([\\u4e00-\\u9fa5]{2,8})\\s*[:：]");

    /** A clause at [start, end) of the searched text, brackets included. */
    record Hit(int start, int end, ParsedClause clause) {
        /** A clause that names units closes a task; time-limit fields alone do not. */
        boolean closes() {
            return !clause.assignments().isEmpty();
        }
    }

    /** A bracket at [start, end) that reads like a clause but could not be read as one. */
    record Rejected(int start, int end, String content) {
    }

    /** The clauses found, in text order and never overlapping; {@code closing} are those that name units. */
    record Found(List<Hit> hits, List<Rejected> rejected, List<Hit> closing, StandingRule ruleAfter) {
        Found(List<Hit> hits, List<Rejected> rejected, StandingRule ruleAfter) {
            this(hits, rejected, closing(hits), ruleAfter);
        }

        private static List<Hit> closing(List<Hit> hits) {
            List<Hit> closing = new ArrayList<>(hits.size());
            for (Hit h : hits) {
                if (h.closes()) {
                    closing.add(h);
                }
            }
            return List.copyOf(closing);
        }
    }

    /** Index of the first of {@code hits} (in text order) that starts at or after {@code from}. */
    static int firstFrom(List<Hit> hits, int from) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether one of {@code hits} lies wholly inside [from, to). */
    static boolean anyWithin(List<Hit> hits, int from, int to) {
        int i = firstFrom(hits, from);
        return i < hits.size() && hits.get(i).end() <= to;
    }

    /** Whether one of {@code hits} starts inside [from, to). */
    static boolean anyStartingIn(List<Hit> hits, int from, int to) {
        int i = firstFrom(hits, from);
        return i < hits.size() && hits.get(i).start() < to;
    }

    /** The standing rule as the reading goes on. */
    static final class RuleState {
        StandingRule rule;

        RuleState(StandingRule rule) {
            this.rule = rule;
        }

        void note(StandingRule stated) {
            if (stated != StandingRule.NONE) {
                rule = stated;
            }
        }
    }

    private final BracketScanner brackets = new BracketScanner();
    private final ClauseParser clauses = new ClauseParser();

    Found find(String text, RuleState state) {
        return find(text, state, ParseRun.unwatched(), null);
    }

    /**
     * The clauses of {@code text}, one step of {@code run} per candidate and per line looked at; where
     * the text is a block's ({@code block}, else null), progress is reported by its source lines.
     */
    Found find(String text, RuleState state, ParseRun run, BlockText block) {
        List<int[]> candidates = new ArrayList<>(); // start, end, inner start, inner end
        List<Bracketed> spans = brackets.outermost(text);
        boolean[] bracketed = new boolean[text.length()];
        for (Bracketed b : spans) {
            candidates.add(new int[] {b.start(), b.end(), b.start() + 1, b.end() - 1});
            for (int i = b.start(); i < b.end(); i++) {
                bracketed[i] = true;
            }
        }
        if (text.indexOf('：') >= 0 || text.indexOf(':') >= 0) {
            candidates.addAll(labelledRuns(text, bracketed, run));
        }
        if (text.indexOf('由') >= 0) {
            candidates.addAll(dashLedLines(text, bracketed));
        }
        if (text.contains("牵头")) {
            candidates.addAll(leadInClauses(text, bracketed));
        }
        candidates.sort(Comparator.comparingInt(c -> c[0]));

        List<Hit> hits = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int last = 0;
        int turn = 0;
        ParagraphEnd paragraph = new ParagraphEnd();
        for (int index = 0; index < candidates.size(); index++) {
            int[] c = candidates.get(index);
            run.step();
            if (block != null && (++turn & 0x3F) == 0) {
                run.reached(block.lineNumberAt(c[0]));
            }
            if (c[0] < last) {
                continue;
            }
            state.note(StandingRule.statedIn(text.substring(last, c[0])));
            String content = withoutEntities(text.substring(c[2], c[3]));
            Optional<ParsedClause> clause = clauses.parse(content, state.rule);
            if (clause.isEmpty()) {
                clause = clauses.parseTimeFields(content);
            }
            if (clause.isEmpty() && followsSentence(text, c[0])
                    && (endsParagraph(text, c[1]) || paragraph.closesWithBareList(text, candidates, index, state.rule))) {
                clause = clauses.parseBareList(content, state.rule);
            }
            if (clause.isEmpty() && closesBeforeFullStop(text, c[1])) {
                // 地区生产总值增长11%(市发改委,各县市区政府,荆州开发区)。 — a list of two units or more before the
                // paragraph's last full stop closes it as a bare list after a sentence does.
                clause = clauses.parseBareList(content, state.rule).filter(p -> p.assignments().size() >= 2);
            }
            if (clause.isPresent()) {
                hits.add(new Hit(c[0], c[1], clause.get()));
                state.note(clause.get().statedRule());
            } else {
                state.note(StandingRule.statedIn(content));
                if (ClauseParser.looksLikeClause(content)) {
                    rejected.add(new Rejected(c[0], c[1], content));
                }
            }
            last = c[1];
        }
        state.note(StandingRule.statedIn(text.substring(Math.min(last, text.length()))));
        return new Found(hits, rejected, state.rule);
    }

    /** An HTML entity a web copy left undecoded, or what is left of one: &nbsp;, &#160;, &&. */
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8};|#[0-9]{2,5};)?");

    /** A clause without the remains of HTML entities ((執法局&&), 生态环境部 2020): they are the page's, no unit's. */
    static String withoutEntities(String content) {
        return content.indexOf('&') < 0 ? content : ENTITY.matcher(content).replaceAll("");
    }

    /**
     * Whether the bracket at {@code start} follows a full sentence (。 or … before it, spaces between); a bracket that
     * opens its own line follows the sentence the line above ends with (无锡 2011: the unit list on the item's next line).
     */
    private static boolean followsSentence(String text, int start) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
            before--;
        }
        if (before >= 0 && text.charAt(before) == '\n') {
            before--;
            while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
                before--;
            }
        }
        return before >= 0 && "。…".indexOf(text.charAt(before)) >= 0 && text.charAt(start) != '[';
    }

    /** Whether only a full stop (。 or ；, spaces around) follows {@code end} up to the line's end. */
    private static boolean closesBeforeFullStop(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && "。；;".indexOf(text.charAt(i)) >= 0 && endsParagraph(text, i + 1);
    }

    /** Whether nothing but spaces follows {@code end} up to the line's end. */
    private static boolean endsParagraph(String text, int end) {
        for (int i = end; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                return true;
            }
            if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a paragraph ends with a bare unit list after a full sentence, as the
     * ministries' 政务公开 lists print every measure (…名单。（监测司、大气司） 实时公开…信息。（监测司）): then each
     * bare list after a sentence in it closes its measure, not only the last one.
     */
    private final class ParagraphEnd {
        /** The end of the line looked at last, its last candidate and whether that closes it as a bare list. */
        private int lineEnd = -1;
        private int[] last;
        private boolean bareClose;

        /**
         * Whether candidate {@code index} has a bare list closing its paragraph after it. Each paragraph is looked at
         * once, when its first candidate asks: the candidates come in text order.
         */
        boolean closesWithBareList(String text, List<int[]> candidates, int index, StandingRule rule) {
            int[] c = candidates.get(index);
            if (c[1] > lineEnd) {
                lineEnd = text.indexOf('\n', c[1]);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                last = null;
                for (int i = index + 1; i < candidates.size() && candidates.get(i)[0] < lineEnd; i++) {
                    if (candidates.get(i)[1] <= lineEnd) {
                        last = candidates.get(i);
                    }
                }
                String content = last == null ? "" : withoutEntities(text.substring(last[2], last[3]));
                bareClose = last != null && endsParagraph(text, last[1]) && followsSentence(text, last[0])
                        && clauses.parse(content, rule).isEmpty() && clauses.parseBareList(content, rule).isPresent();
            }
            return bareClose && last[0] >= c[1];
        }
    }

    /**
     * Unbracketed field runs: from a clause label at a line start (or after 。) to the end of the
     * line, continued by following lines that also start with a clause label, blank lines between.
     */
    private static List<int[]> labelledRuns(String text, boolean[] bracketed, ParseRun run) {
        List<int[]> runs = new ArrayList<>();
        int lineStart = 0;
        int[] open = null;
        while (lineStart <= text.length()) {
            run.step();
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            int at = fieldStart(line, lineStart, bracketed);
            int[] inline = line.indexOf(',') < 0 && line.indexOf('，') < 0 ? null : inlineField(line, lineStart, bracketed);
            if (inline != null && (at < 0 || inline[0] < at) && at != lineStart + leadingSpace(line)) {
                // 1、项目,牵头部门:市交通局。进展… — a unit field inside the item's sentence, up to its 。
                if (open != null) {
                    runs.add(open);
                    open = null;
                }
                runs.add(inline);
                lineStart = lineEnd + 1;
                continue;
            }
            if (open != null && (at == lineStart + leadingSpace(line)
                    || at < 0 && wrapsField(text.substring(lineStartOf(text, open[3]), open[3]), line))) {
                open[1] = lineEnd;
                open[3] = lineEnd;
            } else if (open != null && leadingSpace(line) == line.length()) {
                // A blank line between the fields (web pages print one a paragraph) keeps the run open.
            } else {
                if (open != null) {
                    runs.add(open);
                    open = null;
                }
                if (at >= 0) {
                    open = new int[] {at, lineEnd, at, lineEnd};
                }
            }
            lineStart = lineEnd + 1;
        }
        if (open != null) {
            runs.add(open);
        }
        return runs;
    }

    /**
     * Whether {@code line} is the rest of a unit list the field line before it broke off at the page's width, as a PDF's
     * text wraps one (协办单位:区委编办、区民政局(区委社会工委)、园区党工 / 委、各街道党工委, 石景山 2019): the field line
     * is a full line ending inside the list, and the line is short, without a sentence's end or a colon, and no heading.
     */
    private static boolean wrapsField(String fieldLine, String line) {
        String f = Texts.strip(fieldLine);
        String t = Texts.strip(line);
        return f.length() >= 24 && !t.isEmpty() && t.length() < f.length() && "。；;：:".indexOf(f.charAt(f.length() - 1)) < 0
                && WRAPPED_REST.matcher(t).matches();
    }

    /** The rest of a wrapped unit list: no sentence's end, no colon, no number or bracket opening it. */
    private static final Pattern WRAPPED_REST = Pattern.compile("(?![一二三四五六七八九十0-9０-９（(第—-])[^。；;：:，,]*、[^。；;：:，,]*");

    private static int lineStartOf(String text, int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }

    private static int fieldStart(String line, int offset, boolean[] bracketed) {
        if (line.indexOf('：') < 0 && line.indexOf(':') < 0) {
            return -1;
        }
        Matcher m = FIELD_START.matcher(line);
        while (m.find()) {
            int at = offset + m.start(1);
            if (ClauseParser.belongsToClause(m.group(1)) && !bracketed[at]) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A unit field inside a sentence, after a comma (1、农村道路畅通工程,牵头部门:市交通局。…): from its label to
     * the 。 that ends it (further fields after ； go with it); null if the line has none outside brackets.
     */
    private static int[] inlineField(String line, int offset, boolean[] bracketed) {
        Matcher m = INLINE_FIELD.matcher(line);
        while (m.find()) {
            int at = offset + m.start(1);
            if (bracketed[at]) {
                continue;
            }
            int end = m.end();
            while (end < line.length() && line.charAt(end) != '。') {
                end++;
            }
            return new int[] {offset + m.start(), offset + end, at, offset + end}; // the comma goes with the field
        }
        return null;
    }

    /** A line that is a dash run, then who carries the item out: ──由市卫生局会同有关部门和各县市区组织落实。 */
    private static final Pattern DASH_LED = Pattern.compile("(?:─{1,4}|—{1,4}|－{1,4}|-{2,4})\\s*(由[^。\\n]{2,200}?)[。.]?\\s*");

    /**
     * Lines under an item that open with a dash run and 由 (黄冈 2007 十一五 分解, set K): the line after the dashes is
     * the item's clause, its brackets-free form.
     */
    private static List<int[]> dashLedLines(String text, boolean[] bracketed) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int at = lineStart + leadingSpace(text.substring(lineStart, lineEnd));
            if (at < lineEnd && !bracketed[at] && "─—－-".indexOf(text.charAt(at)) >= 0) {
                Matcher m = DASH_LED.matcher(text).region(at, lineEnd);
                if (m.matches()) {
                    out.add(new int[] {at, lineEnd, m.start(1), m.end(1)});
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * A line that opens with its roles before the task's text, no brackets: 由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…
     * (兰州 发改委 page, set L). The leader's part (由…负责) names a person and is read as nothing; the units' part is
     * the clause. Group 1 is the units' part.
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:由[^，,。；;\\s]{2,15}?(?:同志|副?(?:省|市|县|区)长|秘书长|书记|主任)(?:负责|分管|牵头负责)[，,])?"
                    + "([^，,。；;\\s由]{2,30}?牵头[，,](?:[^，,。；;\\s]{2,40}?(?:配合|参与|协助|协同)[，,])?)");

    private static List<int[]> leadInClauses(String text, boolean[] bracketed) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int at = lineStart + leadingSpace(text.substring(lineStart, lineEnd));
            if (at < lineEnd && !bracketed[at]) {
                Matcher m = LEAD_IN.matcher(text).region(at, lineEnd);
                if (m.lookingAt() && m.end() < lineEnd) {
                    out.add(new int[] {at, m.end(), m.start(1), m.end(1) - 1}); // the last comma is no unit's
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static int leadingSpace(String line) {
        int i = 0;
        while (i < line.length() && Texts.isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
