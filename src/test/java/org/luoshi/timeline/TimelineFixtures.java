package org.luoshi.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.app.SamplePlan;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** Plans and clocks for the timeline tests. */
public final class TimelineFixtures {
    public static final LocalDate ISSUED = LocalDate.of(2023, 1, 20);

    private TimelineFixtures() {
    }

    /** Lights seen on {@code day}. */
    public static StatusLights lightsOn(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return new StatusLights(Clock.fixed(day.atStartOfDay(zone).toInstant(), zone), LightThresholds.DEFAULT);
    }

    /**
     * The sample plan 晋政办发〔2023〕1号 as the app reads it, with the ids a workspace would give:
     * task id = its position, milestone id = 100 × task position + its index.
     */
    public static Plan sample() {
        Plan parsed = SamplePlan.parse().plan();
        List<Task> tasks = new ArrayList<>();
        for (Task t : parsed.tasks()) {
            List<Milestone> ms = new ArrayList<>();
            for (int i = 0; i < t.milestones().size(); i++) {
                Milestone m = t.milestones().get(i);
                ms.add(new Milestone(100L * t.seq() + i, m.date(), m.label()));
            }
            tasks.add(t.withId(t.seq()).withMilestones(ms));
        }
        return parsed.withId(1, tasks);
    }

    public static Task task29(Plan sample) {
        return sample.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow();
    }

    /** A task numbered {@code seq} under part 一 / section 一 with the given deadlines and milestones. */
    public static Task task(long id, String section, List<Deadline> deadlines, List<Milestone> milestones,
            List<Assignment> units) {
        return new Task(id, (int) id, String.valueOf(id), "一", section, "任务" + id, units, false, deadlines,
                milestones, List.of(), TaskStatus.NOT_STARTED, 0);
    }

    public static Task task(long id, Deadline... deadlines) {
        return task(id, "一", List.of(deadlines), List.of(), List.of(Assignment.of("省发展改革委", Role.LEAD)));
    }

    /** One part 一, sections （一） and （二）, the tasks given. */
    public static Plan plan(LocalDate issued, Task... tasks) {
        return new Plan(1, null, "测试方案", "测政发〔2023〕1号", "测试省人民政府", issued, "",
                List.of(new Part("一", "第一部分")),
                List.of(new Section("一", "一", "第一节"), new Section("一", "二", "第二节")), List.of(tasks));
    }
}
