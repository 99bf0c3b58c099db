package org.luoshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;

/**
 * Writes a big workspace for the benchmarks: {@code PLANS} plans with {@code TASKS} tasks in all
 * (default 20 and 10,000), each plan with parts and sections, tasks with units from a directory of
 * about 130 offices in the three roles, deadlines of every kind, milestones, and progress — the
 * shape of the real plans, from a fixed seed so every run builds the same file.
 *
 * <pre>java -cp … org.luoshi.bench.BigWorkspace FILE [TASKS] [PLANS]</pre>
 */
public final class BigWorkspace {
    private static final String[] PROVINCE = {"省发展改革委", "省教育厅", "省科技厅", "省工信厅", "省公安厅", "省民政厅",
        "省司法厅", "省财政厅", "省人社厅", "省自然资源厅", "省生态环境厅", "省住建厅", "省交通厅", "省水利厅", "省农业农村厅",
        "省商务厅", "省文旅厅", "省卫健委", "省退役军人厅", "省应急厅", "省审计厅", "省国资委", "省市场监管局", "省广电局",
        "省体育局", "省统计局", "省医保局", "省能源局", "省地方金融监管局", "省审批服务管理局", "省大数据中心", "省粮食和储备局",
        "省林草局", "省药监局", "省知识产权局", "省信访局", "省税务局", "太原海关", "人行太原中心支行", "山西银保监局",
        "山西证监局", "省贸促会", "省通信管理局", "国家统计局山西调查总队", "中国铁路太原局集团有限公司", "山西金控集团"};
    private static final String[] CITIES = {"太原", "大同", "朔州", "忻州", "阳泉", "吕梁", "晋中", "长治", "晋城", "临汾", "运城"};
    private static final String[] VERBS = {"加快推进", "深入实施", "持续优化", "全面落实", "健全完善", "积极推动", "大力发展",
        "统筹推进", "切实加强", "稳步推进", "深化", "规范"};
    private static final String[] OBJECTS = {"电子证照互通互认", "企业开办“一件事一次办”", "政务数据共享交换平台建设",
        "工程建设项目审批制度改革", "市场主体倍增工程", "营商环境创新提升行动", "跨部门综合监管", "公平竞争审查制度",
        "“互联网+监管”系统建设", "失业保险稳岗返还", "高标准农田建设", "煤炭增产保供稳价", "新能源汽车配套基础设施建设",
        "外贸企业“白名单”制度", "政府和社会资本合作", "数字政府建设", "招投标领域隐性门槛清理", "涉企违规收费专项整治",
        "高校毕业生就业服务", "“一网通办”“全程网办”", "社会信用体系建设", "不动产登记便利化", "水电气暖报装提速"};
    private static final String[] AIMS = {"确保政策直达快享", "切实减轻市场主体负担", "提升政务服务效能", "形成可复制推广的经验",
        "推动各项任务落地见效", "不断增强群众获得感", "促进经济平稳健康发展", "做到应享尽享、应办尽办"};

