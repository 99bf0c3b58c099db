package org.luoshi.importer.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column of a division-of-work table (分工表) holds, recognised by its header text or
 * chosen by the user in the review dialog. {@link #OTHER} is a column that is read as nothing;
 * a header that names one (备注, 牵头领导, 联系人) is recognised as such, so that it is not taken
 * for the task or unit column it resembles.
 */
public enum TableColumn {
    NUMBER("序号", List.of("序号", "编号", "顺序号", "项目序号")),
    CATEGORY("类别", List.of("类别", "领域", "分类", "板块", "类型", "方面", "重点领域")),
    TASK("任务", List.of("任务", "工作内容", "具体措施", "措施", "改革举措", "工作举措", "主要内容", "事项", "具体工作",
            "重点工作", "工作要点", "具体内容", "政策内容", "举措", "工作项目", "项目名称", "实事", "内容",
            // a table of the year's targets: 2022年预期目标 (沙坪坝 2022), 指标要求 beside 任务名称 (上城 2019)
            "预期目标", "目标任务", "主要目标", "发展目标", "指标要求",
            // the task itself under 工作任务 as its heading (set J: 江门 土储中心, 池州 信访局; 集美 2021 政务公开 任务分解表)
            "具体要求", "工作要求",
            // the detail a 工作任务 column groups: 工作任务 | 细化分工 (set K 广东卫健委 台账), 细化措施, 任务细化
            "细化")),
    // 第一责任单位 beside 主要责任单位: the unit answering first leads (set K 嘉兴 十一五)
    LEAD("牵头单位", List.of("牵头单位", "牵头部门", "牵头处室", "主办单位", "牵头", "第一责任")),
    RESPONSIBLE("责任单位", List.of("责任单位", "责任部门", "负责单位", "负责部门", "承办单位", "主责单位", "主责部门",
            "责任主体", "推进单位", "实施单位", "落实单位", "责任处室", "主体单位", "实施主体", "承担单位", "责任科室")),
    COOPERATING("配合单位", List.of("配合单位", "配合部门", "协办单位", "参与单位", "参与部门", "协同单位", "协同部门",
            "支撑单位", "协助单位", "参加单位", "配合处室", "配合")),
    DEADLINE("完成时限", List.of("完成时限", "完成时间", "时间节点", "时限", "时间安排", "进度安排", "完成期限", "时间要求",
            "办结时间", "截止时间", "推进时间", "完成节点", "时间")),
    OTHER("（不读）", List.of());

    /**
     * Headers of columns that are read as nothing, tested first: 牵头领导 and 责任领导 name people,
     * not units; 完成情况, 进展, 1-10月推进情况 and 是否达序 are the reporting form's columns, not the plan's.
     */
    private static final List<String> NOT_READ = List.of("领导", "责任人", "联系人", "电话", "备注", "说明", "完成情况",
            "进展", "进度情况", "推进情况", "落实情况", "执行情况", "是否", "成果形式", "预期成果", "佐证", "评价", "来源", "依据", "考核", "分值", "得分");

    /** The order headers are tested in: 牵头单位 before 单位 lists, 任务类别 before 任务. */
    private static final List<TableColumn> TESTED =
            List.of(NUMBER, LEAD, COOPERATING, RESPONSIBLE, DEADLINE, CATEGORY, TASK);

    /** A header cell is short: 12 characters covers 牵头责任单位（部门） and no sentence. */
    private static final int MAX_HEADER = 14;
    /** A role word, then a noun for units (set K 负責科室). */
    private static final Pattern ROLE_AND_UNIT =
            Pattern.compile("(牵头|主办|责任|负责|承办|主责|配合|协办|协同|参与)(?:单位|部门|科室|处室|股室|机构|站所)");
    /** A header with a note in brackets after it: the whole cell at most this long. */
    private static final int MAX_NOTED = 40;
    /** A header word, then a note in brackets closing the cell. */
    private static final Pattern NOTE =
            Pattern.compile("([^（(]{2,14})[（(][^（()）]+[）)]");

    private final String label;
    private final List<String> words;

    TableColumn(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    /** The Chinese name shown for the column's meaning in the review dialog. */
    public String label() {
        return label;
    }

    /** Whether the column holds units (牵头 / 责任 / 配合). */
    public boolean holdsUnits() {
        return this == LEAD || this == RESPONSIBLE || this == COOPERATING;
    }

    /**
     * The column a header cell names, or empty for a cell that is no header word (a task's text,
     * an empty cell). Cells naming a column read as nothing (备注, 牵头领导) give {@link #OTHER}.
     */
    public static Optional<TableColumn> of(String header) {
        String h = withoutNote(normalise(header));
        if (h.isEmpty() || h.length() > MAX_HEADER) {
            return Optional.empty();
        }
        for (String w : NOT_READ) {
            if (h.contains(w)) {
                return Optional.of(OTHER);
            }
        }
        Optional<TableColumn> first = Optional.empty();
        for (TableColumn c : TESTED) {
            for (String w : c.words) {
                if (h.contains(w)) {
                    if (first.isEmpty()) {
                        first = Optional.of(c);
                    } else if (first.get().holdsUnits() && c.holdsUnits() && c != first.get() && joinsTwo(h)) {
                        // 责任主体与协同单位, 责任单位及配合单位: one list the units share, its own role words counted.
                        return Optional.of(RESPONSIBLE);
                    }
                    break;
                }
            }
        }
        if (first.isEmpty()) {
            // a role word and a unit noun (负责科室, 配合股室, 主办处室): that role's column, whatever the pairing
            Matcher role = ROLE_AND_UNIT.matcher(h);
            if (role.matches()) {
                return Optional.of(switch (role.group(1)) {
                    case "牵头", "主办" -> LEAD;
                    case "配合", "协办", "协同", "参与" -> COOPERATING;
                    default -> RESPONSIBLE;
                });
            }
        }
        if (first.isEmpty() && h.length() <= 6 && h.endsWith("工作")) {
            // 主要工作, 年度工作, 民生工作: a short header ending in 工作 names the work, the task (set K 诸暨 2023)
            return Optional.of(TASK);
        }
        return first;
    }

    /**
     * Whether a cell is short enough to be a header: a header word, with or without a note in brackets after it
     * (重点工作任务(杭州市2项牵头工作、19项配合工作), holdout14i 杭州 2021).
     */
    static boolean isShort(String cell) {
        int n = cell.length();
        if (n <= MAX_HEADER || n <= 3 * MAX_HEADER && withoutSpaces(cell) <= MAX_HEADER) {
            // a header's characters spaced out (主  要  工  作  任  务, set K 平湖 2024) count without their spaces
            return true;
        }
        // Longer, only a header word with its note closing the cell: every line of a document is asked, so a sentence
        // is turned away before it is copied.
        if (n > 2 * MAX_NOTED || cell.charAt(n - 1) != ')' && cell.charAt(n - 1) != '）') {
            return false;
        }
        String h = normalise(cell);
        return h.length() <= MAX_NOTED && withoutNote(h).length() <= MAX_HEADER;
    }

    /**
     * A long header without the note in brackets at its end: 重点工作任务(杭州市2项配合工作) → 重点工作任务. A header
     * of {@value #MAX_HEADER} characters or fewer keeps its brackets (牵头责任单位（部门）), and a note that is a whole
     * sentence (over {@value #MAX_NOTED} characters in all) makes no header.
     */
    static String withoutNote(String h) {
        if (h.length() <= MAX_HEADER || h.length() > MAX_NOTED) {
            return h;
        }
        var m = NOTE.matcher(h);
        return m.matches() ? m.group(1) : h;
    }

    /** How many characters a cell has that are no spaces. */
    private static int withoutSpaces(String cell) {
        int n = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /** 责任主体与协同单位, 牵头单位/配合单位: two headers joined into one cell. */
    private static boolean joinsTwo(String header) {
        return header.matches(".+(?:与|及|和|、|/|／).+");
    }

    /** A header as compared: without spaces (序　号), brackets' content kept, a trailing colon dropped. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\uFEFF') {
                b.append(c);
            }
        }
        int end = b.length();
        while (end > 0 && (b.charAt(end - 1) == '：' || b.charAt(end - 1) == ':')) {
            end--;
        }
        return b.substring(0, end);
    }
}
