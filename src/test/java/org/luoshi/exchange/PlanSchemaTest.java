package org.luoshi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.Corpus;
import org.luoshi.importer.ImportDocument;
import org.luoshi.importer.PlanJsonWriter;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;

/**
 * plan.schema.json is the contract: Luoshi's own JSON — what {@code import --json} prints for every
 * document of the corpus, the spec's example, every export — keeps it, and the schema agrees with
 * the Java side on enums and on the dates that can be shown.
 */
class PlanSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theSchemaIsDraft2020_12AndKnowsEveryValueOfTheEnums() {
        JsonNode schema = PlanSchema.schemaNode();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        JsonNode defs = schema.get("$defs");
        assertThat(values(defs.at("/task/properties/status/enum"))).containsExactlyInAnyOrderElementsOf(
                names(TaskStatus.values(), "null"));
        assertThat(values(defs.at("/deadline/properties/kind/enum"))).containsExactlyInAnyOrderElementsOf(
                names(DeadlineKind.values()));
        assertThat(values(defs.at("/deadline/properties/rule/enum"))).containsExactlyInAnyOrderElementsOf(
                names(Recurrence.values()));
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(PlanExchangeWriter.FORMAT);
        assertThat(schema.at("/properties/formatVersion/maximum").asInt())
                .isGreaterThanOrEqualTo(PlanExchangeWriter.FORMAT_VERSION);
        assertThat(values(defs.at("/task/properties/units/items/properties/role/enum")))
                .containsExactlyInAnyOrderElementsOf(names(Role.values()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "1900-01-01", "2023-02-28", "2023-02-29", "2024-02-29", "2023-04-31",
            "2200-12-31", "2201-01-01", "-999999999-01-01", "+999999999-12-31", "0001-01-01", "9999-12-31",
            "2023-1-1", "2023-01-01T00:00", " 2023-01-01", "２０２３-01-01"})
    void theSchemaTakesExactlyTheDatesLuoshiCanShow(String date) {
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date);
        } catch (java.time.DateTimeException e) {
            parsed = null;
        }
        boolean shown = parsed != null && Dates.canShow(parsed);
        ObjectNode plan = MAPPER.createObjectNode().put("issuedOn", date);
        plan.putArray("tasks");
        assertThat(PlanSchema.problems(plan)).as(date).hasSize(shown ? 0 : 1);
    }

    @Test
    void whatImportJsonPrintsForEveryDocumentOfTheCorpusKeepsTheSchema() throws Exception {
        for (String name : Corpus.DOCUMENTS) {
            ImportDocument.Read read = ImportDocument.text(name, Corpus.text(name));
            JsonNode json = MAPPER.readTree(new PlanJsonWriter().write(read.parsed()));
            assertThat(PlanSchema.problems(json)).as(name).isEmpty();
        }
    }

    @Test
    void theSpecsOwnExampleKeepsTheSchema() throws Exception {
        // docs/plan-json.md points at this file as the expected output for the sample document, "text
        // and warnings aside": it leaves out each task's text, which a plan file must have.
        JsonNode expected = MAPPER.readTree(Corpus.resource("shanxi-2023-1.expected.json"));
        expected.get("tasks").forEach(t -> ((ObjectNode) t).put("text", ""));
        assertThat(PlanSchema.problems(expected)).isEmpty();
    }

    @Test
    void anExportKeepsTheSchemaAndReadsBackAsStored() throws Exception {
        Plan stored;
        try (Workspace ws = Workspace.open(dir.resolve("a.db"))) {
            stored = ws.plans().save(PlanExchangeTest.trackedSample());
        }
        Path file = dir.resolve("plan.json");
        PlanFiles.export(stored, file);
        assertThat(PlanSchema.problems(MAPPER.readTree(Files.readString(file)))).isEmpty();
        assertThat(PlanExchangeTest.withoutIds(PlanFiles.read(file))).isEqualTo(PlanExchangeTest.withoutIds(stored));
    }

    @Test
    void theSampleAsTheWindowStoresItExportsWithinTheSchema() throws Exception {
        JsonNode json = MAPPER.readTree(new PlanExchangeWriter().write(SamplePlan.parse().plan()));
        assertThat(PlanSchema.problems(json)).isEmpty();
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
        return out;
    }

    private static List<String> names(Enum<?>[] values, String... more) {
        List<String> out = new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
        out.addAll(List.of(more));
        return out;
    }
}
