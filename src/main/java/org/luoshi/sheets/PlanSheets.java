package org.luoshi.sheets;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.paper.Orientation;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.sheets.layout.Align;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetColumn;
import org.luoshi.sheets.layout.SheetRow;

/**
 * The whole plan's 分工总表: every task under its part and section headings, with every unit in its
 * role. Columns 序号 | 任务内容 | 牵头单位 | 责任单位 | 配合单位 | 完成时限 | 进展情况 | 备注.
 */
public final class PlanSheets {
    private PlanSheets() {
    }

    public static Sheet of(Plan plan, SheetOptions options) {
        List<SheetRow> rows = new ArrayList<>();
        add(PlanOutline.of(plan, DocumentTexts.get("plan.others")), rows);
        Orientation orientation = options.orientation() != null ? options.orientation() : Orientation.LANDSCAPE;
        return new Sheet(SheetTexts.heading(DocumentTexts.get("sheets.plan.title"), plan, options), columns(), rows,
                orientation);
    }

    private static void add(List<OutlineRow> outline, List<SheetRow> rows) {
        for (OutlineRow row : outline) {
            if (row.kind() == OutlineRow.Kind.TASK) {
                rows.add(new SheetRow.Entry(List.of(
                        row.number(),
                        row.text(),
                        row.lead(),
                        row.responsible(),
                        row.cooperating(),
                        DeadlineText.of(row.task().deadlines()),
                        SheetTexts.progress(row.task()),
                        "")));
            } else {
                rows.add(new SheetRow.Group(row.number() + row.text()));
                add(row.children(), rows);
            }
        }
    }

    static List<SheetColumn> columns() {
        return List.of(
                SheetColumn.fixed(DocumentTexts.get("sheets.column.number"), 34, Align.CENTER),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.task"), 10),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.lead"), 3),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.responsible"), 3.2),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.cooperating"), 3.6),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.deadline"), 3.4),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.progress"), 3.2),
                SheetColumn.weighted(DocumentTexts.get("sheets.column.remarks"), 2));
    }
}
