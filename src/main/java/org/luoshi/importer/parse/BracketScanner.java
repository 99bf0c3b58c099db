package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost bracketed spans of a paragraph — （…）, (…), 【…】, […], ［…］, 〔…〕, ｛…｝ —
 * with nesting, so that 市住房城乡建设管理委（市重大办） stays inside its clause.
 */
public final class BracketScanner {
    private static final String OPEN = "（(【[［〔｛";
    private static final String CLOSE = "）)】]］〕｝";

    public List<Bracketed> outermost(String text) {
        List<Bracketed> spans = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
                if (depth == 0) {
                    spans.add(new Bracketed(start, i + 1, text.substring(start + 1, i)));
                }
            }
        }
        return spans;
    }
}
