package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;

/**
 * A table printed one row a line with space-separated cells reads back cell for cell, whatever
 * the number of spaces between cells, a space inside a task's text, or blank lines between rows.
 */
class SpacedRowTableProperties {
    private static final String[] UNITS = {"市发展改革委", "市财政局", "市商务局", "市人社局", "各区人民政府", "市教育局"};
    private static final String[] TEXTS = {"推进政务服务标准化建设。", "深化营商环境评价工作", "加快城市更新行动，统筹老旧小区改造。",
        "公路投资1.65万亿元", "再开工20项重大水利工程"};
    private static final String[] LIMITS = {"2024年6月底前", "持续推进", "2025年底前", "每季度"};

    record Row(String text, String lead, List<String> cooperating, String limit) {
    }

    @Provide
    Arbitrary<Row> row() {
        Arbitrary<String> text = Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.of(TEXTS), Arbitraries.of(true, false))
                .as((a, b, spaced) -> spaced ? a + " " + b : a + b);
        return Combinators.combine(text, Arbitraries.of(UNITS),
                Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(3).uniqueElements(), Arbitraries.of(LIMITS))
                .as(Row::new);
    }

    @Property(tries = 60)
    void spacedRowsReadAsTheirCells(@ForAll("rows") List<Row> rows, @ForAll("gaps") String gap, @ForAll boolean blankLines) {
        StringBuilder text = new StringBuilder("关于印发重点工作分工的通知\n\n");
        text.append(String.join(gap, "序号", "重点任务", "牵头单位", "配合单位", "完成时限")).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            text.append(String.join(gap, String.valueOf(i + 1), r.text(), r.lead(), String.join("、", r.cooperating()), r.limit()))
                    .append(blankLines ? "\n\n" : "\n");
        }
        List<DocumentTable> tables = new FlatTableFinder().find(text.toString());
        assertThat(tables).hasSize(1);
        var read = tables.get(0).rows();
        assertThat(read).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertThat(read.get(i + 1).cells()).extracting(TableCell::text).containsExactly(String.valueOf(i + 1), r.text(),
                    r.lead(), String.join("、", r.cooperating()), r.limit());
        }
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return row().list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> gaps() {
        return Arbitraries.of(" ", "  ", "\u3000", " \u3000 ");
    }
}
