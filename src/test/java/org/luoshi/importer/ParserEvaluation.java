package org.luoshi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.luoshi.importer.parse.PinyinGlosses;
import org.luoshi.importer.parse.TraditionalScript;
import org.luoshi.importer.read.DocumentReadException;

/**
 * Scores the importer against every hand-written golden file, through the real pipeline
 * ({@code DocumentReaders.read} → {@code DocumentImporter.importDocument} → {@code PlanJsonWriter}),
 * for any container, and prints per document and pooled per group:
 * <ul>
 * <li><b>tasks</b> — an expected task is found when a parsed task has the same source lines
 *     ({@code line} and {@code lastLine}, and the same text where the golden gives it) if the golden
 *     gives lines, else the same text: equal after {@link #normalised normalising}, or one beginning
 *     the other (at least 4 characters: a table's task cell without its details), or one inside the
 *     other (at least 8). Each parsed task matches at most one expected task; equal texts are paired
 *     first. Precision = found / parsed, recall = found / expected;</li>
 * <li><b>unit–role pairs</b> — (role, unit) over matched tasks; recall = right / expected pairs (pairs of
 *     missed tasks count as missed), precision = right / parsed pairs (pairs of unmatched parsed tasks
 *     count as wrong);</li>
 * <li><b>deadlines</b> — likewise, a deadline right when kind and dates agree ({@code raw} aside);</li>
 * <li>numbers: matched tasks whose label ({@code number}) is the golden's.</li>
 * </ul>
 * Groups: the documents the importer reads well today ({@link Corpus#DOCUMENTS}), the layout documents
 * used for tuning, the layout documents held out ({@link Corpus#LAYOUT_DOCUMENTS}), and each later
 * held-out set ({@link Corpus#LATER_SETS}) pooled apart. The goals are checked on each held-out
 * group by itself and on the documents read well today.
 * Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.importer.ParserEvaluation}
 * (add {@code -Dexec.args=--markdown} for the table in docs/IMPORTER.md; {@code --dir PATH} also scores a folder of
 * documents kept outside the repository, see {@link #main}).
 */
public final class ParserEvaluation {
    private static final String[] ROLES = {"lead", "responsible", "cooperating"};
    /** Shortest normalised text that may match as the beginning of the other (a table's 重点任务 cell alone). */
    private static final int PREFIX_MIN = 4;
    /** Shortest normalised text that may match inside the other. */
    private static final int CONTAINED_MIN = 8;
    private static final String GOLDEN = ".expected.json";
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Counts for one document or a pool of documents. */
    public static final class Score {
        int expectedTasks;
        int parsedTasks;
        int foundTasks;
        int numbersRight;
        int othersRight;
        int expectedPairs;
        int parsedPairs;
        int rightPairs;
        int expectedDeadlines;
        int parsedDeadlines;
        int rightDeadlines;

