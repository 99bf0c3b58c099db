package org.luoshi.importer.parse;

import java.util.regex.Pattern;

/**
 * A rule a document states once for every later clause: 列第一位者为牵头单位, 列第一位的责任单位为
 * 牵头单位, 列第一位为牵头或汇总单位, 列第一位者为工作牵头单位或汇总单位 (the first unit of each list leads, the others share
 * responsibility), or with 其他为配合单位 (the others cooperate).
 */
public enum StandingRule {
    NONE,
    FIRST_LEADS,
    FIRST_LEADS_OTHERS_COOPERATE;

    private static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "(?:列|排|排名|位列)(?:在|于)?(?:第一位|第一|首位)(?:者|的)?(?:责任)?(?:部门|单位)?(?:为|是)(?:工作|主要)?牵头"
                    + "(?:或[\\u4e00-\\u9fa5]{1,4})?(?:单位|部门)");
    private static final Pattern OTHERS_COOPERATE = Pattern.compile(
            "(?:其他|其余|其它)(?:的)?(?:单位|部门)?(?:为|是)(?:配合|参与|协办)(?:单位|部门)");

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

    public boolean firstLeads() {
        return this != NONE;
    }
}
