package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.reminders.SamplePlanFixture;

/**
 * What another client's change of a plan the window holds becomes: the tasks changed in place when
 * nothing else of the plan changed (as after one's own edit), else the whole plan.
 */
class OthersReadTest {
    /** The sample plan with ids, as a window holds it after reading it. */
    private static Plan held() {
        Plan p = SamplePlanFixture.plan();
        List<Task> numbered = new ArrayList<>();
        for (int i = 0; i < p.tasks().size(); i++) {
            numbered.add(p.tasks().get(i).withId(1000 + i));
        }
        return p.withId(7, numbered);
    }

    @Test
    void tasksChangedInPlaceAreThoseTasksOnly() {
        Plan held = held();
        Task t29 = SamplePlanFixture.task(held, "29");
        Task t3 = SamplePlanFixture.task(held, "3");
        Plan now = held.withTask(t29.withText("张三改写的第29项")).withTask(t3.withStatus(TaskStatus.DONE));
        assertThat(OthersRead.changedInPlace(held, now)).extracting(Task::id).containsExactly(t3.id(), t29.id());
        assertThat(OthersRead.changedInPlace(held, held)).isEmpty();
    }

    @Test
    void aTaskAddedRemovedOrMovedOrThePlanRenamedIsAWholePlan() {
        Plan held = held();
        List<Task> fewer = new ArrayList<>(held.tasks());
        fewer.remove(5);
        assertThat(OthersRead.changedInPlace(held, held.withTasks(fewer))).isNull();
        List<Task> swapped = new ArrayList<>(held.tasks());
        java.util.Collections.swap(swapped, 1, 2);
        assertThat(OthersRead.changedInPlace(held, held.withTasks(swapped))).isNull();
        assertThat(OthersRead.changedInPlace(held, held.withTitle("改名后的方案"))).isNull();
        Task t29 = SamplePlanFixture.task(held, "29");
        assertThat(OthersRead.changedInPlace(held, held.withTitle("改名后的方案").withTask(t29.withText("改"))))
                .as("a task changed and the title too").isNull();
    }
}
