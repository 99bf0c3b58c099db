package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Role;

/**
 * Reads the inside of a responsibility clause — "省市场监管局牵头，省住建厅等相关部门配合",
 * "负责部门：住房城乡建设部；适用范围：…" — into units and roles (rules in docs/plan-json.md).
 * Returns empty for brackets that are not clauses: （试行）, （以下简称…）, （2022-2025年）,
 * （各地要结合本地实际认真抓好贯彻落实）.
 */
public final class ClauseParser {
    /** A field label such as 牵头单位： at the start or after a separator. */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[；;，,。\\s\\u3000]))([\\u4e00-\\u9fa5]{2,6})\\s*[:：]");

    /** 省发展改革委（牵头）: the unit that leads, marked inside a list. */
    private static final Pattern LEAD_MARK = Pattern.compile("[（(]牵头[）)]$");

    /** A verb-clause segment that gives the time limit rather than units: 持续推进, 长期坚持. */
    private static final Pattern ONGOING_LIMIT =
            Pattern.compile("(?:长期坚持|长期推进|持续推进|持续实施|常态化推进|常态化开展|常态化|长期实施|长期|持续)");

    /** 和各省级人民政府, 以及各区: a trailing list joined by a conjunction. */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:以及|并由|和|及|与|并)");

    private static final Map<String, Role> LABEL_ROLES = new LinkedHashMap<>();
    private static final List<String> TIME_LABELS =
            List.of("完成时限", "完成时间", "时间节点", "时限", "时间要求", "完成期限", "时间安排", "进度安排",
                    "时限要求", "完成时限要求", "进度要求", "时间进度", "完成时序");

    static {
        for (String l : List.of("牵头单位", "牵头部门", "牵头", "主办单位", "牵头责任单位", "牵头责任部门")) {
            LABEL_ROLES.put(l, Role.LEAD);
        }
        for (String l : List.of("配合单位", "配合部门", "参与单位", "参与部门", "协办单位", "协同单位", "协同部门",
                "参加单位", "支撑单位", "支撑部门", "支持单位", "协助单位", "协作单位", "协作部门", "配合")) {
            LABEL_ROLES.put(l, Role.COOPERATING);
        }
        // 责任/负责 lists: one unit leads, several share responsibility (decided per list).
        for (String l : List.of("责任单位", "责任部门", "负责单位", "负责部门", "主责单位", "主责部门", "承办单位",
                "实施单位", "落实单位", "责任主体", "责任处室", "负责处室", "推进单位", "推进部门", "主责处室")) {
            LABEL_ROLES.put(l, Role.RESPONSIBLE);
        }
        // Fields named for the division of work itself (部门分工：省发展改革委牵头，各地、各部门配合): their
        // role words say the roles; a bare list shares the responsibility as a 责任单位 list does.
        for (String l : List.of("部门分工", "责任分工", "任务分工", "职责分工", "单位分工", "工作分工", "分工")) {
            LABEL_ROLES.put(l, Role.RESPONSIBLE);
        }
    }

    /**
     * A unit label made of a role word and 责任单位 (协同责任单位, 配合责任部门, 牵头实施单位): the role word
     * says the role.
     */
    private static final Pattern COMPOSED_LABEL = Pattern.compile(
            "(牵头|协同|协作|配合|参与|协办|协助|支撑|支持)(?:责任|实施|推进|落实)(?:单位|部门|处室)");

    /** 主要协作单位, 主要配合部门 (set L 灵璧 2021): a label with 主要 before it names the same role. */
    private static final String MAIN_PREFIX = "主要";

    /** The role a field label gives its units, or null for a label that names none. */
    private static Role roleOf(String label) {
        if (label.startsWith(MAIN_PREFIX) && label.length() > MAIN_PREFIX.length() + 2) {
            label = label.substring(MAIN_PREFIX.length());
        }
        Role role = LABEL_ROLES.get(label);
        if (role != null) {
            return role;
        }
        Matcher m = COMPOSED_LABEL.matcher(label);
        if (!m.matches()) {
            return null;
        }
        return m.group(1).equals("牵头") ? Role.LEAD : Role.COOPERATING;
    }

    /**
     * 分管省领导：林克庆, 责任领导：, 牵头市领导：, 联系领导：, 责任人：: a field naming people. It belongs to
     * the task's clause (so it is no task text) but assigns no unit. Only these forms: 加强组织领导： is a heading.
     */
    private static final Pattern PEOPLE_LABEL = Pattern.compile(
            "(?:分管|责任|牵头|联系|包联|挂钩|主管|督办|协调)(?:负责)?(?:省|市|区|县|州|镇|乡)?(?:级)?领导|[\\u4e00-\\u9fa5]{0,2}责任人|联系人");

    private static final String[] LEAD_VERBS = {"牵头负责", "牵头落实", "牵头推进", "牵头实施", "牵头组织", "牵头抓总", "牵头", "主办", "为主落实", "为主负责", "为主推进"};
    private static final String[] COOPERATING_VERBS = {
        "共同参与", "积极配合", "协同配合", "配合落实", "配合推进", "配合实施", "支持配合", "协助配合", "配合", "参与",
        "协同", "协助", "协办"
    };
    /** The core verb of a 负责 segment; the manner words before it ({@link #MANNER}) are taken off the units. */
    private static final String[] RESPONSIBLE_VERBS = {
        "按职责分工负责", "按职责分工落实", "按职能分工负责", "按职责分工推进", "按职责负责", "按职责落实",
        "负责落实", "负责推进", "负责实施", "组织实施", "具体实施", "贯彻落实", "组织落实", "推进落实", "推动落实", "督促落实",
        "抓好落实", "抓落实", "统筹推进", "负责", "落实", "指导"
    };
    /**
     * How a unit does its part, printed between the units and the verb: 各地结合实际落实, 各市具体负责,
     * 省商务厅督促指导, 省财政厅、省税务局共同负责, 各区按照职责分工抓好落实.
     */
    private static final Pattern MANNER = Pattern.compile(
            "(?:结合(?:本地|本地区|本部门|本单位|本地本部门|各自|地方|工作)?实际|(?:按照?|根据|依据)(?:各自)?(?:职责|职能)(?:分工)?"
                    + "|分别|共同|具体|各自|切实|督促|统筹|抓好|负责)+$");
    /** Verbs after which a single unit is the lead (（X负责） → lead X). */
    private static final List<String> SOLE_LEAD_VERBS = List.of("负责", "指导", "负责落实", "负责推进", "负责实施", "组织实施");

    /** Words that end a responsibility clause: a bracket ending so is meant as one, read or not. */
    private static final Pattern CLAUSE_ENDING = Pattern.compile(
            ".*(?:牵头|配合|负责|落实|参与|指导|协同|协助|组织实施)[。；;]?$", Pattern.DOTALL);

    private static final int MAX_CLAUSE = 600;

    private static final Pattern SENTENCES = Pattern.compile("[。]");
    private static final Pattern CLAUSE_PARTS = Pattern.compile("[，,；;]");
    private static final Pattern SAME_BELOW = Pattern.compile("(?:下同|以下同|后同)");
    /** A sentence that says the lists leave some units out: 不再一一列出, 不再单独列出, 不再做分工. */
    private static final Pattern NOT_LISTED_NOTE =
            Pattern.compile("不(?:再(?:一一|单独|逐一|重复|另行|具体)?|一一|逐一)(?:列出|列明|列举|标注|注明|做分工|分工)");

    /**
     * 分管副省长、协管副秘书长负责: the leaders who answer for the task, named by their office — people, no
     * unit; the units follow (，省科技厅牵头), 湖南 2016; or by name and office (胡海达常务副市长牵头，市发改局为主落实, 慈溪 2021).
     */
    private static final Pattern LEADERS_BY_OFFICE = Pattern.compile(
            "(?:[\\u4e00-\\u9fa5]{0,3}?(?:分管|协管|主管|联系|牵头)?(?:常务)?副?(?:省长|市长|区长|县长|州长|旗长|秘书长)[、和及与]?)+");

    private final UnitListSplitter splitter = new UnitListSplitter();
    private final DeadlineParser deadlines = new DeadlineParser();

    /**
     * @param content          the text inside the brackets
     * @param firstListedLeads a standing rule earlier in the document makes the first unit lead
     */
    public Optional<ParsedClause> parse(String content, boolean firstListedLeads) {
        return parse(content, firstListedLeads ? StandingRule.FIRST_LEADS : StandingRule.NONE);
    }

    /**
     * @param content the text inside the brackets (or a run of labelled lines)
     * @param rule    the standing rule in force before this clause
     */
    public Optional<ParsedClause> parse(String content, StandingRule rule) {
        String text = withoutBreaksInNames(Texts.strip(content == null ? "" : content));
        if (text.isEmpty() || text.length() > MAX_CLAUSE) {
            return Optional.empty();
        }
        StandingRule stated = StandingRule.statedIn(text);
        StandingRule inForce = stated != StandingRule.NONE ? stated : rule;
        String clauseText = withoutLeaderPart(withoutRuleSentences(text));

        Builder b = new Builder();
        boolean labelled = hasRoleLabel(clauseText) && parseLabelled(clauseText, inForce, b);
        if (!labelled) {
            b = new Builder();
            if (!parseVerbSegments(clauseText, inForce, b)) {
                return Optional.empty();
            }
        }
        if (b.assignments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedClause(b.assignments, b.others, b.timeLimits, stated, b.unread));
    }

    /** A leader named first, a person and no unit: 由徐明金同志协调, (汉滨 2011 通报, set L). */
    private static final Pattern LEADER_PART =
            Pattern.compile("^由?\\p{IsHan}{2,4}同志(?:协调|负责|牵头|分管|督办|督促|联系)[，,、]\\s*");

    /** The clause without a leading person's part (由X同志协调,区瀛湖管理局负责 → 区瀛湖管理局负责); the units follow it. */
    static String withoutLeaderPart(String text) {
        if (text.indexOf('同') < 0) {
            return text;
        }
        Matcher m = LEADER_PART.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()) : text;
    }

    /** A space between two characters: where it breaks a word, it is the page's, not the list's. */
    private static final Pattern SPACE_IN_WORD = Pattern.compile("(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})");

    /**
     * The clause without the spaces a copy left inside a unit's name (相关市政 府落实, 广东 2023): a space whose left side
     * does not end as a unit name does (市政) is no separator; 市发展改革委 市财政局 keeps its space.
     */
    static String withoutBreaksInNames(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) {
            return text;
        }
        Matcher m = SPACE_IN_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            int from = m.start();
            while (from > 0 && "、，,；;：:（(".indexOf(text.charAt(from - 1)) < 0 && text.charAt(from - 1) != ' ') {
                from--;
            }
            int to = m.end();
            while (to < text.length() && "、，,；;（(".indexOf(text.charAt(to)) < 0 && text.charAt(to) != ' ') {
                to++;
            }
            String right = text.substring(m.end(), to);
            out.append(text, last, m.start());
            // a label after the space (… 部门分工：) starts a field: the space stays
            if (right.indexOf('：') >= 0 || right.indexOf(':') >= 0
                    || UnitListSplitter.endsLikeUnit(text.substring(from, m.start()))) {
                out.append(m.group());
            }
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * A bracket that is nothing but a list of units, with no role word — （工信部、应急管理部） after a measure —
     * read as a 责任单位 list: several units responsible, one the lead; under a standing rule the first
     * leads. Only for a bracket that closes a paragraph after a full sentence (the caller's check): a unit
     * named in brackets inside a sentence (由省发展改革委（省能源局）负责) is no clause.
     */
    public Optional<ParsedClause> parseBareList(String content, StandingRule rule) {
        String whole = Texts.strip(content == null ? "" : content);
        if (whole.isEmpty() || whole.length() > 200) {
            return Optional.empty();
        }
        // （省通信管理局，省工业和信息化厅、省自然资源厅，省广电局，第一个为牵头单位，下同）: the rule is stated, the
        // commas of a copy separate the units of one list.
        StandingRule stated = StandingRule.statedIn(whole);
        String text = stated == StandingRule.NONE ? whole : withoutRuleSentences(whole);
        if (text.isEmpty() || !text.matches("[^；;。：:\\s]+")) {
            return Optional.empty();
        }
        UnitList units = splitter.split(text);
        if (!plausible(units)) {
            return Optional.empty();
        }
        StandingRule inForce = stated != StandingRule.NONE ? stated : rule;
        Builder b = new Builder();
        List<String> names = units.names();
        if (names.size() == 1 || inForce.firstLeads()) {
            b.add(names.get(0), Role.LEAD);
            Role rest = inForce == StandingRule.FIRST_LEADS_OTHERS_COOPERATE ? Role.COOPERATING : Role.RESPONSIBLE;
            b.addAll(names.subList(1, names.size()), rest);
        } else {
            b.addAll(names, Role.RESPONSIBLE);
        }
        b.others = units.othersIncluded();
        return Optional.of(new ParsedClause(b.assignments, b.others, b.timeLimits, stated, b.unread));
    }

    /**
     * Time-limit fields alone (完成时限：2023年底前, 时间节点：长期坚持): a clause that assigns no unit
     * but sets the time. Empty if the text has other fields or none.
     */
    public Optional<ParsedClause> parseTimeFields(String content) {
        String text = Texts.strip(content == null ? "" : content);
        if (text.isEmpty() || text.length() > MAX_CLAUSE) {
            return Optional.empty();
        }
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) {
            return Optional.empty(); // every label ends with a colon
        }
        List<String> limits = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        if (labels.isEmpty() || labels.get(0)[0] != 0) {
            return Optional.empty();
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = text.substring(labels.get(i)[0], labels.get(i)[1]);
            if (isPeopleLabel(label) || isProgressLabel(label)) {
                continue; // 分管省领导：… beside the time limit: people, no unit; 完成情况：… what was done
            }
            if (!TIME_LABELS.contains(label)) {
                return Optional.empty();
            }
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String value = trimSeparators(text.substring(labels.get(i)[2], valueEnd));
            if (!value.isEmpty()) {
                limits.add(value);
            }
        }
        return limits.isEmpty() ? Optional.empty()
                : Optional.of(new ParsedClause(List.of(), false, limits, StandingRule.NONE, List.of()));
    }

    /** Whether {@code label} (without its colon) names a clause field: 牵头单位, 责任部门, 完成时限 … */
    public static boolean isFieldLabel(String label) {
        return roleOf(label) != null || TIME_LABELS.contains(label);
    }

    /**
     * Whether a line opening with {@code label} belongs to a task's run of labelled lines: a field
     * label, or one naming people (分管省领导：) that is read as nothing.
     */
    public static boolean belongsToClause(String label) {
        return isFieldLabel(label) || isPeopleLabel(label) || isProgressLabel(label);
    }

    /**
     * 完成情况：, 进展情况：: a report of what was done, printed under a task's unit fields (普陀 2024 上半年 progress): it
     * belongs to the task's run of labelled lines, so it is no task text and its time phrases (上半年 , GDP 增长 5.4%) set
     * no deadline.
     */
    private static final List<String> PROGRESS_LABELS = List.of("完成情况", "进展情况", "工作进展", "推进情况", "进度情况",
            "落实情况", "完成进度", "进展", "目前进展");

    /** Whether {@code label} heads a progress report (完成情况, 进展情况). */
    public static boolean isProgressLabel(String label) {
        return PROGRESS_LABELS.contains(label);
    }

    /** Whether {@code label} names people (分管省领导, 牵头领导, 项目责任人), never units. */
    public static boolean isPeopleLabel(String label) {
        return PEOPLE_LABEL.matcher(label).matches();
    }

    /** Whether a bracket that is no clause still reads like one was meant (ends in 负责, has 牵头单位：). */
    public static boolean looksLikeClause(String content) {
        String text = Texts.strip(content == null ? "" : content);
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        return CLAUSE_ENDING.matcher(text).matches() || hasRoleLabel(text);
    }

    private static boolean hasRoleLabel(String text) {
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) {
            return false; // every label ends with a colon
        }
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            if (roleOf(m.group(1)) != null) {
                return true;
            }
        }
        return false;
    }

    private static String withoutRuleSentences(String content) {
        String text = withoutBracketedRules(content);
        if (text.indexOf('。') < 0 && !StandingRule.isStatement(text)) {
            return Texts.strip(text); // one sentence, no rule in it: kept as it is
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCES.split(text)) {
            String s = Texts.strip(sentence);
            if (s.isEmpty() || NOT_LISTED_NOTE.matcher(s).find()) {
                continue; // 以下任务均需各区政府落实，不再一一列出: a note on the lists, not a list
            }
            if (StandingRule.isStatement(s)) {
                // 列第一位者为牵头单位，下同: drop the statement, keep any units before it in the sentence.
                s = keepBeforeRule(s);
                if (s.isEmpty()) {
                    continue;
                }
            }
            if (kept.length() > 0) {
                kept.append('。');
            }
            kept.append(s);
        }
        return kept.toString();
    }

    /**
     * The text without a bracket that states the rule (市卫生健康委（列第一位为牵头单位，下同）): the rule
     * is read from the whole text, the units around the bracket stay.
     */
    private static String withoutBracketedRules(String text) {
        if (text.indexOf("第一") < 0 && text.indexOf("首位") < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int last = 0;
        for (Bracketed b : new BracketScanner().outermost(text)) {
            if (StandingRule.isStatement(b.content())) {
                kept.append(text, last, b.start());
                last = b.end();
            }
        }
        return last == 0 ? text : kept.append(text.substring(last)).toString();
    }

    private static String keepBeforeRule(String sentence) {
        StringBuilder kept = new StringBuilder();
        for (String part : CLAUSE_PARTS.split(sentence)) {
            if (StandingRule.isStatement(part) || SAME_BELOW.matcher(Texts.strip(part)).matches()) {
                break;
            }
            if (kept.length() > 0) {
                kept.append('，');
            }
            kept.append(part);
        }
        return Texts.strip(kept.toString());
    }

    // ---- labelled fields: 牵头单位：…；配合单位：… ----

    private static final Pattern WRAP = Pattern.compile("(?<=\\S)[ \\t\\u3000]*\\n[ \\t\\u3000]*(?=\\S)");

    private boolean parseLabelled(String text, StandingRule rule, Builder b) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            labels.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        boolean anyRole = false;
        for (int i = 0; i < labels.size(); i++) {
            String label = text.substring(labels.get(i)[0], labels.get(i)[1]);
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            // a line break inside one field's value is the page's width, not a separator (园区党工 / 委, 石景山 2019)
            String value = trimSeparators(WRAP.matcher(text.substring(labels.get(i)[2], valueEnd)).replaceAll(""));
            if (TIME_LABELS.contains(label)) {
                if (!value.isEmpty()) {
                    b.timeLimits.add(value);
                }
                continue;
            }
            Role role = roleOf(label);
            if (role == null || value.isEmpty()) {
                continue; // 适用范围： and other fields that assign nothing
            }
            if (readField(role, value, rule, false, b)) {
                anyRole = true;
            } else {
                b.unread.add(label + "：" + value);
            }
        }
        return anyRole;
    }

    /**
     * One field's value read into {@code b}: a list of units in the field's role, or — when the value
     * says the roles itself (责任单位：省工信厅牵头，省科技厅等按职责分工负责) — in the roles it says.
     * With {@code trusted} (a table's unit column) a value that reads neither way keeps its names as split.
     */
    private boolean readField(Role role, String value, StandingRule rule, boolean trusted, Builder b) {
        UnitList units = splitter.split(value);
        if (!plausible(units)) {
            Builder verbs = new Builder();
            if (parseVerbSegments(value, rule, verbs) && verbs.unread.isEmpty()) {
                b.takeAll(verbs);
                return true;
            }
            if (!trusted || units.names().isEmpty()) {
                return false;
            }
        }
        b.others |= units.othersIncluded();
        List<String> names = takeMarkedLeads(units.names(), b);
        if (role == Role.RESPONSIBLE) {
            addSharedList(names, rule, names.size() == 1, b);
        } else {
            b.addAll(names, role);
        }
        return true;
    }

    /** A unit field: the role its label or its table column gives, and the text printed in it. */
    public record Field(Role role, String value) {
    }

    /**
     * The units and roles of a table row's unit cells (牵头单位 / 责任单位 / 配合单位 columns), read as
     * the fields of a labelled clause are: a 责任单位 cell with one unit and no lead names the lead,
     * role words in a cell count (省工信厅牵头，省科技厅等按职责分工负责), and a cell that carries its own
     * labels (牵头单位：X；配合单位：Y) reads as that clause. The column says its cells hold units, so a
     * name that does not look like one is kept as printed.
     */
    public ParsedClause parseFields(List<Field> fields, StandingRule rule) {
        Builder b = new Builder();
        for (Field field : fields) {
            String value = trimSeparators(Texts.strip(field.value() == null ? "" : field.value()));
            if (value.isEmpty() || value.length() > MAX_CLAUSE) {
                continue;
            }
            Builder labelled = new Builder();
            if (hasRoleLabel(value) && parseLabelled(withoutRuleSentences(value), rule, labelled)) {
                b.takeAll(labelled);
                continue;
            }
            readField(field.role(), value, rule, true, b);
        }
        return new ParsedClause(b.assignments, b.others, b.timeLimits, StandingRule.NONE, b.unread);
    }

    // ---- verb form: X牵头，Y配合 / X、Y按职责分工负责 / X会同Y负责 ----

    private boolean parseVerbSegments(String text, StandingRule rule, Builder b) {
        List<String> segments = segments(text);
        Role previous = null;
        boolean anyVerb = false;
        // Groups listed before the first verb (各有关部门和单位，各省级人民政府按职责分工负责) share it.
        List<String> before = new ArrayList<>();
        for (String raw : segments) {
            String segment = trimSeparators(raw);
            if (segment.isEmpty()) {
                continue;
            }
            if (isTimeLimit(segment)) {
                b.timeLimits.add(segment); // （省商务厅牵头，持续推进）: a time, not a unit
                continue;
            }
            if (anyVerb && "以并和及与".indexOf(segment.charAt(0)) >= 0) {
                Matcher conjunction = LEADING_CONJUNCTION.matcher(segment);
                if (conjunction.find() && segment.length() > conjunction.end()) {
                    segment = segment.substring(conjunction.end());
                }
            }
            String lead = suffix(segment, LEAD_VERBS);
            String coop = lead == null ? suffix(segment, COOPERATING_VERBS) : null;
            String resp = lead == null && coop == null ? suffix(segment, RESPONSIBLE_VERBS) : null;
            String verb = lead != null ? lead : coop != null ? coop : resp;
            String unitsText = verb == null ? segment : segment.substring(0, segment.length() - verb.length());
            String manner = "";
            if (lead != null) {
                // X、Y分别牵头: each of them leads.
                String units = withoutManner(unitsText);
                manner = unitsText.substring(units.length());
                unitsText = units;
            }
            if (resp != null) {
                String units = withoutManner(unitsText);
                manner = unitsText.substring(units.length());
                unitsText = units;
                if (unitsText.endsWith("牵头") && unitsText.length() > 2) {
                    // 省发展改革委牵头负责落实: the lead, however the verb goes on.
                    lead = resp;
                    resp = null;
                    unitsText = unitsText.substring(0, unitsText.length() - 2);
                }
            }
            unitsText = stripLeadingWords(unitsText);
            if (verb != null && coop == null && LEADERS_BY_OFFICE.matcher(unitsText).matches()) {
                continue; // 分管副省长、协管副秘书长负责: people, the units come after
            }
            if (verb == null) {
                // A list without a verb waits for the next verb: groups listed before one verb share it
                // (各有关部门和单位，各省级人民政府按职责分工负责), also after a 牵头 (X牵头，省公安厅，中国人民银行广东省分行等
                // 有关单位按职责分工负责 — a copy that prints commas between the units of one list).
                if (!plausible(splitter.split(unitsText))) {
                    if (previous == null) {
                        return false;
                    }
                    b.unread.add(segment);
                    continue;
                }
                before.add(unitsText);
                continue;
            }
            if (!before.isEmpty()) {
                unitsText = String.join("、", before) + "、" + unitsText;
                before.clear();
            }
            if (anyVerb && unitsText.startsWith("会同") && unitsText.length() > 2) {
                // （X牵头，会同Y等部门负责）: the units after 会同 work with the lead.
                UnitList with = splitter.split(unitsText.substring(2));
                if (!plausible(with)) {
                    b.unread.add(segment);
                    continue;
                }
                b.others |= with.othersIncluded();
                b.addAll(with.names(), Role.COOPERATING);
                previous = Role.COOPERATING;
                continue;
            }
            if (unitsText.contains("会同")) {
                int at = unitsText.indexOf("会同");
                UnitList leads = splitter.split(unitsText.substring(0, at));
                UnitList with = splitter.split(unitsText.substring(at + 2));
                if (!plausible(leads) || !plausible(with)) {
                    if (!anyVerb) {
                        return false;
                    }
                    b.unread.add(segment);
                    continue;
                }
                anyVerb = true;
                b.others |= leads.othersIncluded() || with.othersIncluded();
                b.addAll(leads.names(), coop != null ? Role.COOPERATING : Role.LEAD);
                b.addAll(with.names(), Role.COOPERATING);
                previous = Role.COOPERATING;
                continue;
            }
            UnitList units = splitter.split(unitsText);
            if (!plausible(units)) {
                if (!anyVerb) {
                    return false; // the bracket does not open with units: no clause
                }
                b.unread.add(segment);
                continue;
            }
            anyVerb = true;
            b.others |= units.othersIncluded();
            List<String> names = takeMarkedLeads(units.names(), b);
            if (lead != null) {
                b.addAll(names, Role.LEAD);
                previous = Role.LEAD;
            } else if (coop != null) {
                b.addAll(names, Role.COOPERATING);
                previous = Role.COOPERATING;
            } else {
                // 国务院各部门分别负责 / X共同负责: the words say several share it, not that one leads.
                boolean shared = manner.contains("分别") || manner.contains("共同");
                // （厅机关各处（室）落实）: one unit that carries the whole clause out leads, as with 负责; after another
                // list (…按职责分工负责，相关市政府落实) or in its own way (各市人民政府结合本地实际落实) it shares the work.
                boolean soleLead = (SOLE_LEAD_VERBS.contains(resp) || resp.equals("落实") && manner.isEmpty() && previous == null)
                        && names.size() == 1 && !shared;
                previous = addSharedList(names, rule, soleLead, b);
            }
        }
        if (!before.isEmpty() && previous != null) {
            // A trailing locality after the last verb (…，各区 / …，和各省级人民政府) takes the role of the list before it.
            UnitList units = splitter.split(String.join("、", before));
            b.others |= units.othersIncluded();
            b.addAll(units.names(), previous == Role.LEAD ? Role.COOPERATING : previous);
        }
        return anyVerb;
    }

    /** A segment that starts with a time phrase (于2023年底前完成, 每季度报送) or reads 持续推进. */
    private boolean isTimeLimit(String segment) {
        if ("长持常".indexOf(segment.charAt(0)) >= 0 && ONGOING_LIMIT.matcher(segment).matches()) {
            return true;
        }
        String s = segment.startsWith("于") || segment.startsWith("在") ? segment.substring(1) : segment;
        List<FoundDeadline> found = deadlines.find(s, null);
        return !found.isEmpty() && found.get(0).start() == 0;
    }

    /** The text split at ，,；;。 (as {@link #SEGMENTS} splits it; empty pieces are skipped by the caller). */
    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("，,；;。".indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /** Adds the units marked （牵头） in a list as leads, without the mark; returns the others. */
    private static List<String> takeMarkedLeads(List<String> names, Builder b) {
        List<String> rest = new ArrayList<>(names.size());
        for (String name : names) {
            if (!name.endsWith("）") && !name.endsWith(")")) {
                rest.add(name);
                continue;
            }
            Matcher m = LEAD_MARK.matcher(name);
            if (m.find() && m.start() > 0) {
                b.add(Texts.strip(name.substring(0, m.start())), Role.LEAD);
            } else {
                rest.add(name);
            }
        }
        return rest;
    }

    /**
     * A 负责 list: one lead under the standing rule or when alone, else shared responsibility.
     * Returns the role the units after the first were given, for a trailing list (，和各区人民政府).
     */
    private static Role addSharedList(List<String> names, StandingRule rule, boolean soleLead, Builder b) {
        boolean hasLead = b.assignments.stream().anyMatch(a -> a.role() == Role.LEAD);
        if (!hasLead && (soleLead || rule.firstLeads()) && !names.isEmpty()) {
            b.add(names.get(0), Role.LEAD);
            Role rest = rule == StandingRule.FIRST_LEADS_OTHERS_COOPERATE ? Role.COOPERATING : Role.RESPONSIBLE;
            b.addAll(names.subList(1, names.size()), rest);
            return rest;
        }
        b.addAll(names, Role.RESPONSIBLE);
        return Role.RESPONSIBLE;
    }

    /** The units of {@code s} without the manner words that end it (结合实际, 具体, 分别 …). */
    private static String withoutManner(String s) {
        Matcher m = MANNER.matcher(s);
        return m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
    }

    private static String suffix(String segment, String[] verbs) {
        for (String v : verbs) {
            if (segment.endsWith(v) && segment.length() > v.length()) {
                return v;
            }
        }
        return null;
    }

    /** 由省财政厅负责: the 由 is not part of the unit. */
    private static String stripLeadingWords(String s) {
        String t = trimSeparators(s);
        for (String w : List.of("由", "请")) {
            if (t.startsWith(w) && t.length() > w.length() + 1) {
                t = t.substring(w.length());
            }
        }
        return t;
    }

    private static boolean plausible(UnitList units) {
        if (units.names().isEmpty()) {
            return false;
        }
        for (String name : units.names()) {
            if (!UnitListSplitter.looksLikeUnit(name)) {
                return false;
            }
        }
        return true;
    }

    private static String trimSeparators(String s) {
        String t = Texts.strip(s);
        while (!t.isEmpty() && "；;，,。、".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = Texts.strip(t.substring(0, t.length() - 1));
        }
        while (!t.isEmpty() && "；;，,。、".indexOf(t.charAt(0)) >= 0) {
            t = Texts.strip(t.substring(1));
        }
        return t;
    }

    private static final class Builder {
        final List<Assignment> assignments = new ArrayList<>();
        final List<String> timeLimits = new ArrayList<>();
        final List<String> unread = new ArrayList<>();
        boolean others;

        void add(String name, Role role) {
            Assignment a = Assignment.of(name, role);
            if (!assignments.contains(a)) {
                assignments.add(a);
            }
        }

        void addAll(List<String> names, Role role) {
            names.forEach(n -> add(n, role));
        }

        void takeAll(Builder other) {
            other.assignments.forEach(a -> add(a.unit().name(), a.role()));
            timeLimits.addAll(other.timeLimits);
            unread.addAll(other.unread);
            others |= other.others;
        }
    }
}
