package org.luoshi.storage;

import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;
import static org.luoshi.plan.Role.RESPONSIBLE;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Section;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.plan.Unit;

/** Plans built by hand after the sample plan 晋政办发〔2023〕1号, for storage tests. */
final class SamplePlans {

    private SamplePlans() {
    }

    /**
     * Two parts, three sections, five tasks: units in all three roles, 等相关部门, a deadline of
     * every kind, milestones and progress (task 29), and a task outside any heading.
     */
    static Plan shanxi() {
        Task t1 = task(1, "1", "一", "一",
                "坚持保主体、增主体、活主体、强主体并重，稳步推进市场主体倍增工程。",
                List.of(Assignment.of("省优化营商环境促进市场主体倍增工作专班", LEAD),
                        Assignment.of("省相关部门", COOPERATING)),
                false, List.of(Deadline.ongoing("长期坚持")), List.of(), List.of(), TaskStatus.IN_PROGRESS, 19);
        Task t2 = task(2, "2", "一", "一",
                "推动落实《促进个体工商户发展条例》，帮助解决个体工商户面临的突出困难和问题。",
                List.of(Assignment.of("省市场监管局", LEAD),
                        Assignment.of("省住建厅", COOPERATING),
                        Assignment.of("省人社厅", COOPERATING),
                        Assignment.of("省地方金融监管局", COOPERATING),
                        Assignment.of("省财政厅", COOPERATING)),
                true,
                List.of(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28),
                        Deadline.from("2023年起", LocalDate.of(2023, 1, 1))),
                List.of(), List.of(), TaskStatus.NOT_STARTED, 20);
        Task t4 = task(4, "4", "一", "二",
                "贯彻落实国家关于政策性开发性金融工具相关部署，加强项目谋划储备和筛选报送。",
                List.of(Assignment.of("省发展改革委", LEAD), Assignment.of("省相关部门", COOPERATING)),
                false,
                List.of(Deadline.period("“十四五”期间", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)),
                        Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS)),
                List.of(), List.of(), TaskStatus.NOT_STARTED, 23);
        Task t29 = task(29, "29", "二", "十三",
                "依托全省一体化在线政务服务平台，加快构建统一、实时的电子证照库。2023年3月底前，完成省级电子证照系统升级；"
                        + "6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。",
                List.of(Assignment.of("省审批服务管理局", RESPONSIBLE), Assignment.of("省市场监管局", RESPONSIBLE)),
                true,
                List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)),
                        Deadline.by("6月底前", LocalDate.of(2023, 6, 30))),
                List.of(Milestone.of(LocalDate.of(2023, 3, 31), "完成省级电子证照系统升级"),
                        Milestone.of(LocalDate.of(2023, 6, 30), "电子证照同步签发率达到80%")),
                List.of(ProgressEntry.of(LocalDate.of(2023, 2, 15), 30, "已完成电子证照目录梳理"),
                        ProgressEntry.of(LocalDate.of(2023, 3, 31), 60, "省级电子证照系统升级完成")),
                TaskStatus.IN_PROGRESS, 59);
        Task closing = task(30, null, null, null, "各地各部门要高度重视，确保各项任务落地见效。",
                List.of(), false, List.of(), List.of(), List.of(), TaskStatus.DONE, 0);
        return new Plan(0,
                "山西省人民政府办公厅关于印发落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知",
                "落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案",
                "晋政办发〔2023〕1号", "山西省人民政府办公厅", LocalDate.of(2023, 1, 20),
                "一、依靠改革开放释放经济增长潜力\n（一）继续把培育壮大市场主体作为深化“放管服”改革的重要着力点\n…",
                List.of(new Part("一", "依靠改革开放释放经济增长潜力"),
                        new Part("二", "提升面向市场主体和人民群众的政务服务效能")),
                List.of(new Section("一", "一", "继续把培育壮大市场主体作为深化“放管服”改革的重要着力点"),
                        new Section("一", "二", "加快推进纳入国家“十四五”规划以及省级规划的重点项目建设"),
                        new Section("二", "十三", "加快推进电子证照扩大应用领域和全国互通互认")),
                List.of(t1, t2, t4, t29, closing));
    }

    /** A small plan with one task per given unit, each unit leading its task. */
    static Plan small(String docNumber, String... leadUnits) {
        List<Task> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < leadUnits.length; i++) {
            tasks.add(task(i + 1, String.valueOf(i + 1), null, null, "任务" + (i + 1),
                    List.of(Assignment.of(leadUnits[i], LEAD)), false,
                    List.of(Deadline.by("年底前", LocalDate.of(2023, 12, 31))), List.of(), List.of(),
                    TaskStatus.NOT_STARTED, i + 1));
        }
        return new Plan(0, null, "方案 " + docNumber, docNumber, null, null, null, List.of(), List.of(), tasks);
    }

    static Task task(int seq, String number, String part, String section, String text, List<Assignment> assignments,
            boolean othersIncluded, List<Deadline> deadlines, List<Milestone> milestones,
            List<ProgressEntry> progress, TaskStatus status, int sourceLine) {
        return new Task(0, seq, number, part, section, text, assignments, othersIncluded, deadlines, milestones,
                progress, status, sourceLine);
    }

    /** The plan with every id set back to 0, to compare what was stored with what was given. */
    static Plan withoutIds(Plan plan) {
        return new Plan(0, plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), plan.issuedOn(),
                plan.sourceText(), plan.parts(), plan.sections(),
                plan.tasks().stream().map(SamplePlans::withoutIds).toList());
    }

    static Task withoutIds(Task t) {
        return new Task(0, t.seq(), t.number(), t.part(), t.section(), t.text(),
                t.assignments().stream().map(a -> new Assignment(Unit.named(a.unit().name()), a.role())).toList(),
                t.othersIncluded(), t.deadlines(),
                t.milestones().stream().map(m -> Milestone.of(m.date(), m.label())).toList(),
                t.progress().stream().map(e -> ProgressEntry.of(e.date(), e.percent(), e.text())).toList(),
                t.status(), t.sourceLine(), t.contact(), t.phone(), t.notes());
    }
}
