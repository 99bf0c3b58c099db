package org.luoshi.importer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

class ReviewDraftTest {
    private ParsedPlan parsed;
    private ReviewDraft draft;

    @BeforeEach
    void parseSample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            parsed = new PlanParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        draft = new ReviewDraft(parsed);
    }

    @Test
    void untouchedDraftGivesBackThePlanAsParsed() {
        Plan plan = draft.toPlan();
        assertThat(plan.tasks()).hasSize(47);
        assertThat(plan.docNumber()).isEqualTo("晋政办发〔2023〕1号");
        for (int i = 0; i < 47; i++) {
            Task a = plan.tasks().get(i);
            Task b = parsed.plan().tasks().get(i);
            assertThat(a.assignments()).as("task %s", b.number()).isEqualTo(b.assignments());
            assertThat(a.deadlines()).isEqualTo(b.deadlines());
            assertThat(a.othersIncluded()).isEqualTo(b.othersIncluded());
            assertThat(a.text()).isEqualTo(b.text());
        }
    }

    @Test
    void editedUnitListsAreReadWithTheImporterRules() {
        DraftTask t = draft.tasks().get(17); // task 18
        t.setUnits(Role.LEAD, "省审批服务管理局");
        t.setUnits(Role.COOPERATING, "各市、县人民政府、省发展改革委等");
        Task out = draft.toPlan().tasks().get(17);
        assertThat(out.unitNames(Role.COOPERATING)).containsExactly("各市、县人民政府", "省发展改革委");
        assertThat(out.othersIncluded()).isTrue();
    }

    @Test
    void deadlinesAreEditedAsPhrasesAndUnreadablePhrasesChangeNothing() {
        DraftTask t = draft.tasks().get(28); // task 29
        assertThat(t.deadlineText()).isEqualTo("2023年3月底前；6月底前");
        assertThat(t.setDeadlineText("2023年3月底前；天晓得", draft.contextYear())).containsExactly("天晓得");
        assertThat(t.deadlines()).hasSize(2);
        assertThat(t.setDeadlineText("2023年9月底前；长期坚持", draft.contextYear())).isEmpty();
        assertThat(t.deadlines()).extracting(d -> d.kind()).containsExactly(DeadlineKind.BY, DeadlineKind.ONGOING);
        assertThat(t.deadlines().get(0).date()).hasToString("2023-09-30");
    }

    @Test
    void splitAndMergeTasks() {
        DraftTask t = draft.tasks().get(0);
        String text = t.text();
        int at = text.indexOf("稳步推进");
        int second = draft.split(0, at);
        assertThat(draft.tasks()).hasSize(48);
        assertThat(draft.tasks().get(0).text()).endsWith("并重，");
        assertThat(draft.tasks().get(second).text()).startsWith("稳步推进");
        assertThat(draft.tasks().get(second).units(Role.LEAD)).isEqualTo(t.units(Role.LEAD));
        Plan plan = draft.toPlan();
        assertThat(plan.tasks()).extracting(Task::seq).startsWith(1, 2, 3);
        assertThat(plan.tasks().get(1).number()).isNull();

        draft.mergeWithNext(0);
        assertThat(draft.tasks()).hasSize(47);
        assertThat(draft.tasks().get(0).text()).contains("稳步推进");
        assertThatThrownBy(() -> draft.split(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draft.mergeWithNext(46)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerFieldsAreEditable() {
        draft.setTitle("  新标题 ");
        draft.setDocNumber("");
        assertThat(draft.toPlan().title()).isEqualTo("新标题");
        assertThat(draft.toPlan().docNumber()).isNull();
    }

    @Test
    void sourceHighlightsShowTask29sClauseUnitsAndDeadlines() {
        List<Highlight> all = new SourceHighlighter().highlight(draft.source(), parsed.plan().tasks());
        int line29 = parsed.plan().tasks().get(28).sourceLine();
        String text = draft.source().lines().toList().get(line29 - 1);
        List<Highlight> on29 = all.stream().filter(h -> h.line() == line29).toList();
        assertThat(on29).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HighlightKind.TASK_LABEL);
            assertThat(text.substring(h.start(), h.end())).isEqualTo("29．");
        });
        assertThat(on29).filteredOn(h -> h.kind() == HighlightKind.DEADLINE)
                .extracting(h -> text.substring(h.start(), h.end())).containsExactly("2023年3月底前", "6月底前");
        assertThat(on29).filteredOn(h -> h.kind() == HighlightKind.RESPONSIBLE_UNIT)
                .extracting(h -> text.substring(h.start(), h.end())).containsExactly("省审批服务管理局", "省市场监管局");
        assertThat(on29).filteredOn(h -> h.kind() == HighlightKind.CLAUSE)
                .singleElement().satisfies(h -> assertThat(text.substring(h.start(), h.end())).startsWith("（省审批"));
        assertThat(on29).allSatisfy(h -> assertThat(h.taskSeq()).isEqualTo(29));
    }

    @Test
    void labelledLinesUnderATaskAreHighlightedFromTheSourceMap() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/corpus/synthetic-fengong-labelled.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReviewDraft labelled = new ReviewDraft(new PlanParser().parse(text));
        List<String> lines = text.lines().toList();
        int leadLine = lines.indexOf("　　牵头单位：省大数据局") + 1;
        int deadlineLine = lines.indexOf("　　完成时限：2024年6月底前") + 1;
        List<Highlight> marks = labelled.highlights();
        assertThat(marks).anySatisfy(h -> {
            assertThat(h.line()).isEqualTo(leadLine);
            assertThat(h.kind()).isEqualTo(HighlightKind.LEAD_UNIT);
            assertThat(lines.get(leadLine - 1).substring(h.start(), h.end())).isEqualTo("省大数据局");
        });
        assertThat(marks).anySatisfy(h -> {
            assertThat(h.line()).isEqualTo(deadlineLine);
            assertThat(h.kind()).isEqualTo(HighlightKind.DEADLINE);
        });
        assertThat(labelled.taskAtLine(deadlineLine)).isZero();

        labelled.split(0, 5);
        assertThat(labelled.taskAtLine(deadlineLine)).as("after a split the first half keeps the lines").isZero();
        assertThat(labelled.highlights()).anySatisfy(h -> assertThat(h.taskSeq()).isEqualTo(2));
    }

    @Test
    void aSourceLineLeadsToItsTask() {
        int line29 = parsed.plan().tasks().get(28).sourceLine();
        assertThat(SourceHighlighter.taskAtLine(parsed.plan().tasks(), draft.source(), line29)).isEqualTo(29);
        assertThat(SourceHighlighter.taskAtLine(parsed.plan().tasks(), draft.source(), 1)).isZero();
        assertThat(draft.taskAtLine(line29)).isEqualTo(28);
        assertThat(draft.taskAtLine(1)).isEqualTo(-1);
    }
}
