package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit cell that carries a second list under a label of its own: the city's units, then {@code 省牵头单位:省农业农村厅}
 * on the next line (holdout14i 杭州 2021, a city's share of the province's tasks). The labelled list takes the role
 * its label names (牵头单位 → lead, whatever level it names), the unlabelled text before it the column's.
 */
final class LabelledUnitFields {
    /** One piece of a cell: its text and the column its label names (null for the unlabelled text first). */
    record Field(TableColumn column, String text) {
    }

    /** A label at the cell's start or after a space or line break: 省牵头单位: / 配合部门：, at most eight characters. */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[\\s\\u3000]))([^\\s\\u3000:：，,、；;。]{2,8})[:：]");

    private LabelledUnitFields() {
    }

    /** The cell's fields in order, or a single unlabelled field when no unit label stands in it. */
    static List<Field> split(String cell) {
        List<Field> out = new ArrayList<>();
        Matcher m = LABEL.matcher(cell);
        int textFrom = 0;
        TableColumn current = null;
        while (m.find()) {
            Optional<TableColumn> column = TableColumn.of(m.group(1));
            if (column.isEmpty() || !column.get().holdsUnits() || !m.group(1).endsWith("单位") && !m.group(1).endsWith("部门")) {
                continue;
            }
            add(out, current, cell.substring(textFrom, m.start()));
            current = column.get();
            textFrom = m.end();
        }
        add(out, current, cell.substring(textFrom));
        return out;
    }

    /** Whether the cell holds a unit label anywhere. */
    static boolean labelled(String cell) {
        List<Field> fields = split(cell);
        return fields.size() > 1 || !fields.isEmpty() && fields.get(0).column() != null;
    }

    private static void add(List<Field> out, TableColumn column, String text) {
        String t = text.strip();
        if (!t.isEmpty() || column != null) {
            out.add(new Field(column, t));
        }
    }
}
