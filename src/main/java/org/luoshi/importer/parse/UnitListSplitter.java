package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a list of units as printed in a clause ("省住建厅、省人社厅等相关部门和各市人民政府") into
 * names. Group names stay whole: the 、 of 各市、县人民政府 and the 和 of 省粮食和储备局 do not split.
 */
public final class UnitListSplitter {
    /**
     * 等相关部门 / 等有关单位 / 等部门 / 等 — and the paired group word 等有关部门和单位 / 等相关部门、单位 / 等部门及单位,
     * read whole (its 和 is not the list's): ends a list with "and others".
     */
    private static final Pattern OTHERS = Pattern.compile("等(?:(?:国务院|省直|市直|县直|区直|[省市县区])(?=相关|有关))?"
            + "(?:相关|有关|其他)?(?:(?:部门|单位|机构)(?:和|及|与|、)(?:单位|部门|机构)"
            + "|部门|单位|机构|方面)?(?:以及|和|及|(?=$|[、，,；;]))");

    /** An administrative level: 省, 市, 县, 自治区, 直辖市 … */
    private static final String LEVEL = "(?:自治区|直辖市|自治州|自治县|[省市县区乡镇])(?:级)?";

    /** A level word that leans on the next name: 各市、县人民政府 (各有关区、县级市) is one unit. */
    // A level may carry a second one in brackets: 各市(县)、区政府 (无锡 2011, set L) is one unit.
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^各?(?:有关|相关)?" + LEVEL + "(?:[（(]" + LEVEL + "[）)])?(?:、"
            + LEVEL + ")*$");

    private static final Pattern BARE_OTHERS = Pattern.compile("等(?:以及|和|及)?");

