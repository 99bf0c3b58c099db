package org.luoshi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the parser against every hand-written golden file and prints, per document and in
 * total:
 * <ul>
 * <li><b>task boundaries</b> — an expected task counts as found when a parsed task starts and
 *     ends on the same source lines (and has the same text, where the golden file gives it);
 *     recall = found / expected, precision = matched parsed tasks / parsed tasks;</li>
 * <li><b>unit–role pairs</b> — over matched tasks, the (unit name, role) pairs both sides have;
 *     recall = right pairs / expected pairs (pairs of missed tasks count as missed), precision
 *     = right pairs / parsed pairs (pairs of parsed tasks that match nothing count as wrong);</li>
 * <li>numbers (label, part, section), othersIncluded and deadlines of matched tasks.</li>
 * </ul>
 * Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.importer.ParserEvaluation}
 */
public final class ParserEvaluation {
    private static final String[] ROLES = {"lead", "responsible", "cooperating"};

    private int expectedTasks;
    private int parsedTasks;
    private int foundTasks;
    private int numbersRight;
    private int othersRight;
    private int expectedPairs;
    private int parsedPairs;
    private int rightPairs;
    private int expectedDeadlines;
    private int parsedDeadlines;
    private int rightDeadlines;

    public static void main(String[] args) throws IOException {
        ParserEvaluation total = new ParserEvaluation();
        System.out.printf(Locale.ROOT, "%-28s %7s %7s %7s %9s %9s %8s %8s%n",
                "document", "tasks", "found", "boundR", "pairsR", "pairsP", "numbers", "deadlns");
        for (String name : Corpus.DOCUMENTS) {
            ParserEvaluation doc = new ParserEvaluation();
            doc.score(Corpus.expectedJson(name).get("tasks"), Corpus.parsedJson(name).get("tasks"));
            doc.print(name);
            total.add(doc);
        }
        total.print("TOTAL");
        System.out.printf(Locale.ROOT, "%ntask boundaries: recall %.1f%%, precision %.1f%%%n",
                pct(total.foundTasks, total.expectedTasks), pct(total.foundTasks, total.parsedTasks));
        System.out.printf(Locale.ROOT, "unit-role pairs: recall %.1f%%, precision %.1f%%%n",
                pct(total.rightPairs, total.expectedPairs), pct(total.rightPairs, total.parsedPairs));
        System.out.printf(Locale.ROOT, "deadlines:       recall %.1f%%, precision %.1f%%%n",
                pct(total.rightDeadlines, total.expectedDeadlines), pct(total.rightDeadlines, total.parsedDeadlines));
        boolean met = pct(total.foundTasks, total.expectedTasks) >= 95 && pct(total.foundTasks, total.parsedTasks) >= 95
                && pct(total.rightPairs, total.expectedPairs) >= 95 && pct(total.rightPairs, total.parsedPairs) >= 95;
        System.out.println(met ? "goal (>= 95% tasks and pairs) met" : "goal (>= 95% tasks and pairs) NOT met");
    }

    void score(JsonNode expected, JsonNode parsed) {
        expectedTasks += expected.size();
        parsedTasks += parsed.size();
        boolean[] used = new boolean[parsed.size()];
        for (JsonNode e : expected) {
            Set<String> want = pairs(e);
            expectedPairs += want.size();
            expectedDeadlines += e.get("deadlines").size();
            int match = -1;
            for (int i = 0; i < parsed.size() && match < 0; i++) {
                if (!used[i] && sameBoundaries(e, parsed.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                continue;
            }
            used[match] = true;
            JsonNode a = parsed.get(match);
            foundTasks++;
            if (same(e, a, "number") && same(e, a, "part") && same(e, a, "section")) {
                numbersRight++;
            }
            if (same(e, a, "othersIncluded")) {
                othersRight++;
            }
            Set<String> got = pairs(a);
            got.retainAll(want);
            rightPairs += got.size();
            List<JsonNode> deadlines = new ArrayList<>();
            a.get("deadlines").forEach(deadlines::add);
            for (JsonNode d : e.get("deadlines")) {
                if (deadlines.remove(d)) {
                    rightDeadlines++;
                }
            }
        }
        for (JsonNode a : parsed) {
            parsedPairs += pairs(a).size();
            parsedDeadlines += a.get("deadlines").size();
        }
    }

    private static boolean sameBoundaries(JsonNode e, JsonNode a) {
        return same(e, a, "line") && same(e, a, "lastLine") && (!e.has("text") || same(e, a, "text"));
    }

    private static boolean same(JsonNode e, JsonNode a, String field) {
        return e.has(field) && e.get(field).equals(a.get(field));
    }

    private static Set<String> pairs(JsonNode task) {
        Set<String> pairs = new LinkedHashSet<>();
        for (String role : ROLES) {
            for (JsonNode unit : task.get(role)) {
                pairs.add(role + ":" + unit.asText());
            }
        }
        return new HashSet<>(pairs);
    }

    private void add(ParserEvaluation o) {
        expectedTasks += o.expectedTasks;
        parsedTasks += o.parsedTasks;
        foundTasks += o.foundTasks;
        numbersRight += o.numbersRight;
        othersRight += o.othersRight;
        expectedPairs += o.expectedPairs;
        parsedPairs += o.parsedPairs;
        rightPairs += o.rightPairs;
        expectedDeadlines += o.expectedDeadlines;
        parsedDeadlines += o.parsedDeadlines;
        rightDeadlines += o.rightDeadlines;
    }

    private void print(String name) {
        System.out.printf(Locale.ROOT, "%-28s %3d/%-3d %7d %6.1f%% %8.1f%% %8.1f%% %7.1f%% %7.1f%%%n", name,
                parsedTasks, expectedTasks, foundTasks, pct(foundTasks, expectedTasks), pct(rightPairs, expectedPairs),
                pct(rightPairs, parsedPairs), pct(numbersRight, foundTasks), pct(rightDeadlines, expectedDeadlines));
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