        void add(Score o) {
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

        public int expectedTasks() {
            return expectedTasks;
        }

        public int parsedTasks() {
            return parsedTasks;
        }

        public int foundTasks() {
            return foundTasks;
        }

        public double taskPrecision() {
            return ratio(foundTasks, parsedTasks);
        }

        public double taskRecall() {
            return ratio(foundTasks, expectedTasks);
        }

        public double taskF1() {
            return f1(taskPrecision(), taskRecall());
        }

        public double pairPrecision() {
            return ratio(rightPairs, parsedPairs);
        }

        public double pairRecall() {
            return ratio(rightPairs, expectedPairs);
        }

        public double pairF1() {
            return f1(pairPrecision(), pairRecall());
        }

        public double deadlinePrecision() {
            return ratio(rightDeadlines, parsedDeadlines);
        }

        public double deadlineRecall() {
            return ratio(rightDeadlines, expectedDeadlines);
        }

        public double deadlineF1() {
            return f1(deadlinePrecision(), deadlineRecall());
        }

        public double numbers() {
            return ratio(numbersRight, foundTasks);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One document's score; {@code note} says why a file gave no tasks (it could not be read). */
    public record DocumentResult(String name, String container, boolean table, Score score, String note) {
    }

    /** One later held-out set's results. */
    public record SetResult(Corpus.HeldOutSet set, List<DocumentResult> documents) {
    }

    /** Every document's result in its group; each later held-out set apart. */
    public record Report(List<DocumentResult> readWell, List<DocumentResult> tuning, List<DocumentResult> heldOut,
            List<SetResult> laterSets) {
        public static Score pooled(List<DocumentResult> group) {
            Score s = new Score();
            group.forEach(d -> s.add(d.score()));
            return s;
        }

        /** The goals, each with whether it is met: on the first held-out group, then on each later set. */
        public List<Goal> goals() {
            Score well = pooled(readWell);
            List<Goal> goals = new ArrayList<>();
            heldOutGoals("held-out", heldOut, goals);
            goals.add(new Goal("documents read well today pooled task F1 >= 0.95", well.taskF1() >= 0.95));
            goals.add(new Goal("documents read well today pooled unit-role F1 >= 0.95", well.pairF1() >= 0.95));
            for (SetResult r : laterSets) {
                heldOutGoals(r.set().prefix() + "*", r.documents(), goals);
            }
            return goals;
        }

        /** The goals of one held-out group alone. */
        public static List<Goal> heldOutGoals(String label, List<DocumentResult> group) {
            List<Goal> goals = new ArrayList<>();
            heldOutGoals(label, group, goals);
            return goals;
        }

        private static void heldOutGoals(String label, List<DocumentResult> group, List<Goal> goals) {
            Score held = pooled(group);
            goals.add(new Goal(label + " pooled task F1 >= 0.95", held.taskF1() >= 0.95));
            goals.add(new Goal(label + " pooled unit-role F1 >= 0.93", held.pairF1() >= 0.93));
            List<String> low = new ArrayList<>();
            for (DocumentResult d : group) {
                double pairFloor = d.table() ? 0.85 : 0.80;
                if (d.score().taskF1() < 0.85 || d.score().pairF1() < pairFloor) {
                    low.add(d.name());
                }
            }
            goals.add(new Goal("no " + label + " document under 0.85 task F1 / 0.80 unit-role F1 (0.85 for a table file)"
                    + (low.isEmpty() ? "" : "; under: " + String.join(", ", low)), low.isEmpty()));
        }
    }

    /** One goal of the issue and whether the figures meet it. */
    public record Goal(String description, boolean met) {
    }

    private ParserEvaluation() {
    }

    /**
     * Prints the tables and the goal lines. Options: {@code --markdown}; {@code --dir PATH} (repeatable) also scores
     * a folder outside the repository — documents that may not be committed (a fetched snapshot's files) —
     * read as {@code NAME.<ext>} beside a hand-written {@code NAME.expected.json}; such a folder is pooled apart,
     * and, where all its documents carry a later held-out set's prefix, also pooled with that set.
     */
    public static void main(String[] args) throws IOException {
        boolean markdown = false;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--markdown" -> markdown = true;
                case "--dir" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--dir needs a folder");
                    }
                    dirs.add(Path.of(args[++i]));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Report report = evaluate();
        print("Documents read well today (text, line boundaries)", report.readWell(), markdown);
        print("Layout documents used for tuning", report.tuning(), markdown);
        print("Layout documents held out (labelled before any run)", report.heldOut(), markdown);
        for (SetResult r : report.laterSets()) {
            print(r.set().name() + " (labelled before any run, pooled apart)", r.documents(), markdown);
        }
        List<Goal> goals = new ArrayList<>(report.goals());
        for (Path dir : dirs) {
            List<DocumentResult> outside = evaluateFolder(dir);
            print("Folder " + dir + " (outside the repository, labelled before any run)", outside, markdown);
            goals.addAll(Report.heldOutGoals("folder " + dir.getFileName(), outside));
            for (SetResult r : report.laterSets()) {
                if (!outside.isEmpty() && outside.stream().allMatch(d -> d.name().startsWith(r.set().prefix()))) {
                    List<DocumentResult> whole = new ArrayList<>(r.documents());
                    whole.addAll(outside);
                    print(r.set().prefix() + "* whole (committed part and folder " + dir.getFileName() + ")", whole,
                            markdown);
                    goals.addAll(Report.heldOutGoals(r.set().prefix() + "* whole", whole));
                }
            }
        }
        System.out.println();
        for (Goal g : goals) {
            System.out.println((markdown ? "- " : "") + (g.met() ? "met:     " : "NOT met: ") + g.description());
        }
    }

    /**
     * Scores every {@code NAME.expected.json} of a folder against the real pipeline's output for the document
     * beside it ({@code NAME.<ext>}, any extension), in name order. A spreadsheet ({@code .xlsx}, {@code .xls},
     * {@code .et}) or a name ending {@code -tsv} / {@code -table} counts as a table file for the goal's floor.
     *
     * @throws IOException when the folder cannot be listed, or a golden file has no document beside it
     */
    public static List<DocumentResult> evaluateFolder(Path dir) throws IOException {
        List<Path> goldens;
        try (Stream<Path> files = Files.list(dir)) {
            goldens = files.filter(f -> f.getFileName().toString().endsWith(GOLDEN)).sorted().toList();
        }
        List<DocumentResult> results = new ArrayList<>();
        for (Path golden : goldens) {
            String name = golden.getFileName().toString();
            name = name.substring(0, name.length() - GOLDEN.length());
            Path document = documentBeside(dir, name);
            String ext = document.getFileName().toString().substring(name.length() + 1);
            boolean table = List.of("xlsx", "xls", "et").contains(ext.toLowerCase(Locale.ROOT)) || name.endsWith("-tsv")
                    || name.endsWith("-table");
            JsonNode expected = MAPPER.readTree(golden.toFile());
            JsonNode parsedTasks;
            String note = "";
            try {
                parsedTasks = Corpus.importedJson(document).get("tasks");
            } catch (DocumentReadException e) {
                parsedTasks = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                note = e.getMessage().replace(document.toString(), document.getFileName().toString());
            }
            results.add(new DocumentResult(name, ext, table, score(expected.get("tasks"), parsedTasks), note));
        }
        return results;
    }

    private static Path documentBeside(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(name + ".") && !n.endsWith(GOLDEN) && n.indexOf('.', name.length() + 1) < 0;
            }).findFirst().orElseThrow(() -> new IOException("no document beside " + name + GOLDEN + " in " + dir));
        }
    }

    /** Runs the real pipeline over every corpus document and scores it against its golden file. */
    public static Report evaluate() throws IOException {
        List<DocumentResult> readWell = new ArrayList<>();
        for (String name : Corpus.DOCUMENTS) {
            readWell.add(result(name, "txt", false, Corpus.expectedJson(name), name + ".txt"));
        }
        List<DocumentResult> tuning = new ArrayList<>();
        List<DocumentResult> heldOut = new ArrayList<>();
        for (LayoutDocument d : Corpus.LAYOUT_DOCUMENTS) {
            DocumentResult r = result(d.name(), d.extension(), d.table(), Corpus.expectedJson(d.name()), d.file());
            (d.heldOut() ? heldOut : tuning).add(r);
        }
        List<SetResult> later = new ArrayList<>();
        for (Corpus.HeldOutSet set : Corpus.LATER_SETS) {
            List<DocumentResult> results = new ArrayList<>();
            for (LayoutDocument d : set.documents()) {
                results.add(result(d.name(), d.extension(), d.table(), Corpus.expectedJson(d.name()), d.file()));
            }
            later.add(new SetResult(set, results));
        }
        return new Report(readWell, tuning, heldOut, later);
    }

    private static DocumentResult result(String name, String container, boolean table, JsonNode expected, String file)
            throws IOException {
        JsonNode parsedTasks;
        String note = "";
        try {
            parsedTasks = Corpus.importedJson(file).get("tasks");
        } catch (DocumentReadException e) {
            parsedTasks = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            note = e.getMessage().replace(Corpus.path(file).toString(), file);
        }
        return new DocumentResult(name, container, table, score(expected.get("tasks"), parsedTasks), note);
    }

    /** Scores parsed tasks against expected ones (both the {@code tasks} arrays of plan JSON). */
    public static Score score(JsonNode expected, JsonNode parsed) {
        Score s = new Score();
        s.expectedTasks = expected.size();
        s.parsedTasks = parsed.size();
        int[] match = new int[expected.size()];
        java.util.Arrays.fill(match, -1);
        boolean[] used = new boolean[parsed.size()];
        // equal boundaries or texts first, then texts that contain one another
        pair(expected, parsed, match, used, ParserEvaluation::sameTask);
        pair(expected, parsed, match, used, ParserEvaluation::containedText);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            Set<String> want = pairs(e);
            s.expectedPairs += want.size();
            s.expectedDeadlines += e.get("deadlines").size();
            if (match[i] < 0) {
                continue;
            }
            JsonNode a = parsed.get(match[i]);
            s.foundTasks++;
            if (e.path("number").equals(a.path("number"))) {
                s.numbersRight++;
            }
            if (e.path("othersIncluded").equals(a.path("othersIncluded"))) {
                s.othersRight++;
            }
            Set<String> got = pairs(a);
            got.retainAll(want);
            s.rightPairs += got.size();
            List<JsonNode> deadlines = new ArrayList<>();
            a.get("deadlines").forEach(d -> deadlines.add(withoutRaw(d)));
            for (JsonNode d : e.get("deadlines")) {
                if (deadlines.remove(withoutRaw(d))) {
                    s.rightDeadlines++;
                }
            }
        }
        for (JsonNode a : parsed) {
            s.parsedPairs += pairs(a).size();
            s.parsedDeadlines += a.get("deadlines").size();
        }
        return s;
    }

    private static void pair(JsonNode expected, JsonNode parsed, int[] match, boolean[] used,
            BiPredicate<JsonNode, JsonNode> same) {
        for (int i = 0; i < expected.size(); i++) {
            if (match[i] >= 0) {
                continue;
            }
            for (int j = 0; j < parsed.size(); j++) {
                if (!used[j] && same.test(expected.get(i), parsed.get(j))) {
                    match[i] = j;
                    used[j] = true;
                    break;
                }
            }
        }
    }

    /** Same source lines where the golden gives them (and the same text if it gives one), else equal texts. */
    private static boolean sameTask(JsonNode e, JsonNode a) {
        if (e.has("line")) {
            return e.get("line").equals(a.get("line")) && e.get("lastLine").equals(a.get("lastLine"))
                    && (!e.has("text") || e.get("text").equals(a.get("text")));
        }
        return e.has("text") && normalised(e.get("text").asText()).equals(normalised(a.path("text").asText()));
    }

    private static boolean containedText(JsonNode e, JsonNode a) {
        if (e.has("line") || !e.has("text")) {
            return false;
        }
        String want = normalised(e.get("text").asText());
        String got = normalised(a.path("text").asText());
        String shorter = want.length() <= got.length() ? want : got;
        String longer = shorter == want ? got : want;
        return shorter.length() >= PREFIX_MIN && longer.startsWith(shorter)
                || shorter.length() >= CONTAINED_MIN && longer.contains(shorter);
    }

    /**
     * A text as compared: full-width forms folded to half width (NFKC), traditional characters read as
     * simplified ones (the importer stores a traditional reprint in simplified characters; a label may be typed
     * in either script), a reprint's pinyin glosses taken out (the importer drops them, step 13; a label may keep them
     * as the page prints them: 持續(xù), set K), whitespace and punctuation of either width removed, so that a table
     * cell, a wrapped PDF line and a web copy of the same task compare equal.
     */
    static String normalised(String text) {
        String folded = TraditionalScript.simplified(Normalizer.normalize(PinyinGlosses.strip(text), Normalizer.Form.NFKC));
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !punctuation(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean punctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static JsonNode withoutRaw(JsonNode deadline) {
        ObjectNode copy = deadline.deepCopy();
        copy.remove("raw");
        return copy;
    }

    private static Set<String> pairs(JsonNode task) {
        Set<String> pairs = new HashSet<>();
        for (String role : ROLES) {
            for (JsonNode unit : task.path(role)) {
                pairs.add(role + ":" + TraditionalScript.simplified(Normalizer.normalize(unit.asText(), Normalizer.Form.NFKC)).strip());
            }
        }
        return pairs;
    }

    private static void print(String title, List<DocumentResult> group, boolean markdown) {
        System.out.println();
        System.out.println(markdown ? "#### " + title : "== " + title);
        String head = "| document | file | tasks exp/parsed/found | task P | task R | task F1 | pairs P | pairs R | pairs F1 "
                + "| deadlines P | deadlines R | deadlines F1 | numbers |";
        if (markdown) {
            System.out.println(head);
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        } else {
            System.out.printf(Locale.ROOT, "%-30s %-5s %13s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s%n", "document", "file",
                    "exp/par/fnd", "taskP", "taskR", "taskF1", "pairP", "pairR", "pairF1", "ddlP", "ddlR", "ddlF1", "num");
        }
        for (DocumentResult d : group) {
            row(d.name() + (d.note().isEmpty() ? "" : " (not read)"), d.container(), d.score(), markdown);
        }
        row("POOLED", "", Report.pooled(group), markdown);
        for (DocumentResult d : group) {
            if (!d.note().isEmpty()) {
                System.out.println((markdown ? "\n" : "") + d.name() + ": " + d.note());
            }
        }
    }

    private static void row(String name, String container, Score s, boolean markdown) {
        String counts = s.expectedTasks + "/" + s.parsedTasks + "/" + s.foundTasks;
        double[] f = {s.taskPrecision(), s.taskRecall(), s.taskF1(), s.pairPrecision(), s.pairRecall(), s.pairF1(),
            s.deadlinePrecision(), s.deadlineRecall(), s.deadlineF1(), s.numbers()};
        if (markdown) {
            StringBuilder b = new StringBuilder("| " + name + " | " + container + " | " + counts + " |");
            for (double v : f) {
                b.append(String.format(Locale.ROOT, " %.2f |", v));
            }
            System.out.println(b);
        } else {
            System.out.printf(Locale.ROOT, "%-30s %-5s %13s", name.length() > 30 ? name.substring(0, 30) : name, container,
                    counts);
            for (double v : f) {
                System.out.printf(Locale.ROOT, " %6.2f", v);
            }
            System.out.println();
            if (name.length() > 30) {
                System.out.println("    " + name);
            }
        }
    }
}
