package org.luoshi.importer.layouts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.importer.Corpus;
import org.luoshi.importer.ParserEvaluation;
import org.luoshi.importer.read.DocumentReadException;

/**
 * Scores re-laid-out copies of a labelled plan against the plan's own golden file, with the evaluation's matcher
 * ({@link ParserEvaluation#score}), through the real pipeline ({@link Corpus#importedJson(Path)}).
 */
final class LayoutScoring {
    /** A variant's figures beside the figures of the document as it is in the corpus. */
    record Result(Variant variant, ParserEvaluation.Score score, ParserEvaluation.Score original, String note) {
        /** The figure a fair variant must reach: the original's, or 0.95 where the original is lower. */
        static double floor(double original) {
            return Math.max(original, 0.95) - 1e-9;
        }

        boolean keepsTasks() {
            return score.taskF1() >= floor(original.taskF1());
        }

        boolean keepsPairs() {
            return score.pairF1() >= floor(original.pairF1());
        }
    }

    private final Map<String, ParserEvaluation.Score> originals = new LinkedHashMap<>();

    /** The document's figures as it is in the corpus (ParserEvaluation's row). */
    ParserEvaluation.Score original(String name) throws IOException {
        ParserEvaluation.Score s = originals.get(name);
        if (s == null) {
            s = ParserEvaluation.score(Corpus.expectedJson(name).get("tasks"), imported(Corpus.path(file(name))));
            originals.put(name, s);
        }
        return s;
    }

    /** Scores the copy in {@code file} (already written) of variant {@code v}. */
    Result score(Variant v, Path file) throws IOException {
        JsonNode expected = withoutLines(Corpus.expectedJson(v.document()), v.transformation());
        String note = "";
        JsonNode parsed;
        try {
            parsed = imported(file);
        } catch (ImportFailure e) {
            parsed = JsonNodeFactory.instance.arrayNode();
            note = e.getMessage();
        }
        return new Result(v, ParserEvaluation.score(expected.get("tasks"), parsed), original(v.document()), note);
    }

    /** Writes and scores every variant; the PDF ones printed by LibreOffice in one run. */
    List<Result> scoreAll(List<Variant> variants, Path folder) throws IOException {
        List<Result> results = new ArrayList<>();
        List<Variant> printed = new ArrayList<>();
        List<Path> docx = new ArrayList<>();
        for (Variant v : variants) {
            Path file = v.write(folder);
            if (v.transformation().startsWith("pdf")) {
                printed.add(v);
                docx.add(file);
            } else {
                results.add(score(v, file));
            }
        }
        if (!docx.isEmpty()) {
            List<Path> pdfs = ContainerLayouts.pdf(docx, folder);
            for (int i = 0; i < printed.size(); i++) {
                results.add(score(printed.get(i), pdfs.get(i)));
            }
        }
        return results;
    }

    static String file(String name) {
        for (String ext : new String[] {"txt", "xlsx", "docx", "pdf"}) {
            if (Corpus.exists(name + "." + ext)) {
                return name + "." + ext;
            }
        }
        throw new IllegalArgumentException("no document " + name);
    }

    /**
     * The golden as a re-laid-out copy is judged: by its texts, since the lines moved; only a copy that keeps every
     * line (the 'original', numbering and width variants) of a golden without texts keeps them.
     */
    private static JsonNode withoutLines(JsonNode expected, String transformation) {
        JsonNode tasks = expected.get("tasks");
        if (tasks.isEmpty() || !tasks.get(0).hasNonNull("text")) {
            return expected;
        }
        ObjectNode copy = expected.deepCopy();
        ArrayNode out = copy.putArray("tasks");
        for (JsonNode t : tasks) {
            ObjectNode task = t.deepCopy();
            task.remove("line");
            task.remove("lastLine");
            out.add(task);
        }
        return copy;
    }

    private static JsonNode imported(Path file) throws IOException {
        try {
            return Corpus.importedJson(file).get("tasks");
        } catch (DocumentReadException e) {
            throw new ImportFailure(e.getMessage());
        }
    }

    /** A copy the readers refused: scored as no tasks, with the reason. */
    static final class ImportFailure extends IOException {
        ImportFailure(String message) {
            super(message);
        }
    }
}
