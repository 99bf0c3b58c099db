package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden test over every document in src/test/resources/corpus: the parser's JSON matches the
 * hand-written {@code NAME.expected.json} in every field that file has (header, parts, sections,
 * and per task number/part/section/units/deadlines, the line it starts on and, as
 * {@code lastLine}, the line it ends on — read from the source map). Expected files are written
 * by hand from the documents; see docs/plan-json.md, "Decisions".
 */
class CorpusGoldenTest {
    /** The corpus of real plans and the synthetic ones written to check the parser is not overfitted. */
    static Stream<String> documents() {
        return Corpus.DOCUMENTS.stream();
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
            for (Map.Entry<String, JsonNode> f : e.properties()) {
                assertThat(a.get(f.getKey())).as("%s task %s field %s", name, e.get("seq"), f.getKey())
                        .isEqualTo(f.getValue());
            }
        }
        assertThat(tasks).as("tasks of %s", name).hasSameSizeAs(want);
    }

    static JsonNode actual(String name) throws IOException {
        return Corpus.parsedJson(name);
    }

    static JsonNode expected(String name) throws IOException {
        return Corpus.expectedJson(name);
    }
}
