package org.luoshi.edit;

import java.util.HashSet;
import java.util.Set;

/**
 * What an edit (or its undo) changed, so the window reads back just that: single tasks, whole
 * plans (tasks added or removed), or the list of plans (a plan added, removed or renamed). The
 * focus is where the user's eye should go afterwards (0: stay).
 */
public record Change(Set<Long> tasks, Set<Long> plans, boolean planList, long focusPlan, long focusTask) {

    public Change {
        tasks = Set.copyOf(tasks);
        plans = Set.copyOf(plans);
    }

    /** One task of {@code planId} changed in place. */
    public static Change task(long planId, long taskId) {
        return new Change(Set.of(taskId), Set.of(), false, planId, taskId);
    }

    /** Tasks were added to or removed from {@code planId}; {@code focusTask} may be 0. */
    public static Change plan(long planId, long focusTask) {
        return new Change(Set.of(), Set.of(planId), false, planId, focusTask);
    }

    /** A plan was added, removed or renamed; look at {@code focusPlan} (0: the plan on show, or the first). */
    public static Change planList(long planId, long focusPlan) {
        return new Change(Set.of(), Set.of(planId), true, focusPlan, 0);
    }

    /** Both changes (several edits applied together). */
    public Change and(Change other) {
        Set<Long> t = new HashSet<>(tasks);
        t.addAll(other.tasks);
        Set<Long> p = new HashSet<>(plans);
        p.addAll(other.plans);
        return new Change(t, p, planList || other.planList, other.focusPlan != 0 ? other.focusPlan : focusPlan,
                other.focusTask != 0 ? other.focusTask : focusTask);
    }
}
