package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.plan.Task;

/**
 * A table read from its cells and the same table flattened into text — one cell a line with
 * wrapped cells, page numbers and blank lines between rows, or tab-separated rows — give the
 * same tasks: texts, numbers, units in roles and deadlines.
 */
class FlatTableProperties {
    private static final String[] UNITS = {"市发展改革委", "市财政局", "市商务局", "市人社局", "市住建局", "市数据局",
        "市市场监管局", "各区人民政府", "市教育局", "市卫生健康委", "市公安局", "市交通运输局"};
    private static final String[] VERBS = {"推进", "完善", "深化", "加快", "持续开展", "组织实施", "全面推行"};
    private static final String[] OBJECTS = {"政务服务标准化建设", "营商环境评价工作", "城市更新行动", "数字政府建设",
        "老旧小区改造", "就业创业服务体系", "公共数据开放共享", "信用监管制度"};
    private static final String[] LIMITS = {"2024年6月底前", "2024年12月底前", "持续推进", "长期坚持", "2025年底前", "每季度"};
    private static final List<String> HEADER = List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限");

    /** A generated row: task text, lead, cooperating units, time limit, and where the text wraps. */
    record Row(String text, String lead, List<String> cooperating, String limit, int wrapAt) {
    }

    @Provide
    Arbitrary<Row> row() {
        Arbitrary<String> text = Combinators.combine(Arbitraries.of(VERBS), Arbitraries.of(OBJECTS),
                Arbitraries.of(OBJECTS)).as((v, a, b) -> v + a + "，" + "统筹" + b + "。");
        Arbitrary<List<String>> coop = Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        return Combinators.combine(text, Arbitraries.of(UNITS), coop, Arbitraries.of(LIMITS),
                Arbitraries.integers().between(0, 30)).as(Row::new);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return row().list().ofMinSize(1).ofMaxSize(40)
                .filter(rs -> rs.stream().allMatch(r -> !r.cooperating().contains(r.lead())));
    }

    @Property(tries = 60)
    void oneCellALineReadsAsTheTable(@ForAll("rows") List<Row> rows, @ForAll boolean blankLines,
            @ForAll boolean pageNumbers) {
        StringBuilder text = new StringBuilder("附件\n重点任务分工表\n");
        HEADER.forEach(h -> text.append(h).append('\n'));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String sep = blankLines ? "\n\n" : "\n";
            int cut = Math.max(2, Math.min(r.wrapAt(), r.text().length() - 2));
            text.append(i + 1).append(sep).append(r.text(), 0, cut).append('\n').append(r.text().substring(cut))
                    .append(sep).append(r.lead()).append(sep);
            List<String> coop = r.cooperating();
            // A long list wraps after a 、.
            int half = (coop.size() + 1) / 2;
            text.append(String.join("、", coop.subList(0, half)));
            text.append(half < coop.size() ? "、\n" + String.join("、", coop.subList(half, coop.size())) : "");
            text.append(sep).append(r.limit()).append(sep);
            if (pageNumbers && i % 7 == 6) {
                text.append("— ").append(i / 7 + 2).append(" —\n");
            }
        }
        List<DocumentTable> found = new FlatTableFinder().find(text.toString());
        assertThat(found).hasSize(1);
        assertSameTasks(read(found.get(0)), rows);
    }

    @Property(tries = 60)
    void tabSeparatedRowsReadAsTheTable(@ForAll("rows") List<Row> rows) {
        StringBuilder text = new StringBuilder(String.join("\t", HEADER)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            text.append(String.join("\t", String.valueOf(i + 1), r.text(), r.lead(), String.join("、", r.cooperating()),
                    r.limit())).append('\n');
        }
        List<DocumentTable> found = new FlatTableFinder().find(text.toString());
        assertThat(found).hasSize(1);
        assertSameTasks(read(found.get(0)), rows);
    }

    private static List<Task> read(DocumentTable table) {
        return new TaskTableReader().read(table, 1, 2024, ImportMonitor.NONE).orElseThrow().tasks();
    }

    private static void assertSameTasks(List<Task> tasks, List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            cells.add(List.of(String.valueOf(i + 1), r.text(), r.lead(), String.join("、", r.cooperating()), r.limit()));
        }
        List<Task> expected = new TaskTableReader().read(cells, 1, 1, 2024).orElseThrow().tasks();
        assertThat(tasks).hasSameSizeAs(expected);
        for (int i = 0; i < tasks.size(); i++) {
            Task a = tasks.get(i);
            Task e = expected.get(i);
            assertThat(a.number()).isEqualTo(e.number());
            assertThat(a.text()).isEqualTo(rows.get(i).text());
            assertThat(a.assignments()).isEqualTo(e.assignments());
            assertThat(a.deadlines()).isEqualTo(e.deadlines());
        }
    }
}
