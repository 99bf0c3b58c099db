package org.luoshi.sheets.layout;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.paper.Orientation;

/** Sheets and labels made by hand for layout tests. */
final class TestSheets {
    static final PageLabels LABELS = new PageLabels() {
        @Override
        public String footer(int page, int pages) {
            return "第 " + page + " 页 共 " + pages + " 页";
        }

        @Override
        public String continuedRow(String number) {
            return number + "（续）";
        }

        @Override
        public String runningHead(String title) {
            return title + "（续）";
        }
    };

    static final List<SheetColumn> COLUMNS = List.of(
            SheetColumn.fixed("序号", 34, Align.CENTER),
            SheetColumn.weighted("任务内容", 8),
            SheetColumn.weighted("完成时限", 2));

    private TestSheets() {
    }

    /** {@code n} task rows; row i's text is {@code 1 + i % 5} × 40 characters of 务 (several lines each). */
    static Sheet tasks(int n) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(entry(i + 1, "务".repeat(40 * (1 + i % 5))));
        }
        return new Sheet(heading(), COLUMNS, rows, Orientation.PORTRAIT);
    }

    static SheetRow.Entry entry(int number, String text) {
        return new SheetRow.Entry(List.of(String.valueOf(number), text, "6月底前"));
    }

    static SheetHeading heading() {
        return new SheetHeading("某单位任务分工表", "某方案", "文号：晋政办发〔2023〕1号", "制表日期：2023年2月1日");
    }
}
