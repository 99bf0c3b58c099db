package org.luoshi.chase.workspace;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.chase.ChaseHow;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;
import org.luoshi.session.UseCase;

/** Adding to and reading a task's chase log. */
public final class ChaseLog {
    private ChaseLog() {
    }

    /**
     * Adds an entry as an undoable edit; returns it with its id.
     *
     * @throws IllegalArgumentException (a message for the person) for an unknown task or nobody named
     */
    public static UseCase<ChaseEntry> add(long taskId, LocalDate date, ChaseHow how, String who, String said) {
        return session -> {
            Task task = session.workspace().tasks().load(taskId).orElseThrow(() ->
                    new IllegalArgumentException(Messages.get("chase.error.unknownTask", taskId)));
            AddChase edit = addEdit(task, date, how, who, said);
            session.apply(edit);
            return edit.stored();
        };
    }

    /**
     * The undoable edit that adds an entry to {@code task}'s log (the detail pane sends it).
     *
     * @throws IllegalArgumentException (a message for the person) when nobody is named
     */
    public static AddChase addEdit(Task task, LocalDate date, ChaseHow how, String who, String said) {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException(Messages.get("chase.error.noWho"));
        }
        ChaseEntry entry = new ChaseEntry(0, task.id(), date, how, who, said);
        return new AddChase(Messages.get("chase.edit.add", task.label()),
                "记录催办（任务 " + task.label() + "）：" + entry.line(), entry);
    }

    /**
     * The task's chase log, newest first.
     *
     * @throws IllegalArgumentException for an unknown task
     */
    public static UseCase<List<ChaseEntry>> of(long taskId) {
        return session -> {
            if (session.workspace().tasks().load(taskId).isEmpty()) {
                throw new IllegalArgumentException(Messages.get("chase.error.unknownTask", taskId));
            }
            return session.workspace().chases().ofTask(taskId);
        };
    }
}
