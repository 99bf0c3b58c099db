package org.luoshi.sheets.layout;

import java.util.List;

/**
 * One page ready to paint: texts, rules and shades in page coordinates (points, origin top left),
 * and for checking, which rows sit where.
 *
 * @param number 1-based page number
 */
public record LaidOutPage(int number, double width, double height, List<TextRun> texts, List<Rule> rules,
        List<Shade> shades, List<PlacedRow> rows) {
    public LaidOutPage {
        texts = List.copyOf(texts);
        rules = List.copyOf(rules);
        shades = List.copyOf(shades);
        rows = List.copyOf(rows);
    }
}
