package org.luoshi.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * A plan as the task sheets (分工表) print it once extensions are approved: the 完成时限 cell keeps the original
 * limit, marked 原定, and gives the adjusted date under it — "原定：6月底前（2023年6月30日）" / "调整后：2023年9月30日".
 * Whatever the office's rule, a sheet shows both. Only for printing: the plan itself is not changed.
 */
public final class SheetDates {
    private SheetDates() {
    }

    public static Plan of(Plan plan, EffectiveDeadlines deadlines) {
        if (deadlines.isEmpty()) {
            return plan;
        }
        List<Task> tasks = new ArrayList<>(plan.tasks().size());
        boolean changed = false;
        for (Task t : plan.tasks()) {
            Task shown = of(t, deadlines);
            changed |= shown != t;
            tasks.add(shown);
        }
        return changed ? plan.withTasks(tasks) : plan;
    }

    static Task of(Task task, EffectiveDeadlines deadlines) {
        List<EffectiveDeadlines.Adjustment> moves = deadlines.adjustments(task.id());
        if (moves.isEmpty()) {
            return task;
        }
        List<Deadline> out = new ArrayList<>();
        boolean changed = false;
        for (Deadline d : task.deadlines()) {
            Optional<EffectiveDeadlines.Adjustment> move = moves.stream()
                    .filter(a -> a.original() != null && a.original().equals(d.dueDate())).findFirst();
            if (move.isEmpty()) {
                out.add(d);
                continue;
            }
            changed = true;
            out.add(new Deadline(d.kind(), "原定：" + d.raw(), d.date(), d.start(), d.end(), d.amount(), d.spanUnit(),
                    d.recurrence(), d.month(), d.day()));
            out.add(Deadline.ongoing("调整后：" + FormDates.of(move.get().adjusted())));
        }
        return changed ? task.withDeadlines(out) : task;
    }
}