    /** Whether a name can match {@link #LEVEL_PREFIX}: it starts and ends with a level word (or 各, 级). */
    private static boolean mayBeLevelPrefix(String name) {
        return !name.isEmpty() && "各自直省市县区乡镇相有".indexOf(name.charAt(0)) >= 0
                && "区市州县省乡镇级)）".indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** The level word a name starts with: 县人民政府, 直辖市人民政府, 县（市、区）人民政府, 街道 (各镇、街道: 普陀 2024). */
    private static final Pattern LEADING_LEVEL = Pattern.compile("^各?(?:有关|相关)?(自治区|直辖市|自治州|自治县|街道|[省市县区乡镇])");

    /** Endings that make a fragment a complete unit name, so that a following 和 / 及 starts another. */
    private static final String[] UNIT_ENDINGS = {
        "部门", "单位", "政府", "党委", "机关", "机构", "中心", "集团", "公司", "专班", "小组", "协会", "海关", "高校",
        "企业", "银行", "支行", "分行", "联社", "总队", "支队",
        "局", "厅", "委", "办", "会", "部", "署", "院", "所", "队", "组", "室", "处", "司", "行", "社", "区", "市", "县",
        "州", "盟", "旗", "团", "校", "站"
    };

    /** Further endings a unit name may have that do not end a name before 和 (各地, 市工商联, 省科协). */
    private static final String[] MORE_ENDINGS = {
        "联", "协", "地", "地方", "企", "大学", "中央", "镇", "乡", "街道", "社区", "各级", "军", "馆", "港", "场", "厂", "台",
        "产业园", "物流园", "工业园", "科技园", "高新园",
        // companies named by their trade: 运营商 (湖北 2019 省广播电视局、运营商等; 福建 2023 各通信运营商)
        "运营商", "服务商", "供应商", "开发商", "承包商", "制造商", "经销商", "提供商"
    };

    /** Words of a sentence that no unit name contains: 各地要结合本地实际认真抓好贯彻 is no unit. */
    private static final List<String> NOT_A_NAME_WORDS = List.of("要", "认真", "抓好", "结合", "确保", "切实", "积极", "务必",
            "及时", "严格", "进一步", "不断", "努力", "应当", "可以", "根据", "按照", "通过");
    private static final Pattern NOT_A_NAME = Pattern.compile(String.join("|", NOT_A_NAME_WORDS));
    /** The first characters of those words: a name without any of them needs no search. */
    private static final String NOT_A_NAME_STARTS =
            NOT_A_NAME_WORDS.stream().map(w -> w.substring(0, 1)).distinct().reduce("", String::concat);
    private static final String SENTENCE_MARKS = "。：:！？!?“”\"《》";

    /**
     * Whether a name read from a clause can be a unit: not too long, no sentence punctuation or
     * figures, no words of a sentence, and an ending that units have (局, 厅, 委, 部门, 政府, 各区 …).
     */
    public static boolean looksLikeUnit(String name) {
        String t = Texts.strip(name == null ? "" : name);
        if (isGenericWord(t)) {
            return false; // 单位 alone names nobody
        }
        if (t.length() < 2 || t.length() > MAX_UNIT_NAME || hasSentenceMarkOrFigures(t) || hasSentenceWord(t)) {
            return false;
        }
        if (endsLikeUnit(t)) {
            return true;
        }
        for (String ending : MORE_ENDINGS) {
            if (t.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_UNIT_NAME = 40;

    /** Words that only say "a body of some kind": never a unit alone, the end of a group (有关部门和单位). */
    private static final List<String> GENERIC_WORDS = List.of("单位", "部门", "机构", "组织", "方面");

    /** Whether {@code t} is a bare 单位 / 部门 / 机构: the second half of a group such as 有关部门和单位. */
    static boolean isGenericWord(String t) {
        return GENERIC_WORDS.contains(t);
    }

    /** A short quoted word inside a name: 市“两新”组织党工委, 全国“扫黄打非”工作小组办公室. */
    private static final Pattern QUOTED_WORD = Pattern.compile("“[^“”。：:！？!?《》\\s]{1,6}”(?=.)");

    /** Sentence punctuation (。：！？“”《》) or two figures in a row (2023, １２); a short quoted word inside a name is none. */
    private static boolean hasSentenceMarkOrFigures(String name) {
        String t = name.indexOf('“') >= 0 ? QUOTED_WORD.matcher(name).replaceAll("甲") : name;
        boolean figure = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (SENTENCE_MARKS.indexOf(c) >= 0) {
                return true;
            }
            boolean digit = c >= '0' && c <= '9' || c >= '０' && c <= '９';
            if (digit && figure) {
                return true;
            }
            figure = digit;
        }
        return false;
    }

    /** A word of a sentence (要, 认真, 按照 …); the regex runs only where one could start. */
    private static boolean hasSentenceWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (NOT_A_NAME_STARTS.indexOf(t.charAt(i)) >= 0) {
                return NOT_A_NAME.matcher(t).find();
            }
        }
        return false;
    }

    public UnitList split(String list) {
        String s = Texts.strip(list);
        boolean others = false;
        String joined = s;
        if (s.indexOf('等') >= 0) {
            var m = OTHERS.matcher(s);
            StringBuilder b = new StringBuilder();
            int last = 0;
            while (m.find()) {
                // "等" alone only counts after a complete name (人民银行等), never inside one (高等院校).
                if (BARE_OTHERS.matcher(m.group()).matches() && !endsLikeUnit(s.substring(0, m.start()))
                        && !endsLikeBody(s.substring(0, m.start()))) {
                    continue;
                }
                b.append(s, last, m.start()).append('、');
                last = m.end();
                others = true;
            }
            b.append(s.substring(last));
            joined = b.toString();
        }

        List<String> names = new ArrayList<>();
        String pendingPrefix = null;
        for (String piece : splitOutsideBrackets(joined)) {
            for (String name : splitOnConjunctions(Texts.strip(piece))) {
                if (name.isEmpty()) {
                    continue;
                }
                if (pendingPrefix != null && name.charAt(0) != '各' && mayBeLevelPrefix(name)
                        && LEVEL_PREFIX.matcher(name).matches()) {
                    // 各县、市、区政府: a bare level goes on the list whatever its rank (县级市 after 县).
                    pendingPrefix = pendingPrefix + "、" + name;
                    continue;
                }
                if (pendingPrefix != null) {
                    if (continuesLevels(pendingPrefix, name)) {
                        name = pendingPrefix + "、" + name;
                    } else {
                        names.add(pendingPrefix); // 各区、有关行业协会: 各区 is a unit of its own
                    }
                    pendingPrefix = null;
                }
                if (mayBeLevelPrefix(name) && LEVEL_PREFIX.matcher(name).matches()) {
                    pendingPrefix = name;
                    continue;
                }
                names.add(name);
            }
        }
        if (pendingPrefix != null) {
            names.add(pendingPrefix);
        }
        return new UnitList(names, others);
    }

    /**
     * Whether {@code name} goes on a list of levels (各市、县人民政府, 各省、自治区、直辖市人民政府):
     * it starts with a level no higher than the last one of the prefix. 各区、市交通委 climbs from
     * 区 back to 市, so 市交通委 is a unit of its own.
     */
    private static boolean continuesLevels(String prefix, String name) {
        var next = LEADING_LEVEL.matcher(name);
        if (!next.find()) {
            return false;
        }
        String[] levels = prefix.split("、");
        var last = LEADING_LEVEL.matcher(levels[levels.length - 1]);
        return last.find() && rank(next.group(1)) >= rank(last.group(1));
    }

    private static int rank(String level) {
        return switch (level) {
            case "省", "自治区", "直辖市" -> 1;
            case "市", "自治州" -> 2;
            case "县", "区", "自治县" -> 3;
            default -> 4; // 乡, 镇
        };
    }

    /** Splits at 、，；, but not inside brackets: 各省（区、市）人民政府 is one name. */
    private static List<String> splitOutsideBrackets(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("（(【[［〔｛".indexOf(c) >= 0) {
                depth++;
            } else if ("）)】]］〕｝".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && "、，,；;".indexOf(c) >= 0
                    && !(c == '、' && (joinsGroup(s, from, i) || sharesBody(s, from, i) || placesShareBody(s, from, i)))) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /**
     * Whether the 、 at {@code at} joins places that share the body named after the last of them, in a list whose units
     * a comma separates (市统计局,人民大垸、荒湖管理区,监利经济开发区: 监利 2022): the place before it names no body, the
     * item after it ends as a unit does.
     */
    private static boolean sharesBody(String s, int from, int at) {
        if (s.indexOf(',') < 0 && s.indexOf('，') < 0) {
            return false;
        }
        String before = Texts.strip(s.substring(from, at));
        int end = at + 1;
        while (end < s.length() && "、，,；;".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        if (end < s.length() && s.charAt(end) == '、') {
            return false; // the next item is not the list's last before a comma
        }
        return before.length() >= 2 && !looksLikeUnit(before) && !endsLikeBody(before)
                && endsLikeUnit(s.substring(at + 1, end));
    }

    /**
     * Whether the 、 at {@code at} follows a bare place name that shares the body named after the run of places it
     * opens (哈尔滨、黑河、绥芬河市政府, 黑龙江 2008; 广州、深圳、珠海出入境边防检查总站, 广东 2024): the place is a short
     * name without a level word or a body's ending (a city's 州 aside), and the first item after the places ends as a
     * unit does without opening with a level of its own (省农垦总局 after them is a unit of its own). In a list
     * without commas only a run of two places or more.
     */
    private static boolean placesShareBody(String s, int from, int at) {
        String before = s.substring(from, at);
        if (!barePlace(Texts.strip(before.substring(before.lastIndexOf('、') + 1)))) { // the last place of a run kept whole
            return false;
        }
        // Without commas a run of two places or more: 人民大垸、荒湖管理区 alone may name two bodies (监利 2022, set I).
        int places = before.indexOf('、') >= 0 ? 2 : 1;
        boolean commas = s.indexOf(',') >= 0 || s.indexOf('，') >= 0;
        int start = at + 1;
        while (start < s.length()) {
            int end = start;
            while (end < s.length() && "、，,；;".indexOf(s.charAt(end)) < 0) {
                end++;
            }
            String item = Texts.strip(s.substring(start, end));
            if (!barePlace(item)) {
                return (commas || places >= 2) && endsLikeUnit(item) && "各省市县区".indexOf(item.charAt(0)) < 0;
            }
            places++;
            if (end >= s.length() || s.charAt(end) != '、') {
                return false;
            }
            start = end + 1;
        }
        return false;
    }

    /** A place named bare in a list: 哈尔滨, 黑河, 深圳, 广州 — two to four characters, no level word, no body. */
    private static boolean barePlace(String t) {
        if (t.length() < 2 || t.length() > 4 || "各省市县区乡镇有相".indexOf(t.charAt(0)) >= 0 || endsLikeBody(t)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isIdeographic(t.charAt(i))) {
                return false;
            }
        }
        return t.endsWith("州") || !looksLikeUnit(t);
    }

    /**
     * Whether the 、 at {@code at} joins the two halves of one group, 市直有关部门、单位 (as 有关部门和单位
     * does): a group word before it and a bare 单位 / 部门 / 机构 after it, ending the item.
     */
    private static boolean joinsGroup(String s, int from, int at) {
        String before = Texts.strip(s.substring(from, at));
        boolean group = before.startsWith("各") || before.contains("有关") || before.contains("相关");
        if (!before.endsWith("部门") && !before.endsWith("单位") && !before.endsWith("机构")
                && !(group && endsLikeUnit(before))) {
            return false; // 各有关处室、单位 is one group too
        }
        int end = at + 1;
        while (end < s.length() && "、，,；;".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return isGenericWord(Texts.strip(s.substring(at + 1, end)));
    }

    /**
     * Splits at 和 / 及 / 以及 / 与 only where the left side is already a whole unit name and the right
     * side is more than a bare 单位 / 部门: 有关部门和单位 is one group.
     */
    private List<String> splitOnConjunctions(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < s.length() - 1; i++) {
            int width = conjunctionAt(s, i);
            if (width > 0 && endsLikeUnit(s.substring(from, i)) && splitsBefore(Texts.strip(s.substring(i + width)))) {
                out.add(Texts.strip(s.substring(from, i)));
                from = i + width;
                i = from;
            }
        }
        out.add(Texts.strip(s.substring(from)));
        return out;
    }

    /**
     * A body named without its place (各乡镇党委和人民政府, 高新区党工委和管委会): the place is the one
     * before the 和, so the pair is one unit, not 高新区党工委 and a 管委会 of nowhere.
     */
    private static final Set<String> BARE_BODIES = Set.of("人民政府", "政府", "管委会", "管理委员会", "党工委",
            "党委", "办事处");

    /** Whether what follows a 和 is a unit of its own, not 单位 of 有关部门和单位 or 人民政府 of 党委和人民政府. */
    private static boolean splitsBefore(String right) {
        return !isGenericWord(right) && !BARE_BODIES.contains(right);
    }

    private static int conjunctionAt(String s, int i) {
        if (s.startsWith("以及", i)) {
            return 2;
        }
        char c = s.charAt(i);
        return c == '和' || c == '及' || c == '与' ? 1 : 0;
    }

    /** Bodies whose names end otherwise (共青团中央, 全国妇联, 中国科协, 各街道, 商贸物流园): a 等 after them ends the list. */
    private static final List<String> BODY_ENDINGS = List.of("中央", "联", "协", "大学", "街道", "社区",
            "产业园", "物流园", "工业园", "科技园", "高新园", "国企", "央企", // 国企: 区属各重点国企等 (渝中 2023)
            "运营商", "服务商", "供应商", "开发商", "承包商", "制造商", "经销商", "提供商"); // 运营商等 (湖北 2019)

    private static boolean endsLikeBody(String s) {
        String t = Texts.strip(s);
        return t.length() >= 2 && BODY_ENDINGS.stream().anyMatch(t::endsWith);
    }

    static boolean endsLikeUnit(String s) {
        String t = Texts.strip(s);
        if (t.length() < 2) {
            return false;
        }
        for (String ending : UNIT_ENDINGS) {
            if (t.endsWith(ending)) {
                return true;
            }
        }
        return t.endsWith("）") || t.endsWith(")");
    }
}
