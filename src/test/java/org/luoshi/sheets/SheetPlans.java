package org.luoshi.sheets;

import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;
import static org.luoshi.plan.Role.RESPONSIBLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** Plans written by hand after the sample plan 晋政办发〔2023〕1号, for sheet tests. */
public final class SheetPlans {
    public static final String DOC = "晋政办发〔2023〕1号";
    public static final String TITLE = "落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案";

    private SheetPlans() {
    }

    /**
     * Four tasks: 省市场监管局 cooperates on 1, leads 2 and is jointly responsible for 29; task 4
     * it has no part in. Task 29 has two dated deadlines and progress.
     */
    public static Plan shanxi() {
        Task t1 = task(1, "1", "一", "一", "坚持保主体、增主体、活主体、强主体并重，稳步推进市场主体倍增工程。",
                List.of(Assignment.of("省优化营商环境促进市场主体倍增工作专班", LEAD), Assignment.of("省市场监管局", COOPERATING)),
                false, List.of(Deadline.ongoing("长期坚持")), List.of());
        Task t2 = task(2, "2", "一", "一", "推动落实《促进个体工商户发展条例》，帮助解决个体工商户面临的突出困难和问题。",
                List.of(Assignment.of("省市场监管局", LEAD), Assignment.of("省住建厅", COOPERATING),
                        Assignment.of("省人社厅", COOPERATING)),
                true, List.of(Deadline.from("2023年起", LocalDate.of(2023, 1, 1))), List.of());
        Task t4 = task(4, "4", "一", "二", "贯彻落实国家关于政策性开发性金融工具相关部署，加强项目谋划储备和筛选报送。",
                List.of(Assignment.of("省发展改革委", LEAD), Assignment.of("省相关部门", COOPERATING)), false,
                List.of(Deadline.period("“十四五”期间", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))), List.of());
        Task t29 = task(29, "29", "二", "十三", "加快构建统一、实时的电子证照库。2023年3月底前，完成省级电子证照系统升级；"
                        + "6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。",
                List.of(Assignment.of("省审批服务管理局", RESPONSIBLE), Assignment.of("省市场监管局", RESPONSIBLE)),
                true,
                List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)),
                        Deadline.by("6月底前", LocalDate.of(2023, 6, 30))),
                List.of(ProgressEntry.of(LocalDate.of(2023, 2, 15), 30, "已完成电子证照目录梳理"),
                        ProgressEntry.of(LocalDate.of(2023, 3, 31), 60, "省级电子证照系统升级完成")));
        return new Plan(0, null, TITLE, DOC, "山西省人民政府办公厅", LocalDate.of(2023, 1, 20), "",
                List.of(new Part("一", "依靠改革开放释放经济增长潜力"), new Part("二", "提升政务服务效能")),
                List.of(new Section("一", "一", "继续把培育壮大市场主体作为重要着力点"),
                        new Section("一", "二", "加快推进重点项目建设"),
                        new Section("二", "十三", "加快推进电子证照扩大应用领域")),
                List.of(t1, t2, t4, t29));
    }

    /** {@code n} tasks, all led by 省发展改革委 and cooperated on by {@code unit}; texts of varied length. */
    public static Plan many(String unit, int n) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String text = "第" + i + "项任务：" + "持续优化营商环境，推动政务服务事项网上办理。".repeat(1 + i % 6);
            tasks.add(task(i, String.valueOf(i), null, null, text,
                    List.of(Assignment.of("省发展改革委", LEAD), Assignment.of(unit, COOPERATING)), false,
                    List.of(Deadline.by("2023年" + (1 + i % 12) + "月底前", LocalDate.of(2023, 1 + i % 12, 28))),
                    List.of()));
        }
        return new Plan(0, null, "测试方案", "晋政办发〔2023〕99号", null, null, "", List.of(), List.of(), tasks);
    }

    static Task task(int seq, String number, String part, String section, String text, List<Assignment> assignments,
            boolean others, List<Deadline> deadlines, List<ProgressEntry> progress) {
        return new Task(0, seq, number, part, section, text, assignments, others, deadlines, List.<Milestone>of(),
                progress, TaskStatus.NOT_STARTED, seq);
    }
}
