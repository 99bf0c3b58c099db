package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.ParserEvaluation.DocumentResult;
import org.luoshi.importer.ParserEvaluation.Report;
import org.luoshi.importer.ParserEvaluation.Score;

/**
 * A guard on the evaluation, not a pass/fail on the layout documents: the evaluation runs over every
 * corpus document through the real pipeline, scores the golden files perfectly against themselves
 * and badly against wrong answers, keeps the held-out documents apart, and the documents the importer
 * reads well today stay at their figures (all 1.00).
 */
class ParserEvaluationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Report report;

    @BeforeAll
    static void evaluate() throws IOException {
        report = ParserEvaluation.evaluate();
    }

    @Test
    void documentsReadWellTodayStayExact() {
        assertThat(report.readWell()).hasSize(Corpus.DOCUMENTS.size());
        for (DocumentResult d : report.readWell()) {
            Score s = d.score();
            assertThat(d.note()).as(d.name()).isEmpty();
            assertThat(new double[] {s.taskF1(), s.pairF1(), s.deadlineF1(), s.numbers()}).as(d.name())
                    .containsOnly(1.0);
        }
        assertThat(Report.pooled(report.readWell()).expectedTasks()).isEqualTo(172);
    }

    @Test
    void everyLayoutDocumentIsScoredInItsGroup() {
        assertThat(report.tuning().size() + report.heldOut().size()).isEqualTo(Corpus.LAYOUT_DOCUMENTS.size());
        assertThat(report.heldOut()).allSatisfy(d -> assertThat(d.name()).matches("holdout14b?-.*"));
        assertThat(report.tuning()).allSatisfy(d -> assertThat(d.name()).startsWith("i14-"));
        for (DocumentResult d : concat(report.tuning(), report.heldOut())) {
            assertThat(d.score().expectedTasks()).as(d.name()).isPositive();
        }
        assertThat(report.goals()).hasSize(5 + 3 * Corpus.LATER_SETS.size());
    }

    @Test
    void everyLaterHeldOutSetIsScoredApart() {
        assertThat(report.laterSets()).hasSameSizeAs(Corpus.LATER_SETS);
        Set<String> earlier = concat(report.tuning(), report.heldOut()).stream().map(DocumentResult::name)
                .collect(Collectors.toSet());
        for (ParserEvaluation.SetResult r : report.laterSets()) {
            assertThat(r.documents()).hasSameSizeAs(r.set().documents());
            assertThat(r.documents()).allSatisfy(d -> {
                assertThat(d.name()).startsWith(r.set().prefix());
                assertThat(earlier).doesNotContain(d.name());
                assertThat(d.score().expectedTasks()).as(d.name()).isPositive();
            });
        }
        assertThat(Report.pooled(report.laterSets().get(0).documents()).expectedTasks()).isEqualTo(103);
        assertThat(Report.pooled(report.laterSets().get(1).documents()).expectedTasks()).isEqualTo(12);
    }

    @Test
    void theCorpusHoldsTablesInSeveralContainersAndEveryOfficeLevel() {
        Set<String> tableContainers = Corpus.LAYOUT_DOCUMENTS.stream().filter(LayoutDocument::table)
                .map(d -> d.extension() + ":" + d.layout().split(",")[0]).collect(Collectors.toSet());
        assertThat(tableContainers).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Corpus.LAYOUT_DOCUMENTS.stream().map(LayoutDocument::office).collect(Collectors.toSet()))
                .contains("national", "provincial", "city", "district");
    }

    @Test
    void aGoldenFileScoresFullMarksAgainstItself() throws IOException {
        List<LayoutDocument> all = new java.util.ArrayList<>(Corpus.LAYOUT_DOCUMENTS);
        Corpus.LATER_SETS.forEach(set -> all.addAll(set.documents()));
        for (LayoutDocument d : all) {
            JsonNode tasks = Corpus.expectedJson(d.name()).get("tasks");
            Score s = ParserEvaluation.score(tasks, tasks);
            assertThat(new double[] {s.taskF1(), s.pairF1(), s.deadlineF1(), s.numbers()}).as(d.name())
                    .containsOnly(1.0);
        }
    }

    @Test
    void missedTasksWrongUnitsAndExtraDeadlinesLowerTheirFigures() throws IOException {
        JsonNode expected = MAPPER.readTree("""
                [{"seq":1,"number":"1","text":"推进产业协同创新。持续完善制造业协同创新体系","lead":["省工业和信息化厅"],
                  "responsible":[],"cooperating":[],"othersIncluded":false,"deadlines":[]},
                 {"seq":2,"number":"2","text":"完善数据要素制度体系","lead":["省政务和数据局"],"responsible":["省国资委"],
                  "cooperating":[],"othersIncluded":true,"deadlines":[]}]""");
        JsonNode parsed = MAPPER.readTree("""
                [{"seq":1,"number":"1","text":"推进产业协同创新","lead":[],"responsible":["省工业和信息化厅牵头"],
                  "cooperating":[],"othersIncluded":false,
                  "deadlines":[{"raw":"2年内","kind":"WITHIN","years":2}]}]""");
        Score s = ParserEvaluation.score(expected, parsed);
        assertThat(s.foundTasks()).isEqualTo(1); // the task cell alone begins the golden text
        assertThat(s.taskRecall()).isEqualTo(0.5);
        assertThat(s.taskPrecision()).isEqualTo(1.0);
        assertThat(s.pairRecall()).isZero();
        assertThat(s.pairPrecision()).isZero();
        assertThat(s.deadlinePrecision()).isZero();
        assertThat(ParserEvaluation.score(expected, MAPPER.createArrayNode()).taskF1()).isZero();
    }

    @Test
    void textsCompareWithoutWhitespaceAndPunctuationOfEitherWidth() {
        assertThat(ParserEvaluation.normalised("1. 实施关键核心技术攻关\n优化鹏城、广州（共建）。"))
                .isEqualTo(ParserEvaluation.normalised("1．实施关键核心技术攻关 优化鹏城,广州(共建)."))
                .isEqualTo("1实施关键核心技术攻关优化鹏城广州共建");
    }

    private static List<DocumentResult> concat(List<DocumentResult> a, List<DocumentResult> b) {
        Set<String> seen = new HashSet<>();
        return java.util.stream.Stream.concat(a.stream(), b.stream()).filter(d -> seen.add(d.name())).toList();
    }
}
