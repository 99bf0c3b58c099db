package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.importer.ParserEvaluation.DocumentResult;

/** {@code ParserEvaluation --dir}: a folder outside the repository scored as NAME.&lt;ext&gt; beside NAME.expected.json. */
class ParserEvaluationFolderTest {
    private static final String PLAN = """
            关于加强两项工作的意见
            一、推进甲工作。加快建设甲平台，完善甲制度。（市发展改革委负责）
            二、推进乙工作。完善乙机制，建立乙台账。（市财政局、市商务局负责）
            """;

    private static String golden(String secondUnit) {
        return """
                {"tasks":[
                 {"seq":1,"number":"一","text":"推进甲工作。加快建设甲平台，完善甲制度。","lead":["市发展改革委"],"responsible":[],
                  "cooperating":[],"othersIncluded":false,"deadlines":[]},
                 {"seq":2,"number":"二","text":"推进乙工作。完善乙机制，建立乙台账。","lead":[],"responsible":["市财政局","%s"],
                  "cooperating":[],"othersIncluded":false,"deadlines":[]}]}
                """.formatted(secondUnit);
    }

    @Test
    void scoresEachGoldenAgainstTheDocumentBesideItThroughTheRealPipeline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-plan.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a-plan.expected.json"), golden("市商务局"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-mislabelled-tsv.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-mislabelled-tsv.expected.json"), golden("市教育局"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "not a document", StandardCharsets.UTF_8);

        List<DocumentResult> results = ParserEvaluation.evaluateFolder(dir);

        assertThat(results).extracting(DocumentResult::name).containsExactly("a-plan", "b-mislabelled-tsv");
        assertThat(results).extracting(DocumentResult::container).containsExactly("txt", "txt");
        assertThat(results).extracting(DocumentResult::table).containsExactly(false, true);
        DocumentResult right = results.get(0);
        DocumentResult wrong = results.get(1);
        assertThat(right.note()).isEmpty();
        assertThat(right.score().expectedTasks()).isEqualTo(2);
        assertThat(right.score().parsedTasks()).isEqualTo(Corpus.importedJson(dir.resolve("a-plan.txt")).get("tasks").size());
        // the same document: the golden with a wrong unit scores lower on unit-role pairs, not on tasks
        assertThat(wrong.score().taskF1()).isEqualTo(right.score().taskF1());
        assertThat(wrong.score().pairRecall()).isLessThan(right.score().pairRecall());
    }

    @Test
    void aGoldenWithoutItsDocumentIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lonely.expected.json"), golden("市商务局"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ParserEvaluation.evaluateFolder(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("lonely.expected.json");
    }
}
