package org.luoshi.find;

import java.time.LocalDate;
import org.luoshi.lights.StatusLight;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.TaskSchedule;
import org.luoshi.plan.Task;
import org.luoshi.requests.EffectiveDeadlines;

/** A task with what the lists and filters ask of it, worked out once for today: its dates and its light. */
public record TaskFacts(Task task, PlanRef plan, TaskSchedule schedule, StatusLight light) {

    public static TaskFacts of(Task task, PlanRef plan, StatusLights lights) {
        return of(task, plan, lights, EffectiveDeadlines.NONE);
    }

    /**
     * As {@link #of(Task, PlanRef, StatusLights)}, the dates and the light reckoned with the dates that count
     * ({@code deadlines}: approved extensions under the office's rule); the task itself keeps its original dates.
     */
    public static TaskFacts of(Task task, PlanRef plan, StatusLights lights, EffectiveDeadlines deadlines) {
        LocalDate today = lights.today();
        Task counting = deadlines.apply(task);
        TaskSchedule schedule = TaskSchedule.of(counting, plan.issuedOn(), today);
        return new TaskFacts(task, plan, schedule, lights.of(counting, schedule, today));
    }

    public static TaskFacts of(IndexedTask indexed, StatusLights lights) {
        return of(indexed.task(), indexed.plan(), lights);
    }
}
