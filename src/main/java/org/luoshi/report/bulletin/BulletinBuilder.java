package org.luoshi.report.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.report.PaceClass;
import org.luoshi.report.PlanPace;
import org.luoshi.report.TaskPace;
import org.luoshi.rounds.RoundBoard;

/**
 * Writes a plan's bulletin from the facts: its pace on the day ({@link PlanPace}), the board of the
 * round reported on (or none), and the office's number, name and requirements. Pure.
 *
 * <ul>
 * <li>一、总体情况: the number of tasks, and each class's count and share, in the order of
 * {@link PaceClass}; then 按序时推进 (已完成, 超序时, 达序时) and 进度滞后 (欠序时, 已逾期) together.</li>
 * <li>二、进度滞后事项: （一）已逾期 and （二）欠序时, each task with its lead unit (its responsible units where
 * none leads), its time limit, the share of time gone, the percent reported and what was last reported.</li>
 * <li>三、报送情况: how many units were asked in the round, how many reported on time, and by name those
 * that reported late, only in part, or not at all.</li>
 * <li>四、下步要求: the office's text, a paragraph a line.</li>
 * <li>附件1 慢序时事项表 (欠序时 and 已逾期), 附件2 按序时事项表 (达序时 and 超序时).</li>
 * </ul>
 */
public final class BulletinBuilder {

    /**
     * What a bulletin is made from.
     *
     * @param board the round reported on, as of the day; null if the plan has had none
     */
    public record Facts(PlanPace pace, RoundBoard board, int number, String office, String requirements) {
        public Facts {
            Objects.requireNonNull(pace, "pace");
        }
    }

    private static final List<String> TABLE_HEADERS = List.of("序号", "任务", "牵头单位", "完成时限", "时间进度",
            "完成进度", "类别");
    private static final List<Double> TABLE_WIDTHS = List.of(0.7, 4.6, 1.8, 1.7, 1.0, 1.0, 1.0);

    private BulletinBuilder() {
    }