    private BigWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BigWorkspace FILE [TASKS] [PLANS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int plans = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (Files.exists(file)) {
            System.err.println(file + " exists; give a new file name.");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        write(file, tasks, plans);
        System.out.printf("%s: %d plans, %d tasks in %d ms%n", file, plans, tasks, (System.nanoTime() - t0) / 1_000_000);
    }

    public static void write(Path file, int tasks, int plans) {
        Random random = new Random(20230120);
        List<String> units = directory();
        try (Workspace ws = Workspace.open(file)) {
            int made = 0;
            for (int p = 0; p < plans; p++) {
                int count = tasks / plans + (p < tasks % plans ? 1 : 0);
                ws.plans().save(plan(p, count, made, units, random));
                made += count;
            }
        }
    }

    static List<String> directory() {
        List<String> units = new ArrayList<>(List.of(PROVINCE));
        for (String city : CITIES) {
            units.add(city + "市人民政府");
            units.add(city + "市发展改革委");
            units.add(city + "市行政审批服务管理局");
            units.add(city + "市市场监管局");
            units.add(city + "市财政局");
            units.add(city + "市住建局");
            units.add(city + "市人社局");
        }
        units.add("各市人民政府");
        units.add("各市、县人民政府");
        units.add("省相关部门");
        return units;
    }

    private static Plan plan(int index, int count, int before, List<String> units, Random random) {
        int year = 2022 + index % 3;
        LocalDate issued = LocalDate.of(year, 1 + index % 12, 1 + index % 27);
        int partCount = 3 + index % 3;
        List<Part> parts = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String[] partNumbers = {"一", "二", "三", "四", "五", "六"};
        int sectionNo = 0;
        for (int p = 0; p < partCount; p++) {
            parts.add(new Part(partNumbers[p], pick(VERBS, random) + pick(OBJECTS, random)));
            for (int s = 0; s < 4; s++) {
                sectionNo++;
                sections.add(new Section(partNumbers[p], String.valueOf(sectionNo), pick(VERBS, random) + pick(OBJECTS, random)));
            }
        }
        List<Task> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Section s = sections.get(i * sections.size() / count);
            tasks.add(task(i + 1, s, issued, units, random));
        }
        return new Plan(0, "山西省人民政府办公厅关于印发第" + (index + 1) + "号分工方案的通知",
                year + "年重点任务分工方案（第" + (index + 1) + "批）", "晋政办发〔" + year + "〕" + (index + 1) + "号",
                "山西省人民政府办公厅", issued, "", parts, sections, tasks);
    }

    private static Task task(int seq, Section s, LocalDate issued, List<String> units, Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(pick(VERBS, random)).append(pick(OBJECTS, random)).append("，")
                    .append(pick(VERBS, random)).append(pick(OBJECTS, random)).append("，").append(pick(AIMS, random))
                    .append("。");
        }
        List<Assignment> assignments = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        int leads = random.nextInt(10) < 8 ? 1 : 0;
        int others = 1 + random.nextInt(4);
        for (int i = 0; i < leads + others; i++) {
            String unit = units.get(random.nextInt(units.size()));
            if (used.add(unit)) {
                Role role = i < leads ? Role.LEAD : leads == 0 ? Role.RESPONSIBLE : Role.COOPERATING;
                assignments.add(Assignment.of(unit, role));
            }
        }
        List<Deadline> deadlines = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        int kind = random.nextInt(20);
        LocalDate due = issued.plusDays(60 + random.nextInt(600));
        if (kind < 11) {
            deadlines.add(Deadline.by(due.getYear() + "年" + due.getMonthValue() + "月底前",
                    due.withDayOfMonth(due.lengthOfMonth())));
        } else if (kind < 13) {
            deadlines.add(Deadline.period("“十四五”期间", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
        } else if (kind < 15) {
            deadlines.add(Deadline.ongoing("长期坚持"));
        } else if (kind < 16) {
            deadlines.add(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28));
        } else if (kind < 17) {
            deadlines.add(Deadline.from(issued.getYear() + "年起", LocalDate.of(issued.getYear(), 1, 1)));
        } else if (kind < 18) {
            deadlines.add(Deadline.within("20个工作日内", 20, SpanUnit.WORKING_DAYS));
        }
        if (kind < 11 && random.nextInt(4) == 0) {
            LocalDate mid = issued.plusDays((due.toEpochDay() - issued.toEpochDay()) / 2);
            milestones.add(Milestone.of(mid, "完成阶段性目标"));
        }
        List<ProgressEntry> progress = new ArrayList<>();
        int entries = random.nextInt(4);
        int percent = 0;
        for (int i = 0; i < entries; i++) {
            percent = Math.min(100, percent + 10 + random.nextInt(30));
            progress.add(ProgressEntry.of(issued.plusDays(30L * (i + 1)), percent, "已" + pick(VERBS, random)
                    + pick(OBJECTS, random)));
        }
        TaskStatus status = percent >= 100 ? TaskStatus.DONE : percent > 0 ? TaskStatus.IN_PROGRESS
                : random.nextInt(30) == 0 ? TaskStatus.ON_HOLD : TaskStatus.NOT_STARTED;
        return new Task(0, seq, String.valueOf(seq), s.part(), s.number(), text.toString(), assignments,
                random.nextInt(5) == 0, deadlines, milestones, progress, status, 0);
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }
}
