package org.luoshi.sheets;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.sheets.layout.SheetHeading;

/** Cell and heading texts both kinds of sheet share. */
final class SheetTexts {
    private SheetTexts() {
    }

    /** The heading: title, the plan's title, 文号 on the left and 制表日期 on the right. */
    static SheetHeading heading(String title, Plan plan, SheetOptions options) {
        String doc = plan.docNumber() == null || plan.docNumber().isBlank() ? ""
                : DocumentTexts.get("sheets.meta.docNumber", plan.docNumber());
        return new SheetHeading(title, plan.displayTitle(), doc,
                DocumentTexts.get("sheets.meta.madeOn", DocumentTexts.date(options.madeOn())));
    }

    /** The 进展情况 cell: the latest progress entry, or blank to be filled in by hand. */
    static String progress(Task task) {
        ProgressEntry latest = task.latestProgress();
        if (latest == null) {
            return "";
        }
        String date = DocumentTexts.date(latest.date());
        return latest.text().isBlank() ? DocumentTexts.get("sheets.progress.percentOnly", date, latest.percent())
                : DocumentTexts.get("sheets.progress.entry", date, latest.text().strip(), latest.percent());
    }

    /** How the plan numbers the task ("29"), or its position if it has no number. */
    static String number(Task task) {
        return task.number() == null || task.number().isBlank() ? String.valueOf(task.seq()) : task.number();
    }

    /** Each task's outline row: its lead, responsible and cooperating units in words, 等 in place. */
    static Map<Task, OutlineRow> unitTexts(Plan plan) {
        Map<Task, OutlineRow> byTask = new IdentityHashMap<>();
        collect(PlanOutline.of(plan, DocumentTexts.get("plan.others")), byTask);
        return byTask;
    }

    private static void collect(List<OutlineRow> rows, Map<Task, OutlineRow> byTask) {
        for (OutlineRow row : rows) {
            if (row.kind() == OutlineRow.Kind.TASK) {
                byTask.put(row.task(), row);
            }
            collect(row.children(), byTask);
        }
    }
}