    public static Bulletin build(Facts f) {
        Plan plan = f.pace().plan();
        LocalDate today = f.pace().today();
        List<Bulletin.Block> blocks = new ArrayList<>();
        blocks.add(new Bulletin.Heading(BulletinWords.OVERALL));
        blocks.addAll(overall(f.pace()));
        blocks.add(new Bulletin.Heading(BulletinWords.LAGGING));
        blocks.addAll(lagging(f.pace()));
        blocks.add(new Bulletin.Heading(BulletinWords.REPORTING));
        blocks.add(new Bulletin.Paragraph(reporting(f.board())));
        blocks.add(new Bulletin.Heading(BulletinWords.REQUIREMENTS));
        for (String line : f.requirements().split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new Bulletin.Paragraph(line.strip()));
            }
        }
        blocks.add(new Bulletin.Paragraph("附件：1．" + BulletinWords.SLOW_TABLE + "\n　　　2．" + BulletinWords.ON_PACE_TABLE));
        List<TaskPace> slow = f.pace().tasks().stream().filter(p -> p.pace().lagging()).toList();
        List<TaskPace> onPace = f.pace().tasks().stream()
                .filter(p -> p.pace() == PaceClass.ON_PACE || p.pace() == PaceClass.AHEAD).toList();
        List<Bulletin.Annex> annexes = List.of(
                new Bulletin.Annex("附件1", BulletinWords.SLOW_TABLE, table(slow)),
                new Bulletin.Annex("附件2", BulletinWords.ON_PACE_TABLE, table(onPace)));
        String office = f.office() == null || f.office().isBlank()
                ? (plan.issuer() == null ? "" : plan.issuer().strip()) : f.office().strip();
        return new Bulletin(new Bulletin.Masthead(BulletinWords.NAME, f.number(), office, today), title(plan),
                blocks, annexes);
    }

    /** 关于《…》落实情况的通报 */
    static String title(Plan plan) {
        String t = plan.displayTitle().strip();
        return t.isEmpty() ? "关于重点任务落实情况的通报" : "关于《" + t + "》落实情况的通报";
    }

    private static List<Bulletin.Block> overall(PlanPace pace) {
        Map<PaceClass, Integer> counts = pace.counts();
        int total = pace.tasks().size();
        StringBuilder s = new StringBuilder("截至").append(BulletinWords.date(pace.today())).append("，")
                .append(planName(pace.plan())).append("共有任务").append(total).append("项。其中，");
        List<String> parts = new ArrayList<>();
        for (PaceClass c : PaceClass.values()) {
            int n = counts.get(c);
            parts.add(c.chinese() + n + "项，占" + BulletinWords.percent(n, total));
        }
        s.append(String.join("；", parts)).append("。");
        int good = counts.get(PaceClass.DONE) + counts.get(PaceClass.AHEAD) + counts.get(PaceClass.ON_PACE);
        int lagging = counts.get(PaceClass.BEHIND) + counts.get(PaceClass.OVERDUE);
        String second = "已完成或按序时推进的任务共" + good + "项，占" + BulletinWords.percent(good, total)
                + "；进度滞后（欠序时、已逾期）的任务共" + lagging + "项，占" + BulletinWords.percent(lagging, total) + "。";
        return List.of(new Bulletin.Paragraph(s.toString()), new Bulletin.Paragraph(second));
    }

    private static String planName(Plan plan) {
        String t = plan.displayTitle().strip();
        return t.isEmpty() ? "方案" : "《" + t + "》";
    }

    private static List<Bulletin.Block> lagging(PlanPace pace) {
        List<TaskPace> overdue = pace.in(PaceClass.OVERDUE);
        List<TaskPace> behind = pace.in(PaceClass.BEHIND);
        List<Bulletin.Block> out = new ArrayList<>();
        if (overdue.isEmpty() && behind.isEmpty()) {
            out.add(new Bulletin.Paragraph("截至" + BulletinWords.date(pace.today()) + "，暂无进度滞后事项。"));
            return out;
        }
        out.add(new Bulletin.Paragraph("截至" + BulletinWords.date(pace.today()) + "，共有" + (overdue.size() + behind.size())
                + "项任务进度滞后，其中已逾期" + overdue.size() + "项、欠序时" + behind.size() + "项，具体如下："));
        int section = 1;
        if (!overdue.isEmpty()) {
            out.add(new Bulletin.Subheading("（" + BulletinWords.chineseNumber(section++) + "）已逾期事项（" + overdue.size() + "项）"));
            item(overdue, out);
        }
        if (!behind.isEmpty()) {
            out.add(new Bulletin.Subheading("（" + BulletinWords.chineseNumber(section) + "）欠序时事项（" + behind.size() + "项）"));
            item(behind, out);
        }
        return out;
    }

    private static void item(List<TaskPace> tasks, List<Bulletin.Block> out) {
        int n = 1;
        for (TaskPace p : tasks) {
            Task t = p.task();
            StringBuilder s = new StringBuilder().append(n++).append("．").append(taskLabel(t)).append(summary(t.text()))
                    .append("（").append(leadLabel(t)).append("）。");
            String limit = limits(t);
            if (!limit.isEmpty()) {
                s.append("完成时限：").append(limit).append("；");
            }
            s.append("时间进度").append(share(p)).append("，完成进度").append(percent(p)).append("。");
            ProgressEntry latest = t.latestProgress();
            if (latest == null) {
                s.append("未报送进展情况。");
            } else {
                s.append(BulletinWords.date(latest.date())).append(latest.unit() == null ? "" : latest.unit())
                        .append("报送：").append(latest.text().isBlank() ? "（无文字说明）" : stripEnd(latest.text()))
                        .append("。");
            }
            out.add(new Bulletin.Paragraph(s.toString()));
        }
    }

    private static String reporting(RoundBoard board) {
        if (board == null) {
            return "本期未组织进展情况报送。";
        }
        List<RoundBoard.UnitState> units = board.units();
        List<String> onTime = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RoundBoard.UnitState u : units) {
            switch (u.state()) {
                case SUBMITTED -> (u.late() ? late : onTime).add(u.unit());
                case PARTIAL -> partial.add(u.unit() + (u.late() ? "（逾期）" : "") + "（报送" + u.reported() + "项，应报"
                        + u.tasks() + "项）");
                case MISSING -> missing.add(u.unit());
            }
        }
        StringBuilder s = new StringBuilder().append(board.round().period()).append("任务进展情况应于")
                .append(BulletinWords.date(board.round().due())).append("前报送，应报送单位").append(units.size())
                .append("个。截至").append(BulletinWords.date(board.today())).append("，按时报送").append(onTime.size())
                .append("个");
        s.append("；逾期报送").append(late.size()).append("个").append(names(late));
        s.append("；部分报送").append(partial.size()).append("个").append(names(partial));
        boolean pastDue = board.today().isAfter(board.round().due());
        s.append("；").append(pastDue ? "逾期未报送" : "尚未报送").append(missing.size()).append("个").append(names(missing))
                .append("。");
        if (!late.isEmpty() || !partial.isEmpty() || pastDue && !missing.isEmpty()) {
            s.append("请上述单位于下期报送时说明原因。");
        }
        return s.toString();
    }

    private static String names(List<String> units) {
        return units.isEmpty() ? "" : "：" + String.join("、", units);
    }

    private static Bulletin.Table table(List<TaskPace> tasks) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (TaskPace p : tasks) {
            Task t = p.task();
            rows.add(List.of(String.valueOf(n++), taskLabel(t) + t.text().strip(), leadUnits(t), limits(t), share(p),
                    percent(p), p.pace().chinese()));
        }
        return new Bulletin.Table(TABLE_HEADERS, TABLE_WIDTHS, rows);
    }

    /** "29．" before the text, where the plan numbers its tasks. */
    private static String taskLabel(Task t) {
        if (t.number() == null || t.number().isBlank()) {
            return "";
        }
        return t.number().matches("\\d+") ? "第" + t.number() + "项：" : t.number();
    }

    /** The lead units, or the responsible ones where none leads. */
    static String leadUnits(Task t) {
        List<String> lead = t.unitNames(Role.LEAD);
        return String.join("、", lead.isEmpty() ? t.unitNames(Role.RESPONSIBLE) : lead);
    }

    private static String leadLabel(Task t) {
        boolean leads = !t.unitNames(Role.LEAD).isEmpty();
        String units = leadUnits(t);
        return units.isEmpty() ? "未明确牵头单位" : (leads ? "牵头单位：" : "责任单位：") + units;
    }

    private static String limits(Task t) {
        return t.deadlines().stream().map(Deadline::raw).collect(Collectors.joining("；"));
    }

    private static String share(TaskPace p) {
        int s = p.sharePercent();
        return s < 0 ? "—" : s + "%";
    }

    private static String percent(TaskPace p) {
        return p.percent() < 0 ? "未报送" : p.percent() + "%";
    }

    /** The task's first sentence, at most 60 characters (the full text is in the attachment). */
    static String summary(String text) {
        String s = text.strip();
        int stop = s.indexOf('。');
        if (stop > 0) {
            s = s.substring(0, stop);
        }
        if (s.codePointCount(0, s.length()) > 60) {
            s = s.substring(0, s.offsetByCodePoints(0, 58)) + "……";
        }
        return s;
    }

    private static String stripEnd(String text) {
        String s = text.strip().replace('\n', '；');
        while (!s.isEmpty() && "。；;.".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
