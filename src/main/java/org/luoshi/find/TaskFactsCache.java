package org.luoshi.find;

import java.util.HashMap;
import java.util.Map;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Task;
import org.luoshi.requests.EffectiveDeadlines;

/**
 * Each task's dates and light for today, worked out once and kept until the task changes or the
 * lights' thresholds do. Not thread-safe: the window keeps it on the FX thread.
 */
public final class TaskFactsCache {
    private final Map<Long, TaskFacts> facts = new HashMap<>();
    private StatusLights lights;
    private EffectiveDeadlines deadlines = EffectiveDeadlines.NONE;

    public TaskFactsCache(StatusLights lights) {
        this.lights = lights;
    }

    public TaskFacts of(Task task, PlanRef plan) {
        TaskFacts f = facts.get(task.id());
        if (f == null || f.task() != task) {
            f = TaskFacts.of(task, plan, lights, deadlines);
            facts.put(task.id(), f);
        }
        return f;
    }

    public StatusLights lights() {
        return lights;
    }

    /** New thresholds (settings changed): every light is worked out again. */
    public void useLights(StatusLights changed) {
        lights = changed;
        facts.clear();
    }

    /** The dates that count (approved extensions under the office's rule) changed: every light is worked out again. */
    public boolean useDeadlines(EffectiveDeadlines changed) {
        if (changed.equals(deadlines)) {
            return false;
        }
        deadlines = changed;
        facts.clear();
        return true;
    }

    public EffectiveDeadlines deadlines() {
        return deadlines;
    }

    public void forget(long taskId) {
        facts.remove(taskId);
    }

    public void clear() {
        facts.clear();
    }
}
