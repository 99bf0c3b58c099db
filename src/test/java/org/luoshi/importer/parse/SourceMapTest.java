package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.importer.Corpus;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Task;

/** The source map accounts for every character of the documents and places tasks, clauses and deadlines. */
class SourceMapTest {
    private final PlanParser parser = new PlanParser();

    static List<String> documents() {
        return Corpus.DOCUMENTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyCharacterIsAccountedForOnce(String name) throws IOException {
        String text = Corpus.text(name);
        ParsedPlan parsed = parser.parse(text);
        assertThat(TextAccounting.problems(text, parsed)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void deadlineSpansShowTheirRawPhrase(String name) throws IOException {
        String text = Corpus.text(name);
        ParsedPlan parsed = parser.parse(text);
        for (SourceSpan s : parsed.sourceMap().deadlinePhrases()) {
            Task task = parsed.plan().tasks().get(s.task() - 1);
            assertThat(task.deadlines()).extracting(Deadline::raw).contains(text.substring(s.start(), s.end()));
        }
    }

    @Test
    void clausesAndLabelsOfTheSample() throws IOException {
        String text = Corpus.text("shanxi-2023-1");
        ParsedPlan parsed = parser.parse(text);
        SourceMap map = parsed.sourceMap();
        List<SourceSpan> t2 = map.spansOf(2);
        assertThat(t2).extracting(SourceSpan::kind).containsExactly(SpanKind.LABEL, SpanKind.TASK_TEXT, SpanKind.CLAUSE);
        assertThat(text.substring(t2.get(0).start(), t2.get(0).end())).isEqualTo("2．");
        assertThat(text.substring(t2.get(2).start(), t2.get(2).end()))
                .isEqualTo("（省市场监管局牵头，省住建厅、省人社厅、省地方金融监管局、省财政厅等相关部门配合）");
        assertThat(map.firstLine(2)).isEqualTo(19);
        assertThat(map.lastLine(2)).isEqualTo(19);
        assertThat(map.deadlinePhrases()).filteredOn(s -> s.task() == 29)
                .extracting(s -> text.substring(s.start(), s.end())).containsExactly("2023年3月底前", "6月底前");
        assertThat(map.spans()).first().extracting(SourceSpan::kind).isEqualTo(SpanKind.FRONT_MATTER);
        assertThat(map.spans()).filteredOn(s -> s.kind() == SpanKind.HEADING).hasSize(3 + 21);
    }

    @Test
    void aTaskOverSeveralLinesEndsOnItsLastLine() {
        ParsedPlan parsed = parser.parse("一、重点任务\n1．推进政务云资源整合。\n牵头单位：省大数据局\n完成时限：2024年6月底前\n2．下一项。（省财政厅负责）\n");
        assertThat(parsed.sourceMap().firstLine(1)).isEqualTo(2);
        assertThat(parsed.sourceMap().lastLine(1)).isEqualTo(4);
        assertThat(parsed.sourceMap().firstLine(2)).isEqualTo(5);
        assertThat(parsed.sourceMap().lastLine(3)).as("no such task").isZero();
    }

    @Test
    void aPlanBuiltElsewhereHasAnEmptyMap() {
        ParsedPlan parsed = new ParsedPlan(parser.parse("").plan(), List.of());
        assertThat(parsed.sourceMap().spans()).isEmpty();
        assertThat(parsed.sourceMap()).isSameAs(SourceMap.empty());
    }

    @Test
    void spanKindsOfAPlanWithEverything() {
        String text = """
                关于印发方案的通知
                一、总体要求
                （一）指导思想。以新思想为指导。
                二、重点任务
                （三）推进A（省发改委负责），推进B（省财政厅负责）。
                山西省人民政府办公厅
                2023年1月20日
                """;
        ParsedPlan parsed = parser.parse(text);
        String kinds = parsed.sourceMap().spans().stream()
                .map(s -> s.kind() + ":" + text.substring(s.start(), s.end())).collect(Collectors.joining(" | "));
        assertThat(kinds).isEqualTo("FRONT_MATTER:关于印发方案的通知 | HEADING:一、总体要求 | HEADING:（一）指导思想。 | "
                + "BODY_TEXT:以新思想为指导。 | HEADING:二、重点任务 | LABEL:（三） | TASK_TEXT:推进A | CLAUSE:（省发改委负责） | "
                + "SEPARATOR:， | TASK_TEXT:推进B | CLAUSE:（省财政厅负责） | TASK_TEXT:。 | SIGNATURE:山西省人民政府办公厅 | SIGNATURE:2023年1月20日");
        assertThat(TextAccounting.problems(text, parsed)).isEmpty();
    }
}
