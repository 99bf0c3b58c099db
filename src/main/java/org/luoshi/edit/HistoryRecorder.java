package org.luoshi.edit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;
import org.luoshi.history.TaskDiff;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/**
 * Writes the history step of an edit, inside the edit's transaction: reads the tasks the edit names
 * ({@link Edit#tasks()}) before it runs, again after, and stores who, when, what and each field's
 * change. An edit that touched no task leaves no step.
 */
final class HistoryRecorder {
    private final Supplier<String> person;
    private final Clock clock;

    HistoryRecorder(Supplier<String> person, Clock clock) {
        this.person = person;
        this.clock = clock;
    }

    /** What the named tasks hold before the edit runs. */
    Map<Long, Optional<Task>> before(Workspace ws, Edit edit) {
        Map<Long, Optional<Task>> before = new LinkedHashMap<>();
        // Another client's change of these tasks finishes first: what is read here is what the edit replaces.
        ws.versions().hold(org.luoshi.storage.RowVersions.Row.TASK, edit.tasks());
        for (long id : edit.tasks()) {
            before.put(id, ws.tasks().load(id));
        }
        return before;
    }

    /** Stores the step of an edit that ran and returned {@code change}; null when it touched no task. */
    HistoryStep record(Workspace ws, Edit edit, Map<Long, Optional<Task>> before, Change change) {
        List<HistoryEntry> entries = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Map.Entry<Long, Optional<Task>> b : before.entrySet()) {
            seen.add(b.getKey());
            Task was = b.getValue().orElse(null);
            Task now = ws.tasks().load(b.getKey()).orElse(null);
            List<TaskDiff.FieldChange> diff = TaskDiff.between(was, now);
            if (was == null && now == null) {
                continue;
            }
            Task any = now != null ? now : was;
            long plan = planOf(ws, b.getKey(), change, now);
            if (diff.isEmpty()) {
                entries.add(HistoryEntry.whole(any.id(), plan, any.label()));
            }
            for (TaskDiff.FieldChange f : diff) {
                entries.add(new HistoryEntry(any.id(), plan, any.label(), f.field(), f.before(), f.after()));
            }
        }
        for (long id : change.tasks()) {
            if (seen.add(id)) {
                ws.tasks().load(id).ifPresent(t -> entries.add(
                        HistoryEntry.whole(id, ws.tasks().planOf(id), t.label())));
            }
        }
        long focus = change.focusTask();
        if (focus != 0 && change.tasks().isEmpty() && !change.plans().isEmpty() && seen.add(focus)) {
            ws.tasks().load(focus).ifPresent(t -> {
                for (TaskDiff.FieldChange f : TaskDiff.between(null, t)) {
                    entries.add(new HistoryEntry(focus, change.focusPlan(), t.label(), f.field(), f.before(), f.after()));
                }
            });
        }
        if (entries.isEmpty()) {
            return null;
        }
        String who = person.get();
        return ws.history().add(new HistoryStep(0, LocalDateTime.now(clock).withNano(0),
                who == null ? "" : who, edit.record(), entries));
    }

    private static long planOf(Workspace ws, long taskId, Change change, Task now) {
        if (now != null) {
            return ws.tasks().planOf(taskId);
        }
        return change.focusPlan() != 0 ? change.focusPlan()
                : change.plans().stream().findFirst().orElse(0L);
    }
}
