package org.luoshi.importer.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A plan copied from a reprint in traditional characters (咸阳 2022 放管服要点 on a wiki mirror, 武汉 and 盘锦 分工方案 on
 * news mirrors: 牽頭, 負責, 按職責分工負責) read as the simplified text it was converted from: the role words, the unit
 * names and the dates are simplified words, and so are the units of the workspace the plan goes into. Each character
 * becomes one character, so every line, offset and source position stays where it was. A text is converted only
 * when it is written in traditional characters — a share of its Chinese characters that no simplified text has —
 * never because a simplified plan names one traditional character (a name, a quotation).
 */
public final class TraditionalScript {
    private static final char FIRST = '\u4E00';
    private static final char LAST = '\u9FFF';
    /** For each character from {@link #FIRST} to {@link #LAST}, its simplified character, or 0 when it is one. */
    private static final char[] SIMPLIFIED = load();
    /** Fewer Chinese characters than this say too little about the script. */
    private static final int MIN_CHINESE = 40;
    /**
     * The share of traditional-only characters (in 1/1000) from which a text is traditional: a third or more in the
     * reprints met (咸阳 347, 盘锦 420), under 2 in every simplified plan of the corpus.
     */
    private static final int MIN_SHARE = 200;

    private TraditionalScript() {
    }

    /** {@code text} in simplified characters when it is written in traditional ones; else {@code text} itself. */
    public static String simplifiedIfTraditional(String text) {
        if (text == null || !isTraditional(text)) {
            return text;
        }
        return simplified(text);
    }

    /**
     * {@code text} with every traditional-only character replaced by its simplified one, one for one, however few
     * there are (a unit's name, a label typed in the script of its source).
     */
    public static String simplified(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char ch = out[i];
            if (ch >= FIRST && ch <= LAST && SIMPLIFIED[ch - FIRST] != 0) {
                out[i] = SIMPLIFIED[ch - FIRST];
            }
        }
        return new String(out);
    }

    /** Whether {@code text} is written in traditional characters. */
    public static boolean isTraditional(String text) {
        int chinese = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= FIRST && ch <= LAST) {
                chinese++;
                if (SIMPLIFIED[ch - FIRST] != 0) {
                    traditional++;
                }
            }
        }
        return chinese >= MIN_CHINESE && traditional * 1000L >= (long) chinese * MIN_SHARE;
    }

    private static char[] load() {
        char[] map = new char[LAST - FIRST + 1];
        try (InputStream in = TraditionalScript.class.getResourceAsStream("traditional-simplified.txt")) {
            if (in == null) {
                throw new IllegalStateException("traditional-simplified.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String from;
            while ((from = r.readLine()) != null) {
                if (from.startsWith("#") || from.isBlank()) {
                    continue;
                }
                String to = r.readLine();
                if (to == null || to.length() != from.length()) {
                    throw new IllegalStateException("traditional-simplified.txt: a line without its pair: " + from);
                }
                for (int k = 0; k < from.length(); k++) {
                    map[from.charAt(k) - FIRST] = to.charAt(k);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
