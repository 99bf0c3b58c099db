package org.luoshi.edit;

import java.util.List;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Corrects a progress entry's date, percent or text. */
final class ChangeProgress extends ChangeTaskItem<ProgressEntry> {
    ChangeProgress(String description, long taskId, ProgressEntry seen, ProgressEntry changed) {
        super(description, taskId, seen, changed);
    }

    @Override
    Row row() {
        return Row.PROGRESS;
    }

    @Override
    String show(ProgressEntry e) {
        return (e.date() + " " + e.percent() + "% " + e.text()).strip();
    }

    @Override
    List<ProgressEntry> itemsOf(Task task) {
        return task.progress();
    }

    @Override
    long idOf(ProgressEntry e) {
        return e.id();
    }

    @Override
    void write(Workspace ws, ProgressEntry e) {
        ws.tasks().updateProgress(e);
    }

    @Override
    String itemName() {
        return "progress entry";
    }
}
