package org.luoshi.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;

/**
 * Header labels the Chinese way (2023年, 一季度, 3月, 第12周, 20) or the English way (2023, Q1, Mar,
 * W12, 20), from the resource bundle. Weeks are ISO weeks, starting on Monday.
 */
public final class ScaleLabels {
    private ScaleLabels() {
    }

    /**
     * The label of the cell of {@code step} starting on {@code start}; a month in the coarse tier
     * (above weeks or days) names its year too: 2023年3月.
     */
    public static String label(Step step, LocalDate start, boolean coarse) {
        return switch (step) {
            case YEAR -> Messages.get("timeline.label.year", String.valueOf(start.getYear()));
            case QUARTER -> list("timeline.label.quarters", (start.getMonthValue() - 1) / 3);
            case MONTH -> coarse ? Dates.formatMonth(YearMonth.from(start))
                    : list("timeline.label.months", start.getMonthValue() - 1);
            case WEEK -> Messages.get("timeline.label.week",
                    String.valueOf(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case DAY -> String.valueOf(start.getDayOfMonth());
        };
    }

    /** A day within the year, beside a milestone: 3月31日, Mar 31. */
    public static String monthDay(LocalDate day) {
        return Messages.get("timeline.label.monthDay", String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth()), list("timeline.label.months", day.getMonthValue() - 1));
    }

    private static String list(String key, int index) {
        String[] items = Messages.get(key).split(",");
        return index < items.length ? items[index].strip() : "";
    }
}
