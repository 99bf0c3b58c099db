package org.luoshi.importer.parse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.SpanUnit;

/**
 * Finds the phrases of a task that set a time for the work (2023年3月底前, 6月底前, 2023年起,
 * “十四五”期间, 2个工作日内, 每年2月底前 …) and resolves them to dates. Years that only name
 * something (2023年电煤中长期合同), past facts (2022年底…到期后) and titles in 《》 are left alone
 * because no pattern here matches them: every pattern needs a time word (前, 起, 期间, 内, 每).
 */
public final class DeadlineParser {
    private static final String NUM = "(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})";

    /** Verbs that make 2023年6月底 (without 前) a time for the work: 2023年6月底完成. */
    private static final String DONE =
            "(?:完成|实现|建成|出台|印发|上线|全面|基本|形成|达到|启动|全部|组建|制定|建立|开通|落实)";

    /**
     * Where a phrase can start: every alternative of {@link #PHRASE} starts with one of these words,
     * or with figures or numerals followed by a time word (2023年, 6月, 20个工作日, 3季度, 十四五”,
     * 三个月) — not in the middle of 第1234项 or 统一. This lets the search skip all other positions of a
     * text at the cost of one short check each, without changing what matches where.
     */
    private static final String PHRASE_START = "(?=[“\"从自每明今未此上下半年到至]|\\d{1,4}[年月日个天工自季至到—－\\-~～]"
            + "|第[一二三四1-4]季|[一二三四五六七八九十两]{1,3}[个工自日天月年季”\"期时末])";

    /** Alternatives in priority order: the first that matches at a position wins. */
    private static final Pattern PHRASE = Pattern.compile(PHRASE_START + "(?:" + String.join("|",
            // 2022年6月至12月期间, 2022年6月至2023年3月底前
            "(?<monthRange>(?<mrY1>\\d{4})年(?<mrM1>\\d{1,2})月(?:至|到|—|－|-|~|～)(?:(?<mrY2>\\d{4})年)?(?<mrM2>\\d{1,2})月(?:底前|底|末)?(?:期间)?)",
            // 2021—2025年, 2021年至2025年（期间）
            "(?<yearRange>(?<yrY1>\\d{4})年?(?:至|到|—|－|-|~|～)(?<yrY2>\\d{4})年(?:期间|底前|底)?)",
            // “十四五”期间
            "(?<fiveYear>[“\"]?十(?<fyN>[一二三四五六七八九])五[”\"]?(?:期间|时期|末))",
            // 2012年起5年内
            "(?<fromFor>(?:从|自)?(?<ffY>\\d{4})年(?:起|开始)(?<ffN>" + NUM + ")年内)",
            // 每年2月底前, 每年3月15日前, 每季度, 每半年, 每月28日前
            "(?<yearly>每年(?<ylM>\\d{1,2})月(?:(?<ylD>\\d{1,2})日|底|末)?(?:前|之前)?)",
            "(?<yearlyEnd>每年(?:年底|年末|底)(?:前|之前)?)",
            "(?<halfYearly>每半年)",
            "(?<quarterly>每季度?(?:末|结束后)?)",
            "(?<monthly>每月(?:(?<mlD>\\d{1,2})日|底|末)?(?:前|之前)?)",
            // 于2018年12月31日前
            "(?<byDay>(?<bdY>\\d{4})年(?<bdM>\\d{1,2})月(?<bdD>\\d{1,2})日(?:前|之前|以前))",
            // 明年7月, 明年7月底前, 明年上半年, 今年底前, 明年起: relative to the issue year
            "(?<rel>(?<relW>明年|今年)(?:度)?(?:(?<relM>\\d{1,2})月份?(?<relT>上旬|中旬|下旬|底|末)?|(?<relH>上半年|下半年)|(?<relE>年底|年末|底|末))?(?<relS>前|之前|以前|起|开始|内|以内)?)",
            // 2023年上半年, 上半年, 下半年前
            "(?<half>(?:(?<hfY>\\d{4})年)?(?<hfH>上半年|下半年)(?:前|之前|以前|内|末|底)?)",
            // 2023年一季度末, 第三季度前, 二季度底前
            "(?<quarter>(?:(?<qtY>\\d{4})年)?第?(?<qtN>[一二三四1-4])季度(?<qtE>末|底)?(?<qtB>前|之前|以前)?)",
            // 2023年6月中旬前, 9月上旬
            "(?<xun>(?<![\\d年])(?<xnM>\\d{1,2})月(?<xnT>上旬|中旬|下旬)(?:前|之前|以前|末)?)",
            "(?<xunY>(?<xyY>\\d{4})年(?<xyM>\\d{1,2})月(?<xyT>上旬|中旬|下旬)(?:前|之前|以前|末)?)",
            // 2023年6月底完成 (no 前, but a verb of completion follows)
            "(?<monthEndDone>(?<mdY>\\d{4})年(?<mdM>\\d{1,2})月(?:底|末)(?=[，,]?" + DONE + "))",
            "(?<yearEndDone>(?<ydY>\\d{4})年(?:年底|年末|底|末)(?=[，,]?" + DONE + "))",
            // 2025年前, 2025年以前 (not 2023年前三季度)
            "(?<beforeYear>(?<bfY>\\d{4})年(?:前|之前|以前)(?![一二三四五六七八九十两几0-9]|个|季|月|半))",
            // 半年内
            "(?<halfWithin>(?<![上下每])半年(?:内|以内))",
            // 未来五年, 今后3年(内): a span from now, like 5年内 (丽水 2023, holdout14b)
            "(?<ahead>(?:未来|今后|此后)(?<ahN>" + NUM + ")(?:个)?(?<ahU>年|月)(?:内|以内|间|里)?)",
            // 2023年3月底前
            "(?<byMonth>(?<bmY>\\d{4})年(?<bmM>\\d{1,2})月(?:底|末)?(?:前|之前|以前))",
            // 2023年底前, 2023年年底前
            "(?<byYear>(?<byY>\\d{4})年(?:年底|底|末)(?:前|之前|以前))",
            // 2023年内
            "(?<inYear>(?<iyY>\\d{4})年(?:内|以内))",
            // 6月30日前 (year from context)
            "(?<byBareDay>(?<![\\d年])(?<bxM>\\d{1,2})月(?<bxD>\\d{1,2})日(?:前|之前|以前))",
            // 6月底前 (year from context)
            "(?<byBareMonth>(?<![\\d年])(?<bbM>\\d{1,2})月(?:底|末)(?:前|之前|以前)?)",
            // 年底前 (year from context)
            "(?<byBareYearEnd>(?<![\\d])年(?:底|末)(?:前|之前|以前))",
            // 年内完成, （…，年内持续推进）: by the end of the year (from context), at a phrase's start only
            "(?<byBareInYear>(?<![^\\s，,。；;（(【\\[、：:])年内)",
            // 到2025年6月底
            "(?<untilMonth>(?:到|至)(?<umY>\\d{4})年(?<umM>\\d{1,2})月(?:底|末)?(?:前|之前|以前)?(?![\\d日]))",
            // 到2025年, 至2035年
            "(?<untilYear>(?:到|至)(?<uyY>\\d{4})年(?:底|末)?(?![\\d月]))",
            // 2023年起, 从2019年起, 2023年7月起
            "(?<from>(?:从|自)?(?<frY>\\d{4})年(?:(?<frM>\\d{1,2})月(?:(?<frD>\\d{1,2})日)?)?(?:起|开始))",
            // 20个工作日内, 5年内, 3个月内
            "(?<within>(?<wiN>" + NUM + ")(?:个)?(?<wiU>工作日|自然日|日|天|月|年)(?:内|以内))") + ")");

