package org.luoshi.edit;

import java.util.Set;
import org.luoshi.storage.Workspace;

/**
 * One user edit that can be undone (Scene Builder's Job). {@link EditHistory} runs each step inside
 * one workspace transaction, so an edit is stored whole or not at all. An edit reads the value it
 * replaces when it runs, not when it is made, so undo restores what was stored.
 */
public interface Edit {

    /** What the edit does, for the Undo and Redo menu items ("修改任务 29 的状态"). */
    String description();

    Change execute(Workspace ws);

    Change undo(Workspace ws);

    /**
     * The tasks the edit is about to change, known before it runs, so that the history can say what
     * each held before and after ({@link org.luoshi.history.TaskDiff}). Empty unless the edit says:
     * then the history names the tasks of the {@link Change} the edit returns with its
     * {@link #record()} sentence alone (and a task it added, its focus, as added).
     */
    default Set<Long> tasks() {
        return Set.of();
    }

    /** The sentence the history keeps for the edit; its description unless the edit says more. */
    default String record() {
        return description();
    }

    /** Does the edit again after an undo; the same as {@link #execute} unless the edit says otherwise. */
    default Change redo(Workspace ws) {
        return execute(ws);
    }
}
