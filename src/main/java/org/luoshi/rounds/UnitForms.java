package org.luoshi.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/** Makes the forms of a round: what each unit's form holds. */
public final class UnitForms {
    private UnitForms() {
    }

    /**
     * {@code unit}'s form of {@code round}.
     *
     * @param workspace the workspace's identity (kept in the form)
     * @param fitCell   what a cell will hold of a text (the writer's cut of over-long text), so that
     *                  the fingerprint of the locked cells is of what the file holds
     */
    public static UnitForm of(RoundScope scope, Round round, String unit, String workspace, UnaryOperator<String> fitCell) {
        Plan plan = scope.plan();
        List<UnitForm.Group> groups = new ArrayList<>();
        List<UnitForm.ContextRow> context = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> prints = new ArrayList<>();
        for (Map.Entry<Role, List<Task>> e : scope.tasksOf(unit).entrySet()) {
            List<UnitForm.Row> rows = new ArrayList<>();
            for (Task t : e.getValue()) {
                UnitForm.Row row = new UnitForm.Row(t.id(), fitCell.apply(seq(t)), fitCell.apply(t.text()),
                        fitCell.apply(FormWords.role(e.getKey())), fitCell.apply(leads(t)),
                        fitCell.apply(limit(t)), fitCell.apply(last(t, unit)));
                rows.add(row);
                ids.add(t.id());
                prints.add(FormIdentity.print(row.lockedCells()));
                if (e.getKey() == Role.LEAD) {
                    for (String coop : RoundScope.cooperating(t)) {
                        ProgressEntry p = latestBy(t, coop);
                        if (p != null) {
                            context.add(new UnitForm.ContextRow(seq(t), t.text(), coop, p.date(), p.percent(), p.text()));
                        }
                    }
                }
            }
            groups.add(new UnitForm.Group(e.getKey(), rows));
        }
        FormIdentity identity = new FormIdentity(workspace, plan.id(), round.id(), round.token(), unit, ids, prints);
        return new UnitForm(plan.displayTitle(), plan.docNumber() == null ? "" : plan.docNumber(), unit,
                round.period(), round.due(), round.contact(), groups, context, identity);
    }

    /** The task's number as printed, else its place in the plan. */
    public static String seq(Task t) {
        return t.number() != null && !t.number().isBlank() ? t.number() : String.valueOf(t.seq());
    }

    private static String leads(Task t) {
        List<String> leads = t.unitNames(Role.LEAD);
        return String.join("、", leads.isEmpty() ? t.unitNames(Role.RESPONSIBLE) : leads);
    }

    private static String limit(Task t) {
        return String.join("；", t.deadlines().stream().map(Deadline::raw).toList());
    }

    /** 上期进展: the unit's own latest report, else the task's latest entry. */
    static String last(Task t, String unit) {
        ProgressEntry p = latestBy(t, unit);
        if (p == null) {
            p = t.latestProgress();
        }
        if (p == null) {
            return "";
        }
        return FormWords.date(p.date()) + "，" + p.percent() + "%" + (p.text().isBlank() ? "" : "：" + p.text());
    }

    /** The latest entry {@code unit} reported on the task, or null. */
    static ProgressEntry latestBy(Task t, String unit) {
        ProgressEntry latest = null;
        for (ProgressEntry p : t.progress()) {
            if (unit.equals(p.unit()) && (latest == null || p.date().compareTo(latest.date()) > 0
                    || p.date().equals(latest.date()) && p.id() > latest.id())) {
                latest = p;
            }
        }
        return latest;
    }
}