    /** The names of {@link #PHRASE}'s alternatives, in its order: exactly one of them takes part in a match. */
    private static final String[] ALTERNATIVES = {"monthRange", "yearRange", "fiveYear", "fromFor", "yearly",
        "yearlyEnd", "halfYearly", "quarterly", "monthly", "byDay", "rel", "half", "quarter", "xun", "xunY",
        "monthEndDone", "yearEndDone", "beforeYear", "halfWithin", "ahead", "byMonth", "byYear", "inYear", "byBareDay",
        "byBareMonth", "byBareYearEnd", "byBareInYear", "untilMonth", "untilYear", "from", "within"};
    /** The group number of each alternative, found once: telling which matched takes no name lookups. */
    private static final int[] ALTERNATIVE_GROUPS;

    static {
        Map<String, Integer> groups = namedGroups(PHRASE.pattern());
        ALTERNATIVE_GROUPS = new int[ALTERNATIVES.length];
        for (int i = 0; i < ALTERNATIVES.length; i++) {
            ALTERNATIVE_GROUPS[i] = groups.get(ALTERNATIVES[i]);
        }
    }

    /** A matcher of {@link #PHRASE} for each thread, reset for each text: a new one per text cost a kilobyte. */
    private static final ThreadLocal<Matcher> PHRASE_MATCHER = ThreadLocal.withInitial(() -> PHRASE.matcher(""));

    /** 《…》 names a document; 2022-2025年 inside it is not a time limit for the task. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("《[^《》]*》");

    /** （2022-2025年） after a name says which plan is meant, not when the task is due. */
    private static final Pattern BRACKETED_YEARS =
            Pattern.compile("[（(]\\d{4}\\s*(?:年)?(?:-|—|–|－|~|～|至|到)\\s*\\d{4}\\s*年?[）)]");

