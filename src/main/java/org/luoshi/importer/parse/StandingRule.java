package org.luoshi.importer.parse;

import java.util.regex.Pattern;

/**
 * A rule a document states once for every later clause: 列第一位者为牵头单位, 列第一位的责任单位为
 * 牵头单位, 列第一位为牵头或汇总单位, 列第一位者为工作牵头单位或汇总单位, 第一责任单位为牵头单位, 首位为牵头单位 (the first
 * unit of each list leads, the others share responsibility), or with 其他为配合单位 (the others cooperate). Where it
 * is stated decides where it holds: in a clause (…（第一责任单位为牵头单位，下同）) from there on; in a note of its own
 * (注：排在第一位的为牵头单位, under a table or at the end) for the whole document ({@link #isNote}).
 */
public enum StandingRule {
    NONE,
    FIRST_LEADS,
    FIRST_LEADS_OTHERS_COOPERATE;

    /**
     * 列第一位者为牵头单位, 排在第一位的为牵头单位, 排名第一的单位为牵头单位, and without a verb of placing:
     * 第一责任单位为牵头单位 (厦府办〔2019〕10号), 第一个单位为牵头单位, 首位为牵头单位, 位于首位的部门为牵头部门.
     */
    private static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "(?:(?:列|排|排名|位列|名列|位于|列于|排列)(?:在|于)?)?(?:第一位|第一个|第一家|第一|首位|首个|首家)"
                    + "(?:者|的)?(?:责任|列出的|列出|出现的)?(?:部门|单位)?(?:为|是)(?:工作|主要)?牵头"
                    + "(?:或[\\u4e00-\\u9fa5]{1,4})?(?:单位|部门)");
    /** 其他为配合单位, and with the others named as listed: 其他列入单位为参与单位 (鄂州政办发〔2010〕10号). */
    private static final Pattern OTHERS_COOPERATE = Pattern.compile(
            "(?:其他|其余|其它)(?:列入|列出|所列|列明)?(?:的)?(?:责任)?(?:单位|部门)?(?:为|是)(?:配合|参与|协办|协同|协助)(?:单位|部门)");

    /** The rule a sentence states, or NONE. */
    public static StandingRule statedIn(String text) {
        if (text == null || text.indexOf("第一") < 0 && text.indexOf("首位") < 0
                || !FIRST_LISTED_LEADS.matcher(text).find()) {
            return NONE;
        }
        return OTHERS_COOPERATE.matcher(text).find() ? FIRST_LEADS_OTHERS_COOPERATE : FIRST_LEADS;
    }

    /** Whether a sentence is (part of) a rule statement and assigns no work itself. */
    static boolean isStatement(String sentence) {
        if (sentence.indexOf("第一") < 0 && sentence.indexOf("首位") < 0 && sentence.indexOf("其") < 0) {
            return false;
        }
        return FIRST_LISTED_LEADS.matcher(sentence).find() || OTHERS_COOPERATE.matcher(sentence).find();
    }

    /** 注：, 说明：, 备注：, 注1. — a line that starts as a note to a table or to the document. */
    private static final Pattern NOTE_START = Pattern.compile("^[（(]?(?:注|说明|备注|附注)(?:\\s*\\d+)?\\s*[:：.．、]");

    /**
     * The rule a line states as a note of its own — 注：排在第一位的为牵头单位 / 说明：表中列第一位者为牵头单位 /
     * （首位为牵头单位）standing alone — which holds for the whole document, lists above it included; NONE
     * for a line that is no such note (a rule inside a clause holds only from where it stands).
     */
    public static StandingRule statedAsNote(String line) {
        String t = line == null ? "" : line.strip();
        StandingRule stated = statedIn(t);
        if (stated == NONE) {
            return NONE;
        }
        if (NOTE_START.matcher(t).find()) {
            return stated;
        }
        // A line that is only the statement (in brackets or not): no units of its own before it.
        String bare = t.replaceAll("^[（(]|[）)。；;]+$", "");
        int at = bare.indexOf("第一") >= 0 ? bare.indexOf("第一") : bare.indexOf("首");
        String before = at < 0 ? bare : bare.substring(0, at);
        return before.length() <= 12 && !before.contains("、") && !before.contains("，") && !before.contains(",")
                && !before.contains("：") && !before.contains(":") && t.length() <= 60 ? stated : NONE;
    }

    public boolean firstLeads() {
        return this != NONE;
    }
}
