package org.luoshi.report.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.TaskStatus;

/** The ledger's words: Chinese, whatever the interface speaks. */
public final class LedgerWords {
    public static final String TITLE = "工作台账";
    public static final String ALL_PLANS = "全部方案";
    public static final String PAGE_FOOTER = "第 &P 页 共 &N 页";

    private LedgerWords() {
    }

    /** 2023年3月31日 */
    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String status(TaskStatus s) {
        return switch (s) {
            case NOT_STARTED -> "未开始";
            case IN_PROGRESS -> "进行中";
            case DONE -> "已完成";
            case CLOSED -> "已销号";
            case ON_HOLD -> "暂缓";
        };
    }

    /** Each time limit as printed, with the date read from it where that says more: 6月底前（2023年6月30日）. */
    public static String deadlines(List<Deadline> deadlines) {
        return deadlines.stream().map(LedgerWords::deadline).collect(Collectors.joining("\n"));
    }

    static String deadline(Deadline d) {
        String resolved = switch (d.kind()) {
            case BY -> d.date() == null ? null : date(d.date());
            case FROM -> d.date() == null ? null : "自" + date(d.date()) + "起";
            case PERIOD -> d.start() == null || d.end() == null ? null : date(d.start()) + "至" + date(d.end());
            default -> null;
        };
        return resolved == null || resolved.equals(d.raw()) ? d.raw() : d.raw() + "（" + resolved + "）";
    }

    /** The original and the adjusted date of a changed time limit. */
    public static String change(DeadlineChanges.Change c) {
        return "原定：" + date(c.original()) + "\n调整为：" + date(c.adjusted());
    }

    /** One progress entry: 【unit】text（60%）, or 2023年3月28日 text（60%） with its date. */
    public static String entry(ProgressEntry e, boolean withDate) {
        StringBuilder s = new StringBuilder();
        if (withDate) {
            s.append(date(e.date())).append(' ');
        }
        if (e.unit() != null) {
            s.append('【').append(e.unit()).append('】');
        }
        s.append(e.text().strip());
        s.append('（').append(e.percent()).append("%）");
        return s.toString();
    }
}
