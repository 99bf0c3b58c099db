package org.luoshi.report.ledger;

import java.util.List;

/**
 * A 工作台账 ready to write: sheets of rows of text under their headers.
 *
 * @param title  the workbook's title (工作台账)
 * @param sheets one per plan, or one for all plans
 */
public record Ledger(String title, List<Sheet> sheets) {
    public Ledger {
        sheets = List.copyOf(sheets);
    }

    /** A column as written: its header and its share of the page's width, against the others'. */
    public record Column(String header, int width) {
    }

    /**
     * One worksheet.
     *
     * @param name     the tab's name (the plan's title, or 全部方案)
     * @param title    the title row above the table
     * @param subtitle the line under it (文号, the day it was made)
     * @param rows     each row's cells, one per column
     */
    public record Sheet(String name, String title, String subtitle, List<Column> columns, List<List<String>> rows) {
        public Sheet {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public List<String> headers() {
            return columns.stream().map(Column::header).toList();
        }
    }

    public int taskCount() {
        return sheets.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
