package org.luoshi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;

/** The test corpus in src/test/resources/corpus: plan documents and their hand-written expectations. */
public final class Corpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every document with a hand-written expectation: the real plans, then synthetic ones written to check for overfitting. */
    public static final List<String> DOCUMENTS = List.of("shanxi-2023-1", "guofa-2018-38", "guofa-2018-42",
            "hufagai-tou-2026-127", "synthetic-fengong-labelled", "synthetic-ruogan-cuoshi", "synthetic-square-brackets",
            "holdout-guoban-yijian", "holdout-shi-shishi-fangan");

    private Corpus() {
    }

    /** The parser's JSON for a document, with each task's last source line added from the source map. */
    public static JsonNode parsedJson(String name) throws IOException {
        ParsedPlan parsed = new PlanParser().parse(text(name));
        JsonNode json = MAPPER.readTree(new PlanJsonWriter().write(parsed));
        for (JsonNode task : json.get("tasks")) {
            ((ObjectNode) task).put("lastLine", parsed.sourceMap().lastLine(task.get("seq").asInt()));
        }
        return json;
    }

    /**
     * The hand-written expected JSON. The sample plan's file is the shared spec's and has no task
     * lines; they come from a second hand-written file, {@code NAME.boundaries.json}.
     */
    public static JsonNode expectedJson(String name) throws IOException {
        JsonNode expected = MAPPER.readTree(resource(name + ".expected.json"));
        if (exists(name + ".boundaries.json")) {
            JsonNode lines = MAPPER.readTree(resource(name + ".boundaries.json")).get("tasks");
            for (int i = 0; i < lines.size(); i++) {
                ObjectNode task = (ObjectNode) expected.get("tasks").get(i);
                task.set("line", lines.get(i).get("line"));
                task.set("lastLine", lines.get(i).get("lastLine"));
            }
        }
        return expected;
    }

    /** The text of document {@code name} (without .txt). */
    public static String text(String name) throws IOException {
        return resource(name + ".txt");
    }

    public static String resource(String file) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IOException("no test resource /corpus/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static boolean exists(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            return in != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
