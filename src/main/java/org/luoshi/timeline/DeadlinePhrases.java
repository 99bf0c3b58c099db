package org.luoshi.timeline;

import java.time.LocalDate;

/**
 * A time-limit phrase for a date set by dragging, written as plans write them (and as the importer
 * reads them back): 2023年底前, 2023年6月底前, 2023年6月15日前, 2023年起, 2023年7月起,
 * 2022年6月至12月期间. These are the plan's words, stored with the deadline, so they are Chinese in
 * either language of the window, like the document they stand in.
 */
public final class DeadlinePhrases {
    private DeadlinePhrases() {
    }

    public static String by(LocalDate day) {
        if (day.getMonthValue() == 12 && day.getDayOfMonth() == 31) {
            return day.getYear() + "年底前";
        }
        if (isMonthEnd(day)) {
            return day.getYear() + "年" + day.getMonthValue() + "月底前";
        }
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日前";
    }

    public static String from(LocalDate day) {
        if (day.getDayOfYear() == 1) {
            return day.getYear() + "年起";
        }
        if (day.getDayOfMonth() == 1) {
            return day.getYear() + "年" + day.getMonthValue() + "月起";
        }
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日起";
    }

    public static String period(LocalDate start, LocalDate end) {
        if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
            return start.getYear() == end.getYear() ? start.getYear() + "年期间"
                    : start.getYear() + "年至" + end.getYear() + "年期间";
        }
        if (start.getDayOfMonth() == 1 && isMonthEnd(end)) {
            String to = (end.getYear() == start.getYear() ? "" : end.getYear() + "年") + end.getMonthValue() + "月";
            return start.getYear() + "年" + start.getMonthValue() + "月至" + to + "期间";
        }
        return full(start) + "至" + full(end);
    }

    private static String full(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static boolean isMonthEnd(LocalDate day) {
        return day.getDayOfMonth() == day.lengthOfMonth();
    }
}
