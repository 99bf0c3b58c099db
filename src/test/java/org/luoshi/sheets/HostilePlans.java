package org.luoshi.sheets;

import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * A plan of 26 units whose names break naive exports, as the fault campaign found them: names of
 * 100 and 200 Chinese characters (300 and 600 bytes), an emoji across the old 120-character cut,
 * names that differ only after the cut, control characters, escape sequences and line breaks —
 * and a task of 40,000 characters, over Excel's 32,767 a cell.
 */
final class HostilePlans {
    /** ESC ] window title with BEL, CSI colour, NUL, DEL, C1 NEL, a lone surrogate, U+FFFE, CR LF. */
    static final String CONTROL = "省\u001b]0;pwned\u0007审计厅\u001b[31m\u0000\u007f\u0085\ud800\ufffe\r\n";
    static final String LONG_TASK = "推进政务服务“一网通办”，".repeat(3_334).substring(0, 40_000);

    private HostilePlans() {
    }

    static List<String> units() {
        List<String> units = new ArrayList<>();
        units.add("省".repeat(100));
        units.add("省".repeat(200));
        units.add("部".repeat(119) + "😀尾");              // the emoji across the old 120-character cut
        units.add("部".repeat(83) + "😀尾");               // across the 250-byte cut
        units.add("部".repeat(80) + "👨‍👩‍👧");            // a ZWJ sequence across it
        units.add("省".repeat(100) + "甲");                // the same as the first after the cut
        units.add("省".repeat(100) + "乙");
        units.add(CONTROL);
        units.add("省\u202Efdp.exe");
        units.add("CON");
        units.add("省发展改革委/省能源局");
        units.add("e\u0301".repeat(150));
        units.add("部".repeat(30) + "😀厅");                // the emoji across Excel's 31-character sheet name
        while (units.size() < 26) {
            units.add("省第" + units.size() + "厅");
        }
        return units;
    }

    /** One task per unit, led by it; the last unit's task is {@link #LONG_TASK}; the title has controls too. */
    static Plan plan() {
        List<String> units = units();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String text = i == units.size() - 1 ? LONG_TASK : "第" + (i + 1) + "项任务" + CONTROL;
            tasks.add(SheetPlans.task(i + 1, String.valueOf(i + 1), null, null, text,
                    List.of(Assignment.of(units.get(i), LEAD), Assignment.of("省财政厅", COOPERATING)), false,
                    List.of(Deadline.by("6月底前", LocalDate.of(2023, 6, 30))), List.of()));
        }
        return new Plan(0, null, "测试方案" + CONTROL, "晋政办发〔2023〕\u001b[2J9号", null, null, "", List.of(),
                List.of(), tasks);
    }
}
