package org.luoshi.importer.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which heading level numbers the tasks of a plan: the level whose paragraphs carry
 * responsibility clauses (plans number tasks 1．, （一） or 一、) — the shallowest one if several
 * do about as often — else the deepest numbered level.
 * A level whose headings are bare titles over several clause-closed paragraphs is a grouping
 * level, and the tasks are those paragraphs, unnumbered ({@link #unnumbered()}). Also tells
 * whether clauses close their task (…。（X负责）) or open it (【X负责】…).
 *
 * @param level       the task level, or null when tasks are unnumbered paragraphs
 * @param clausesLead clauses stand before their task's text
 */
record TaskLevel(LineKind level, boolean clausesLead) {

    boolean unnumbered() {
        return level == null;
    }

    /** Whether headings of {@code kind} are above the task level (parts, sections). */
    boolean groups(LineKind kind) {
        return level == null || kind.depth() < level.depth();
    }

    /**
     * The votes of the blocks of a body, counted one block at a time while its text is at hand (the
     * texts are not kept: a plan of many blocks would hold a copy of itself until the level is chosen).
     */
    static final class Votes {
        private final Map<LineKind, Integer> owning = new EnumMap<>(LineKind.class);
        private final Map<LineKind, Integer> titleOnly = new EnumMap<>(LineKind.class);
        private final Map<LineKind, Integer> several = new EnumMap<>(LineKind.class);
        private LineKind deepest;
        private int loose;
        private int leading;
        private int trailing;
        /** The last heading above the sub-item level, and the sub-items read since it. */
        private LineKind enclosing;
        private int subItems;
        private boolean subItemClause;

        /** Counts what {@code block}, read as {@code text} with the clauses {@code found}, says. */
        void add(Block block, BlockText text, ClauseFinder.Found found) {
            List<ClauseFinder.Hit> closing = found.closing();
            if (block.isHeading() && (deepest == null || block.level().depth() > deepest.depth())) {
                deepest = block.level();
            }
            boolean closesItemAbove = block.isHeading() && closesItemAbove(block, text, closing);
            if (block.isHeading()) {
                if (block.level() == LineKind.SUBITEM) {
                    subItems++;
                    subItemClause |= !closing.isEmpty() && !closesItemAbove;
                } else {
                    enclosing = block.level();
                    subItems = 0;
                    subItemClause = false;
                }
            }
            if (closing.isEmpty()) {
                return;
            }
            if (!block.isHeading()) {
                loose++;
                return;
            }
            // 1．title / （1）… / （2）… / （3）… then a clause on a line of its own: the clause closes the
            // item above the sub-items, not the last sub-item, so it votes for the item's level.
            LineKind kind = closesItemAbove ? enclosing : block.level();
            owning.merge(kind, 1, Integer::sum);
            ClauseFinder.Hit first = closing.get(0);
            if (first.start() >= text.headingLength && isTitle(block.heading.body())) {
                titleOnly.merge(kind, 1, Integer::sum);
            }
            if (linesWith(text, closing) >= 2 || measures(text.text.text(), closing) >= 2) {
                several.merge(kind, 1, Integer::sum);
            }
            String t = text.text.text();
            if (TextScan.onlySpaceOrPunctuation(t, 0, first.start())) {
                leading++;
            } else if (TextScan.onlySpaceOrPunctuation(t, closing.get(closing.size() - 1).end(), t.length())) {
                trailing++;
            }
        }

        /**
         * Whether a sub-item's clauses close the item above it rather than the sub-item: the sub-item is not
         * the first of its run, none before it in the run had a clause, and every clause stands on a line of
         * its own after the sub-item's heading line.
         */
        private boolean closesItemAbove(Block block, BlockText text, List<ClauseFinder.Hit> closing) {
            if (block.level() != LineKind.SUBITEM || enclosing == null || closing.isEmpty() || subItems < 1
                    || subItemClause) {
                return false;
            }
            String t = text.text.text();
            for (ClauseFinder.Hit h : closing) {
                BlockText.Line line = text.lineAt(h.start());
                if (line.start() == 0 || !TextScan.onlySpaceOrPunctuation(t, line.start(), h.start())) {
                    return false;
                }
            }
            return true;
        }

        /** The level the votes choose. */
        TaskLevel level() {
            return choose(owning, titleOnly, several, deepest, loose, leading, trailing);
        }
    }

    private static TaskLevel choose(Map<LineKind, Integer> owning, Map<LineKind, Integer> titleOnly,
            Map<LineKind, Integer> several, LineKind deepest, int loose, int leading, int trailing) {
        boolean clausesLead = leading > trailing;
        if (owning.isEmpty()) {
            return new TaskLevel(loose > 0 ? null : deepest, clausesLead);
        }
        // The shallowest level with at least half as many clauses as the busiest one: sub-items
        // with clauses of their own under a numbered task do not push the tasks down a level.
        int most = owning.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        LineKind best = null;
        for (Map.Entry<LineKind, Integer> e : owning.entrySet()) {
            if (e.getValue() * 2 >= most && (best == null || e.getKey().depth() < best.depth())) {
                best = e.getKey();
            }
        }
        int n = owning.get(best);
        LineKind below = deeperWithVotes(owning, best);
        if (below != null && titleOnly.getOrDefault(best, 0) == n && owning.get(below) > n) {
            // （一）中央环境保护督察信息 / its paragraph（督察办牵头落实） beside （二）环境质量信息 / 1．…（监测司牵头）: every
            // clause of the level stands under a bare title, and a deeper level numbers more clause-closed items —
            // the titles group, the deeper level numbers the tasks (a paragraph under a title alone is an
            // unnumbered task). As many or fewer deeper items are sub-items of the titled tasks (1、扩大… / (1)… under it).
            return new TaskLevel(below, clausesLead);
        }
        boolean grouping = (best == LineKind.PART || best == LineKind.SECTION)
                && titleOnly.getOrDefault(best, 0) * 2 > n && several.getOrDefault(best, 0) > 0;
        return new TaskLevel(grouping ? null : best, clausesLead);
    }

    /**
     * How many measures the clauses close: a clause with text before it (after the previous clause) closes one,
     * so one paragraph printing …名单。（监测司、大气司） 实时公开…信息。（监测司） holds two.
     */
    private static int measures(String t, List<ClauseFinder.Hit> closing) {
        int measures = 0;
        int from = 0;
        for (ClauseFinder.Hit h : closing) {
            if (!TextScan.onlySpaceOrPunctuation(t, from, h.start())) {
                measures++;
            }
            from = h.end();
        }
        return measures;
    }

    /** The shallowest level deeper than {@code level} that carries clauses, or null. */
    private static LineKind deeperWithVotes(Map<LineKind, Integer> owning, LineKind level) {
        LineKind found = null;
        for (LineKind k : owning.keySet()) {
            if (k.depth() > level.depth() && (found == null || k.depth() < found.depth())) {
                found = k;
            }
        }
        return found;
    }

    /** On how many lines of the text the clauses start (they come in text order). */
    private static int linesWith(BlockText text, List<ClauseFinder.Hit> closing) {
        int lines = 0;
        int last = -1;
        for (ClauseFinder.Hit h : closing) {
            int start = text.lineAt(h.start()).start();
            if (start != last) {
                lines++;
                last = start;
            }
        }
        return lines;
    }

    /** A heading that is a bare title: short, one phrase, no sentence inside. */
    static boolean isTitle(String body) {
        String t = Texts.strip(body);
        String inner = t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
        return !t.isEmpty() && t.length() <= 60 && inner.indexOf('。') < 0 && inner.indexOf('；') < 0
                && !t.endsWith("，") && !t.endsWith("：") && !t.endsWith(":");
    }
}
