package org.luoshi.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates shown the way the reader expects: 2023年1月20日 in Chinese, January 20, 2023 in English. */
public final class Dates {
    private Dates() {
    }

    /** A month: 2023年3月 in Chinese, March 2023 in English. */
    public static String formatMonth(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        boolean chinese = "zh".equals(Messages.locale().getLanguage());
        return chinese ? month.getYear() + "年" + month.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH).format(month);
    }

    /** A short date for table cells: 2023-03-31 reads the same in both languages and sorts. */
    public static String formatShort(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.locale().getLanguage().isEmpty()
                ? java.util.Locale.ENGLISH : Messages.locale()).format(date);
    }
}
