package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;

/**
 * Golden test over every document in src/test/resources/corpus: the parser's JSON matches the
 * hand-written {@code NAME.expected.json} in every field that file has (header, parts, sections,
 * and per task number/part/section/units/deadlines, the line it starts on and, as
 * {@code lastLine}, the line it ends on — read from the source map). Expected files are written
 * by hand from the documents; see docs/plan-json.md, "Decisions".
 */
class CorpusGoldenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The corpus of real plans and the synthetic ones written to check the parser is not overfitted. */
    static Stream<String> documents() {
        return Stream.of("shanxi-2023-1", "guofa-2018-38", "guofa-2018-42", "hufagai-tou-2026-127",
                "synthetic-fengong-labelled", "synthetic-ruogan-cuoshi", "synthetic-square-brackets");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void headerMatches(String name) throws IOException {
        JsonNode actual = actual(name);
        JsonNode expected = expected(name);
        for (String field : new String[] {"notice", "title", "docNumber", "issuer", "issuedOn"}) {
            assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void partsAndSectionsMatch(String name) throws IOException {
        JsonNode actual = actual(name);
        JsonNode expected = expected(name);
        assertThat(actual.get("parts")).as("parts").isEqualTo(expected.get("parts"));
        assertThat(actual.get("sections")).as("sections").isEqualTo(expected.get("sections"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyTaskMatchesInEveryExpectedField(String name) throws IOException {
        JsonNode tasks = actual(name).get("tasks");
        JsonNode want = expected(name).get("tasks");
        for (int i = 0; i < Math.min(want.size(), tasks.size()); i++) {
            JsonNode e = want.get(i);
            JsonNode a = tasks.get(i);
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                assertThat(a.get(f.getKey())).as("%s task %s field %s", name, e.get("seq"), f.getKey())
                        .isEqualTo(f.getValue());
            }
        }
        assertThat(tasks).as("tasks of %s", name).hasSameSizeAs(want);
    }

    /** The parser's JSON, with each task's last source line added from the source map. */
    static JsonNode actual(String name) throws IOException {
        ParsedPlan parsed = new PlanParser().parse(Corpus.text(name));
        JsonNode json = MAPPER.readTree(new PlanJsonWriter().write(parsed));
        for (JsonNode task : json.get("tasks")) {
            ((ObjectNode) task).put("lastLine", parsed.sourceMap().lastLine(task.get("seq").asInt()));
        }
        return json;
    }

    /** The expected JSON; for the sample plan, whose file is the shared spec's, its task lines come from a second file. */
    static JsonNode expected(String name) throws IOException {
        JsonNode expected = MAPPER.readTree(Corpus.resource(name + ".expected.json"));
        if (Corpus.exists(name + ".boundaries.json")) {
            JsonNode lines = MAPPER.readTree(Corpus.resource(name + ".boundaries.json")).get("tasks");
            for (int i = 0; i < lines.size(); i++) {
                ObjectNode task = (ObjectNode) expected.get("tasks").get(i);
                task.set("line", lines.get(i).get("line"));
                task.set("lastLine", lines.get(i).get("lastLine"));
            }
        }
        return expected;
    }
}
