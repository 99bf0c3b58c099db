package org.luoshi.find;

import java.time.LocalDate;
import org.luoshi.lights.StatusLight;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.TaskSchedule;
import org.luoshi.plan.Task;

/** A task with what the lists and filters ask of it, worked out once for today: its dates and its light. */
public record TaskFacts(Task task, PlanRef plan, TaskSchedule schedule, StatusLight light) {

    public static TaskFacts of(Task task, PlanRef plan, StatusLights lights) {
        LocalDate today = lights.today();
        TaskSchedule schedule = TaskSchedule.of(task, plan.issuedOn(), today);
        return new TaskFacts(task, plan, schedule, lights.of(task, schedule, today));
    }

    public static TaskFacts of(IndexedTask indexed, StatusLights lights) {
        return of(indexed.task(), indexed.plan(), lights);
    }
}