    /**
     * @param text         the task text (without its responsibility clause)
     * @param contextYear  year for phrases without one (6月底前): the issue year, or null
     */
    public List<FoundDeadline> find(String text, Integer contextYear) {
        Squeezed squeezed = Squeezed.of(text);
        if (squeezed != null) {
            return squeezed.back(find(squeezed.text, contextYear));
        }
        if (!mayHoldPhrase(text)) {
            return List.of();
        }
        String masked = mask(text);
        List<FoundDeadline> found = new ArrayList<>();
        Set<String> seenRaw = new LinkedHashSet<>();
        Integer year = contextYear;
        Integer issueYear = contextYear;
        Matcher m = PHRASE_MATCHER.get().reset(masked).useTransparentBounds(true).useAnchoringBounds(false);
        int n = masked.length();
        try {
            // As m.find() would, position by position, the leftmost match first — but positions where
            // no phrase can start are skipped by hand, and the commonest phrase (2023年6月底前) is
            // read by hand where it stands: no other alternative can match there.
            int pos = 0;
            while (pos < n) {
                if (!mayStartAt(masked, pos)) {
                    pos++;
                    continue;
                }
                int start = pos;
                int end = byMonthAt(masked, pos);
                String alternative;
                String raw;
                Deadline d;
                if (end > 0) {
                    alternative = "byMonth";
                    raw = text.substring(start, end);
                    int mo = Integer.parseInt(masked, start + 5, masked.indexOf('月', start + 5), 10);
                    d = validMonth(mo) ? Deadline.by(raw, YearMonth.of(Integer.parseInt(masked, start, start + 4, 10), mo)
                            .atEndOfMonth()) : null;
                } else if (m.region(pos, n).lookingAt()) {
                    end = m.end();
                    alternative = alternative(m);
                    raw = text.substring(start, end);
                    d = alternative.equals("within") && describesAPeriod(text, start, end)
                            || namesWhatBelongsToIt(alternative, raw, text, end) ? null
                            : resolve(m, alternative, raw, year, issueYear);
                } else {
                    pos++;
                    continue;
                }
                pos = Math.max(end, pos + 1);
                if (d == null) {
                    continue;
                }
                Integer phraseYear = yearOf(d);
                if (phraseYear != null && !alternative.equals("yearRange") && !alternative.equals("fiveYear")) {
                    year = phraseYear;
                }
                if (seenRaw.add(raw)) {
                    found.add(new FoundDeadline(d, start, end));
                }
            }
        } finally {
            m.reset(""); // keeps no text alive
        }
        return found;
    }

    /**
     * {@link #find} as the plain search of {@link #PHRASE} does it — m.find() over the whole text —
     * kept so that a property test can check that the faster search finds exactly the same.
     */
    List<FoundDeadline> findByPattern(String text, Integer contextYear) {
        Squeezed squeezed = Squeezed.of(text);
        if (squeezed != null) {
            return squeezed.back(findByPattern(squeezed.text, contextYear));
        }
        if (!mayHoldPhrase(text)) {
            return List.of();
        }
        String masked = mask(text);
        List<FoundDeadline> found = new ArrayList<>();
        Set<String> seenRaw = new LinkedHashSet<>();
        Integer year = contextYear;
        Matcher m = PHRASE.matcher(masked);
        while (m.find()) {
            String raw = text.substring(m.start(), m.end());
            String alternative = alternative(m);
            if (alternative.equals("within") && describesAPeriod(text, m.start(), m.end())
                    || namesWhatBelongsToIt(alternative, raw, text, m.end())) {
                continue;
            }
            Deadline d = resolve(m, alternative, raw, year, contextYear);
            if (d == null) {
                continue;
            }
            Integer phraseYear = yearOf(d);
            if (phraseYear != null && !alternative.equals("yearRange") && !alternative.equals("fiveYear")) {
                year = phraseYear;
            }
            if (seenRaw.add(raw)) {
                found.add(new FoundDeadline(d, m.start(), m.end()));
            }
        }
        return found;
    }

