package org.luoshi.history.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.history.HistoryExport;
import org.luoshi.history.HistoryStep;
import org.luoshi.history.TaskHistoryLine;
import org.luoshi.i18n.Messages;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/** A task's or a plan's history, newest first, and its export. */
public final class HistoryReads {
    private HistoryReads() {
    }

    /**
     * The steps that changed the task, newest first. A deleted task's history still reads.
     *
     * @throws IllegalArgumentException for an id that names no task and has no history
     */
    public static UseCase<List<HistoryStep>> ofTask(long taskId) {
        return session -> {
            Workspace ws = session.workspace();
            List<HistoryStep> steps = ws.history().ofTask(taskId);
            if (steps.isEmpty() && ws.tasks().load(taskId).isEmpty()) {
                throw new IllegalArgumentException(Messages.get("history.error.unknownTask", taskId));
            }
            return steps;
        };
    }

    /**
     * The steps that changed tasks of the plan, newest first.
     *
     * @throws IllegalArgumentException for an id that names no plan and has no history
     */
    public static UseCase<List<HistoryStep>> ofPlan(long planId) {
        return session -> {
            Workspace ws = session.workspace();
            List<HistoryStep> steps = ws.history().ofPlan(planId);
            if (steps.isEmpty() && ws.plans().load(planId).isEmpty()) {
                throw new IllegalArgumentException(Messages.get("history.error.unknownPlan", planId));
            }
            return steps;
        };
    }

    /** Lines of steps, one per entry, newest step first. */
    public static List<TaskHistoryLine> lines(List<HistoryStep> steps) {
        List<TaskHistoryLine> lines = new ArrayList<>();
        steps.forEach(s -> lines.addAll(TaskHistoryLine.of(s)));
        return lines;
    }

    /**
     * Writes a task's ({@code taskId} non-zero) or a plan's history to {@code target}: .xlsx when its
     * name ends so, else .csv (UTF-8 with a byte-order mark, so Excel reads the Chinese). Returns
     * how many lines were written.
     */
    public static UseCase<Integer> export(long taskId, long planId, Path target) {
        return session -> {
            List<HistoryStep> steps = taskId != 0 ? ofTask(taskId).run(session) : ofPlan(planId).run(session);
            List<TaskHistoryLine> lines = lines(steps);
            if (HistoryExport.isXlsx(target)) {
                HistoryExport.xlsx(lines, target);
            } else {
                HistoryExport.csv(lines, target);
            }
            return lines.size();
        };
    }
}
