package org.luoshi.importer.parse;

import java.util.regex.Pattern;

/**
 * Reprint sites that gloss characters with their pinyin — 印發(fā), 川辦(bàn)發, 責(zé)任單位 (武汉 and 四川 plans on news
 * mirrors) — break every word they gloss: 市發(fā)展改革委 is no unit name and 牽(qiān)頭 no role word. The glosses are
 * taken out before the text is read. A gloss is a bracketed syllable of Latin letters right after a Chinese character
 * with a tone mark in it, so an enumeration (a), a code (ID) or an English name in brackets stays.
 */
public final class PinyinGlosses {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])[(（](?=[a-zü" + TONED + "]{0,6}[" + TONED + "])[a-zü" + TONED + "]{1,7}[)）]");

    private PinyinGlosses() {
    }

    /** {@code text} without its pinyin glosses; {@code text} itself when it has none (the usual case). */
    public static String strip(String text) {
        if (text == null || !hasTone(text)) {
            return text;
        }
        return GLOSS.matcher(text).replaceAll("");
    }

    private static boolean hasTone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '\u00E0' && ch <= '\u01DC' && TONED.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }
}