    /** 近6个月内, 离校2年内, 毕业后1年内, 退役2年内: a span counted back or from an event, no time limit. */
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "(?:近|最近|过去|离校|毕业|退役|离职|失业|登记|注册|入学|入职|出院|出生|成立|设立)(?:后|以后|之后)?$");

    /**
     * Whether the span {@code [start, end)} (N年内, N个月内) says who or what is meant rather than when the
     * work is due: counted back (近6个月内), from an event (离校2年内), or followed by a state
     * (…内未就业, …内已在…体检).
     */
    private static boolean describesAPeriod(String text, int start, int end) {
        if (PERIOD_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()) {
            return true;
        }
        return end < text.length() && (text.charAt(end) == '未' || text.charAt(end) == '已');
    }

    /**
     * 延缓缴纳2021年第四季度部分税费, 2023年上半年的数据: a quarter or half-year without 末 / 底 / 前 that qualifies what
     * follows (的, 部分, 全部, 各项, 有关, 相关, 应…) names whose period a thing is, not when the work is due (国办发〔2021〕45号,
     * holdout14i, labelled without a deadline).
     */
    private static boolean namesWhatBelongsToIt(String alternative, String raw, String text, int end) {
        if (!alternative.equals("quarter") && !alternative.equals("half") || PERIOD_END.matcher(raw).find()) {
            return false;
        }
        return ATTRIBUTIVE_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** A quarter's or half-year's end or 前: a time set. */
    private static final Pattern PERIOD_END = Pattern.compile("[末底前内]$");
    /** What follows a period named as a thing's: 的 or a word taking part of a whole. */
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile("的|部分|全部|各项|有关|相关|应[缴纳交付]");

    /** Whether {@link #PHRASE_START} holds at {@code i}, tested by hand (the pattern itself tests it again). */
    private static boolean mayStartAt(String s, int i) {
        char c = s.charAt(i);
        if ("“\"从自每明今未此上下半年到至".indexOf(c) >= 0) {
            return true;
        }
        if (c >= '0' && c <= '9') {
            int r = run(s, i, "0123456789");
            return r <= 4 && i + r < s.length() && "年月日个天工自季至到—－-~～".indexOf(s.charAt(i + r)) >= 0;
        }
        if (c == '第') {
            return i + 2 < s.length() && "一二三四1234".indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == '季';
        }
        if (NUMERALS.indexOf(c) >= 0) {
            int r = run(s, i, NUMERALS);
            return r <= 3 && i + r < s.length() && "个工自日天月年季”\"期时末".indexOf(s.charAt(i + r)) >= 0;
        }
        return false;
    }

    private static final String NUMERALS = "一二三四五六七八九十两";

    /** Length of the run of {@code chars} at {@code i}. */
    private static int run(String s, int i, String chars) {
        int j = i;
        while (j < s.length() && chars.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        return j - i;
    }

    /**
     * The end of 2023年6月底前 (byMonth: four figures, 年, one or two figures, 月, 底 or 末 or nothing, 前 or
     * 之前 or 以前) at {@code i}, else -1. Where it stands, no alternative before byMonth in {@link #PHRASE}
     * can match (each needs something else after 年 or 月), so the pattern would read the same.
     */
    private static int byMonthAt(String s, int i) {
        int n = s.length();
        if (i + 7 > n || run(s, i, "0123456789") != 4 || s.charAt(i + 4) != '年') {
            return -1;
        }
        int months = run(s, i + 5, "0123456789");
        int j = i + 5 + months;
        if (months < 1 || months > 2 || j >= n || s.charAt(j) != '月') {
            return -1;
        }
        j++;
        if (j < n && (s.charAt(j) == '底' || s.charAt(j) == '末')) {
            j++;
        }
        if (s.startsWith("前", j)) {
            return j + 1;
        }
        if (s.startsWith("之前", j) || s.startsWith("以前", j)) {
            return j + 2;
        }
        return -1;
    }

    /** A time limit that is ongoing as a whole: 长期坚持, 持续推进, 常态化推进, 长期, 持续, 常态长效. */
    private static final Pattern ONGOING_FIELD = Pattern.compile(
            "(?:长期|持续|常态化|常态长效|长效)(?:坚持|推进|实施|开展|落实|执行|有效)?(?:推进)?[。；;]?");
    /** A time limit that recurs every year as a whole: 每年, 每年度, 按年度, 逐年推进, 年度推进. */
    private static final Pattern YEARLY_FIELD = Pattern.compile(
            "(?:(?:每年度?|按年度|逐年)(?:推进|实施|开展|落实|完成)?|年度(?:推进|实施))[。；;]?");

    /**
     * Parses a time limit given on its own (a 完成时限 field): 长期坚持 and the like are ONGOING; 全年 / 年内 /
     * 年底前 are due by the end of {@code contextYear} (the date null when the plan's year is unknown).
     */
    public List<Deadline> parseTimeLimit(String value, Integer contextYear) {
        String v = Texts.strip(value);
        if (ONGOING_FIELD.matcher(v).matches()) {
            return List.of(Deadline.ongoing(v.replaceAll("[。；;]$", "")));
        }
        if (YEARLY_FIELD.matcher(v).matches()) {
            // 每年 / 按年度 / 逐年推进 as the whole time limit: a yearly deadline that names no day
            return List.of(Deadline.recurring(v.replaceAll("[。；;]$", ""), Recurrence.YEARLY, null, null));
        }
        if (v.matches("(?:全年|年内|年底前?|年末前?|本年度|年度内)[。；;]?")) {
            // 全年 in a 完成时限 column: by the end of the plan's year (霍山 2025, holdout14c)
            String raw = v.replaceAll("[。；;]$", "");
            return List.of(Deadline.by(raw, contextYear == null ? null : LocalDate.of(contextYear, 12, 31)));
        }
        List<Deadline> found = find(v, contextYear).stream().map(FoundDeadline::deadline).toList();
        if (!found.isEmpty()) {
            return found;
        }
        Matcher yearEnd = YEAR_END_FIELD.matcher(v);
        if (yearEnd.matches()) {
            // 完成时限：2018年底 — a field names when the work is due, 前 or not (in running text 2022年底 may be a past fact)
            return List.of(Deadline.by(v.replaceAll("[。；;]$", ""), LocalDate.of(Integer.parseInt(yearEnd.group(1)), 12, 31)));
        }
        List<Deadline> bare = bareDate(v, contextYear);
        if (!bare.isEmpty()) {
            return bare;
        }
        // a month and what is to be done by then: 9月投入使用 / 2024年10月建成投用 (大竹 2016, set E)
        Matcher done = DATE_THEN_DONE.matcher(v);
        if (done.matches()) {
            List<Deadline> date = bareDate(done.group(1), contextYear);
            if (!date.isEmpty()) {
                return List.of(Deadline.by(v.replaceAll("[。；;]$", ""), date.get(0).date()));
            }
        }
        return List.of();
    }

    /** A time-limit field that is a year's end: 2018年底, 2020年年末. */
    private static final Pattern YEAR_END_FIELD = Pattern.compile("(\\d{4})年(?:年底|年末|底|末)[。；;]?");

    /** A time-limit cell that is a month (or day) followed by the step to be done by then. */
    private static final Pattern DATE_THEN_DONE = Pattern.compile(
            "((?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?)(?:底|末)?(?:前)?(?:全面|基本|正式|全部)?"
                    + "(?:投入使用|投入运营|投用|建成投用|建成|完成|完工|竣工|开工|动工|启动|交付|交付使用|开放|上线|运行|运营|通车|验收)[。；;]?");

    /**
     * A time-limit cell that is only a date — a spreadsheet's date cell as the office shows it
     * (2026/6/30, 2026年12月, 2026年9月30日, 12月31日): the task is due by that day, or by the
     * end of that month.
     */
    private static List<Deadline> bareDate(String v, Integer contextYear) {
        Matcher m = BARE_DATE.matcher(v);
        if (!m.matches()) {
            return List.of();
        }
        boolean digits = m.group(1) != null;
        String year = digits ? m.group(1) : m.group(5);
        String month = digits ? m.group(3) : m.group(6);
        String day = digits ? m.group(4) : m.group(7);
        try {
            int y = year != null ? Integer.parseInt(year) : contextYear == null ? -1 : contextYear;
            if (y < 0) {
                return List.of();
            }
            YearMonth ym = YearMonth.of(y, Integer.parseInt(month));
            LocalDate date = day == null ? ym.atEndOfMonth() : ym.atDay(Integer.parseInt(day));
            return List.of(Deadline.by(v, date));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return List.of();
        }
    }

    /** 2026/6/30, 2026-06-30, 2026.6.30 (groups 1–4); [2026年]12月[31日] (groups 5–7); then 前 or nothing. */
    private static final Pattern BARE_DATE = Pattern.compile(
            "(?:(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})|(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})日)?)(?:前|之前|以前)?");

    /** Every phrase holds one of these characters; most clause segments hold none. */
    private static boolean mayHoldPhrase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("年月日季期每内半旬起末".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String mask(String text) {
        boolean titles = text.indexOf('《') >= 0;
        boolean brackets = text.indexOf('（') >= 0 || text.indexOf('(') >= 0;
        if (!titles && !brackets) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (Pattern p : titles && brackets ? List.of(DOCUMENT_TITLE, BRACKETED_YEARS)
                : titles ? List.of(DOCUMENT_TITLE) : List.of(BRACKETED_YEARS)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, '□');
                }
            }
        }
        return b.toString();
    }

    /** The name of the alternative that matched (one of the {@link #ALTERNATIVES}). */
    private static String alternative(Matcher m) {
        for (int i = 0; i < ALTERNATIVE_GROUPS.length; i++) {
            if (m.start(ALTERNATIVE_GROUPS[i]) >= 0) {
                return ALTERNATIVES[i];
            }
        }
        throw new IllegalStateException("no alternative matched");
    }

    /**
     * The group numbers of the named groups of {@code regex}, counted as java.util.regex counts them:
     * every opening bracket that captures, outside character classes and escapes. Checked against the
     * pattern's own count of groups.
     */
    static Map<String, Integer> namedGroups(String regex) {
        Map<String, Integer> groups = new HashMap<>();
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                if (i + 3 < regex.length() && regex.charAt(i + 2) == '<' && Character.isLetter(regex.charAt(i + 3))) {
                    groups.put(regex.substring(i + 3, regex.indexOf('>', i + 3)), ++count);
                }
            } else if (c == '(') {
                count++;
            }
        }
        if (count != Pattern.compile(regex).matcher("").groupCount()) {
            throw new IllegalStateException("groups miscounted: " + count);
        }
        return groups;
    }

    private static Deadline resolve(Matcher m, String alternative, String raw, Integer year, Integer issueYear) {
        switch (alternative) {
            case "rel", "half", "quarter", "xun", "xunY" -> {
                return resolveRelative(m, raw, year, issueYear);
            }
            default -> {
            }
        }
        if (alternative.equals("monthEndDone")) {
            int mo = Integer.parseInt(m.group("mdM"));
            return validMonth(mo) ? Deadline.by(raw, YearMonth.of(Integer.parseInt(m.group("mdY")), mo).atEndOfMonth())
                    : null;
        }
        if (alternative.equals("yearEndDone")) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("ydY")), 12, 31));
        }
        if (alternative.equals("beforeYear")) {
            // 2025年前 reads as "by 2025" in these plans, like 到2025年.
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("bfY")), 12, 31));
        }
        if (alternative.equals("halfWithin")) {
            return Deadline.within(raw, 6, SpanUnit.MONTHS);
        }
        if (alternative.equals("ahead")) {
            int n = ChineseNumerals.parse(m.group("ahN"));
            return n <= 0 ? null : Deadline.within(raw, n, m.group("ahU").equals("月") ? SpanUnit.MONTHS : SpanUnit.YEARS);
        }
        return resolveFixed(m, alternative, raw, year);
    }

    /** 明年7月, 上半年, 一季度末, 6月中旬: phrases whose year comes from the issue date or the context. */
    private static Deadline resolveRelative(Matcher m, String raw, Integer year, Integer issueYear) {
        if (m.group("rel") != null) {
            Integer y = issueYear == null ? null : issueYear + ("明年".equals(m.group("relW")) ? 1 : 0);
            String stop = m.group("relS");
            boolean from = "起".equals(stop) || "开始".equals(stop);
            if (m.group("relM") != null) {
                int mo = Integer.parseInt(m.group("relM"));
                if (!validMonth(mo)) {
                    return null;
                }
                if (from) {
                    return Deadline.from(raw, y == null ? null : LocalDate.of(y, mo, 1));
                }
                return Deadline.by(raw, y == null ? null : xunEnd(y, mo, m.group("relT")));
            }
            if (m.group("relH") != null) {
                boolean first = "上半年".equals(m.group("relH"));
                if (from) {
                    return Deadline.from(raw, y == null ? null : LocalDate.of(y, first ? 1 : 7, 1));
                }
                return Deadline.by(raw, y == null ? null : LocalDate.of(y, first ? 6 : 12, first ? 30 : 31));
            }
            if (m.group("relE") == null && stop == null) {
                return null; // 明年 alone sets no time
            }
            if (from && m.group("relE") == null) {
                return Deadline.from(raw, y == null ? null : LocalDate.of(y, 1, 1));
            }
            return Deadline.by(raw, y == null ? null : LocalDate.of(y, 12, 31));
        }
        if (m.group("half") != null) {
            Integer y = m.group("hfY") != null ? Integer.valueOf(m.group("hfY")) : year;
            boolean first = "上半年".equals(m.group("hfH"));
            return Deadline.by(raw, y == null ? null : LocalDate.of(y, first ? 6 : 12, first ? 30 : 31));
        }
        if (m.group("quarter") != null) {
            if (m.group("qtY") == null && m.group("qtE") == null && m.group("qtB") == null) {
                return null; // 一季度 alone: a period named, not a time set
            }
            Integer y = m.group("qtY") != null ? Integer.valueOf(m.group("qtY")) : year;
            int q = ChineseNumerals.parse(m.group("qtN"));
            return Deadline.by(raw, y == null ? null : YearMonth.of(y, q * 3).atEndOfMonth());
        }
        if (m.group("xun") != null || m.group("xunY") != null) {
            boolean dated = m.group("xunY") != null;
            Integer y = dated ? Integer.valueOf(m.group("xyY")) : year;
            int mo = Integer.parseInt(dated ? m.group("xyM") : m.group("xnM"));
            if (!validMonth(mo)) {
                return null;
            }
            return Deadline.by(raw, y == null ? null : xunEnd(y, mo, dated ? m.group("xyT") : m.group("xnT")));
        }
        return null;
    }

    /** Last day of a month, or of its 上旬 (10th) / 中旬 (20th). */
    private static LocalDate xunEnd(int year, int month, String xun) {
        if ("上旬".equals(xun)) {
            return LocalDate.of(year, month, 10);
        }
        if ("中旬".equals(xun)) {
            return LocalDate.of(year, month, 20);
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private static Deadline resolveFixed(Matcher m, String alternative, String raw, Integer year) {
        if (alternative.equals("monthRange")) {
            int y1 = Integer.parseInt(m.group("mrY1"));
            int m1 = Integer.parseInt(m.group("mrM1"));
            int y2 = m.group("mrY2") != null ? Integer.parseInt(m.group("mrY2")) : y1;
            int m2 = Integer.parseInt(m.group("mrM2"));
            if (!validMonth(m1) || !validMonth(m2)) {
                return null;
            }
            return Deadline.period(raw, LocalDate.of(y1, m1, 1), YearMonth.of(y2, m2).atEndOfMonth());
        }
        if (alternative.equals("yearRange")) {
            String first = m.group("yrY1");
            if (first == null) {
                return null; // "至2035年" alone is handled as untilYear
            }
            int y1 = Integer.parseInt(first);
            int y2 = Integer.parseInt(m.group("yrY2"));
            if (y2 < y1) {
                return null;
            }
            return Deadline.period(raw, LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31));
        }
        if (alternative.equals("fiveYear")) {
            int n = 10 + ChineseNumerals.parse(m.group("fyN"));
            // The 3rd plan began in 1966; every plan since has run five years.
            int start = 1966 + 5 * (n - 3);
            if (raw.endsWith("末")) {
                // “十三五”末: by the plan's last day, not over its five years (江西 2017)
                return Deadline.by(raw, LocalDate.of(start + 4, 12, 31));
            }
            return Deadline.period(raw, LocalDate.of(start, 1, 1), LocalDate.of(start + 4, 12, 31));
        }
        if (alternative.equals("fromFor")) {
            int y = Integer.parseInt(m.group("ffY"));
            int n = ChineseNumerals.parse(m.group("ffN"));
            if (n <= 0) {
                return null;
            }
            return Deadline.period(raw, LocalDate.of(y, 1, 1), LocalDate.of(y + n - 1, 12, 31));
        }
        if (alternative.equals("yearly")) {
            int month = Integer.parseInt(m.group("ylM"));
            if (!validMonth(month)) {
                return null;
            }
            Integer day = m.group("ylD") != null ? Integer.valueOf(m.group("ylD"))
                    : raw.contains("底") || raw.contains("末") ? Month.of(month).length(false) : null;
            return Deadline.recurring(raw, Recurrence.YEARLY, month, day);
        }
        if (alternative.equals("yearlyEnd")) {
            return Deadline.recurring(raw, Recurrence.YEARLY, 12, 31);
        }
        if (alternative.equals("halfYearly")) {
            return Deadline.recurring(raw, Recurrence.HALF_YEARLY, null, null);
        }
        if (alternative.equals("quarterly")) {
            return Deadline.recurring(raw, Recurrence.QUARTERLY, null, null);
        }
        if (alternative.equals("monthly")) {
            Integer day = m.group("mlD") != null ? Integer.valueOf(m.group("mlD")) : null;
            return Deadline.recurring(raw, Recurrence.MONTHLY, null, day);
        }
        if (alternative.equals("byDay")) {
            int y = Integer.parseInt(m.group("bdY"));
            int mo = Integer.parseInt(m.group("bdM"));
            int d = Integer.parseInt(m.group("bdD"));
            if (!validMonth(mo) || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
                return null;
            }
            return Deadline.by(raw, LocalDate.of(y, mo, d));
        }
        if (alternative.equals("byMonth")) {
            int y = Integer.parseInt(m.group("bmY"));
            int mo = Integer.parseInt(m.group("bmM"));
            if (!validMonth(mo)) {
                return null;
            }
            // 3月底前 / 3月前 both read as "by the end of March" in these plans.
            return Deadline.by(raw, YearMonth.of(y, mo).atEndOfMonth());
        }
        if (alternative.equals("byYear")) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("byY")), 12, 31));
        }
        if (alternative.equals("inYear")) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("iyY")), 12, 31));
        }
        if (alternative.equals("byBareDay")) {
            int mo = Integer.parseInt(m.group("bxM"));
            int d = Integer.parseInt(m.group("bxD"));
            if (!validMonth(mo) || d < 1 || d > Month.of(mo).maxLength()) {
                return null;
            }
            if (year == null) {
                return Deadline.by(raw, null);
            }
            return d > YearMonth.of(year, mo).lengthOfMonth() ? null : Deadline.by(raw, LocalDate.of(year, mo, d));
        }
        if (alternative.equals("byBareMonth")) {
            int mo = Integer.parseInt(m.group("bbM"));
            if (!validMonth(mo)) {
                return null;
            }
            return Deadline.by(raw, year == null ? null : YearMonth.of(year, mo).atEndOfMonth());
        }
        if (alternative.equals("byBareYearEnd") || alternative.equals("byBareInYear")) {
            return Deadline.by(raw, year == null ? null : LocalDate.of(year, 12, 31));
        }
        if (alternative.equals("untilMonth")) {
            int mo = Integer.parseInt(m.group("umM"));
            if (!validMonth(mo)) {
                return null;
            }
            return Deadline.by(raw, YearMonth.of(Integer.parseInt(m.group("umY")), mo).atEndOfMonth());
        }
        if (alternative.equals("untilYear")) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("uyY")), 12, 31));
        }
        if (alternative.equals("from")) {
            int y = Integer.parseInt(m.group("frY"));
            int mo = m.group("frM") != null ? Integer.parseInt(m.group("frM")) : 1;
            int d = m.group("frD") != null ? Integer.parseInt(m.group("frD")) : 1;
            if (!validMonth(mo) || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
                return null;
            }
            return Deadline.from(raw, LocalDate.of(y, mo, d));
        }
        if (alternative.equals("within")) {
            int n = ChineseNumerals.parse(m.group("wiN"));
            if (n <= 0) {
                return null;
            }
            SpanUnit unit = switch (m.group("wiU")) {
                case "工作日" -> SpanUnit.WORKING_DAYS;
                case "月" -> SpanUnit.MONTHS;
                case "年" -> SpanUnit.YEARS;
                default -> SpanUnit.DAYS;
            };
            return Deadline.within(raw, n, unit);
        }
        return null;
    }

    private static boolean validMonth(int month) {
        return month >= 1 && month <= 12;
    }

    private static Integer yearOf(Deadline d) {
        LocalDate date = d.date() != null ? d.date() : d.start();
        return date == null ? null : date.getYear();
    }

    /**
     * A text whose dates a PDF or Word copy spaced out (12 月底前, 2023 年 6 月底前 — the figures in another font):
     * the spaces between a figure and 年/月/日/号/个 and between 年/月 and a figure taken out, each phrase found
     * in it traced back to where it stands in the text.
     */
    private static final class Squeezed {
        final String text;
        /** For each character of {@link #text}, its index in the original. */
        private final int[] at;

        private Squeezed(String text, int[] at) {
            this.text = text;
            this.at = at;
        }

        /** The text squeezed, or null when no date in it is spaced out (the usual case: nothing is copied). */
        static Squeezed of(String text) {
            if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0 && text.indexOf('\u00A0') < 0) {
                return null;
            }
            StringBuilder sb = null;
            int[] at = null;
            int n = text.length();
            int i = 0;
            while (i < n) {
                char ch = text.charAt(i);
                if (isGap(ch) && i > 0) {
                    int j = i;
                    while (j < n && isGap(text.charAt(j))) {
                        j++;
                    }
                    char before = text.charAt(i - 1);
                    char after = j < n ? text.charAt(j) : ' ';
                    boolean spaced = isDigit(before) && "年月日号个".indexOf(after) >= 0
                            || (before == '年' || before == '月') && isDigit(after);
                    if (spaced) {
                        if (sb == null) {
                            sb = new StringBuilder(n);
                            at = new int[n];
                            sb.append(text, 0, i);
                            for (int k = 0; k < i; k++) {
                                at[k] = k;
                            }
                        }
                        i = j;
                        continue;
                    }
                }
                if (sb != null) {
                    at[sb.length()] = i;
                    sb.append(ch);
                }
                i++;
            }
            return sb == null ? null : new Squeezed(sb.toString(), at);
        }

        private static boolean isGap(char ch) {
            return ch == ' ' || ch == '\u3000' || ch == '\u00A0';
        }

        private static boolean isDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }

        /** The phrases found in the squeezed text, placed where they stand in the original. */
        List<FoundDeadline> back(List<FoundDeadline> found) {
            List<FoundDeadline> out = new ArrayList<>(found.size());
            for (FoundDeadline f : found) {
                out.add(new FoundDeadline(f.deadline(), at[f.start()], at[f.end() - 1] + 1));
            }
            return out;
        }
    }
}
