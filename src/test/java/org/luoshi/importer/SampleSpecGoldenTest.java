package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;

/**
 * Golden test: the sample plan's JSON matches spec/shanxi-2023-1.expected.json (written by hand
 * from the document) in every field the expected file has. {@code text} and {@code warnings} are
 * not in the expected file, and fields Luoshi adds (milestones, line) are not compared.
 */
class SampleSpecGoldenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode actual;
    private static JsonNode expected;

    @BeforeAll
    static void parseSample() throws IOException {
        String text = resource("/corpus/shanxi-2023-1.txt");
        ParsedPlan parsed = new PlanParser().parse(text);
        actual = MAPPER.readTree(new PlanJsonWriter().write(parsed));
        expected = MAPPER.readTree(resource("/corpus/shanxi-2023-1.expected.json"));
    }

    @Test
    void headerMatches() {
        for (String field : new String[] {"notice", "title", "docNumber", "issuer", "issuedOn"}) {
            assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
        }
    }

    @Test
    void partsAndSectionsMatch() {
        assertThat(actual.get("parts")).hasSize(3).isEqualTo(expected.get("parts"));
        assertThat(actual.get("sections")).hasSize(21).isEqualTo(expected.get("sections"));
    }

    @Test
    void everyTaskMatchesInEveryExpectedField() {
        JsonNode tasks = actual.get("tasks");
        JsonNode want = expected.get("tasks");
        assertThat(tasks).hasSize(47);
        for (int i = 0; i < want.size(); i++) {
            JsonNode e = want.get(i);
            JsonNode a = tasks.get(i);
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                assertThat(a.get(f.getKey())).as("task %s field %s", e.get("seq"), f.getKey())
                        .isEqualTo(f.getValue());
            }
        }
    }

    @Test
    void task29HasTheTwoElectronicCertificateDeadlinesAndMilestones() {
        JsonNode t29 = actual.get("tasks").get(28);
        assertThat(t29.get("number").asText()).isEqualTo("29");
        assertThat(t29.get("deadlines").get(0).get("date").asText()).isEqualTo("2023-03-31");
        assertThat(t29.get("deadlines").get(1).get("date").asText()).isEqualTo("2023-06-30");
        JsonNode milestones = t29.get("milestones");
        assertThat(milestones).hasSize(2);
        assertThat(milestones.get(0).get("label").asText()).isEqualTo("完成省级电子证照系统升级");
        assertThat(milestones.get(1).get("date").asText()).isEqualTo("2023-06-30");
    }

    @Test
    void taskTextHasNoClauseLeft() {
        JsonNode t2 = actual.get("tasks").get(1);
        assertThat(t2.get("text").asText())
                .startsWith("推动落实《促进个体工商户发展条例》")
                .endsWith("突出困难和问题。")
                .doesNotContain("牵头");
        ((ObjectNode) t2).remove("text");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SampleSpecGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
