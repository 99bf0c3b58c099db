package org.luoshi.find;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** Two plans written by hand: 省市场监管局 leads in one and cooperates in the other. */
final class FindFixtures {
    private FindFixtures() {
    }

    static final LocalDate TODAY = LocalDate.of(2023, 3, 28); // a Tuesday

    static StatusLights lights() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return new StatusLights(Clock.fixed(TODAY.atStartOfDay(zone).toInstant(), zone), LightThresholds.DEFAULT);
    }

    static Task task(long id, int seq, String text, List<Assignment> units, List<Deadline> deadlines,
            List<Milestone> milestones, TaskStatus status) {
        return new Task(id, seq, String.valueOf(seq), null, null, text, units, false, deadlines, milestones,
                List.of(), status, 0);
    }

    /** 晋政办发〔2023〕1号, issued 2023-01-20. */
    static Plan shanxi() {
        return new Plan(1, null, "放管服重点任务分工方案", "晋政办发〔2023〕1号", "山西省人民政府办公厅",
                LocalDate.of(2023, 1, 20), "", List.of(), List.of(), List.of(
                task(11, 1, "推动落实《促进个体工商户发展条例》", List.of(Assignment.of("省市场监管局", Role.LEAD),
                        Assignment.of("省财政厅", Role.COOPERATING)),
                        List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31))), List.of(), TaskStatus.IN_PROGRESS),
                task(12, 2, "加快构建统一、实时的电子证照库，签发率达到８０％",
                        List.of(Assignment.of("省审批服务管理局", Role.RESPONSIBLE), Assignment.of("省市场监管局", Role.RESPONSIBLE)),
                        List.of(Deadline.by("6月底前", LocalDate.of(2023, 6, 30))),
                        List.of(Milestone.of(LocalDate.of(2023, 3, 31), "完成省级电子证照系统升级"),
                                Milestone.of(LocalDate.of(2023, 6, 30), "签发率达到80%")), TaskStatus.IN_PROGRESS),
                task(13, 3, "清理规范行政备案事项", List.of(Assignment.of("省司法厅", Role.LEAD)),
                        List.of(Deadline.by("2023年2月底前", LocalDate.of(2023, 2, 28))), List.of(), TaskStatus.NOT_STARTED),
                task(14, 4, "推进电子印章应用", List.of(Assignment.of("省政务信息管理局", Role.LEAD)),
                        List.of(Deadline.by("2022年底前", LocalDate.of(2022, 12, 31))), List.of(), TaskStatus.DONE)));
    }

    /** 晋政办发〔2023〕9号, issued 2023-03-01. */
    static Plan business() {
        Task withProgress = task(22, 2, "优化企业开办服务", List.of(Assignment.of("省商务厅", Role.LEAD),
                        Assignment.of("省市场监管局", Role.COOPERATING)),
                List.of(Deadline.by("2023年4月2日前", LocalDate.of(2023, 4, 2))), List.of(), TaskStatus.IN_PROGRESS)
                .withProgress(List.of(ProgressEntry.of(LocalDate.of(2023, 3, 20), 50, "企业开办一网通办上线")))
                .withContact("王丽", "0351-4046688").withNotes("每月28日前报送");
        return new Plan(2, null, "营商环境若干措施", "晋政办发〔2023〕9号", null, LocalDate.of(2023, 3, 1), "",
                List.of(), List.of(), List.of(
                task(21, 1, "深化“证照分离”改革", List.of(Assignment.of("省市场监管局", Role.LEAD)),
                        List.of(Deadline.ongoing("长期坚持")), List.of(), TaskStatus.NOT_STARTED),
                withProgress));
    }

    static TaskIndex index() {
        return TaskIndex.of(List.of(shanxi(), business()));
    }

    static List<TaskFacts> facts(List<IndexedTask> tasks) {
        StatusLights lights = lights();
        return tasks.stream().map(t -> TaskFacts.of(t, lights)).toList();
    }
}
