package org.luoshi.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates shown the way the reader expects: 2023年1月20日 in Chinese, January 20, 2023 in English.
 *
 * <p>Also which dates can be shown at all: {@link #FIRST} to {@link #LAST}. Plan files outside that
 * range are refused (plan.schema.json says the same), the importer leaves such a date out with a
 * warning, and a date outside it that is already stored is shown as an invalid date and left out
 * of every reckoning (lights, reminders, calendars, the timeline) instead of stopping them.
 */
public final class Dates {
    /** The first date a plan may carry. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    /** The last date a plan may carry. */
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    private Dates() {
    }

    /** Whether {@code date} is a date Luoshi can show and reckon with (not null, within FIRST … LAST). */
    public static boolean canShow(LocalDate date) {
        return date != null && !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** {@code date} if it {@link #canShow can be shown}, else null: for code that reckons with dates. */
    public static LocalDate usable(LocalDate date) {
        return canShow(date) ? date : null;
    }

    /** The words for a stored date that cannot be shown: 无效日期（-999999999-01-01）. */
    public static String invalid(LocalDate date) {
        return Messages.get("date.invalid", String.valueOf(date));
    }

    /** A month: 2023年3月 in Chinese, March 2023 in English. */
    public static String formatMonth(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        if (!canShow(month.atDay(1))) {
            return Messages.get("date.invalid", month.toString());
        }
        return formatMonth(month, Messages.locale());
    }

    /** A month in {@code locale}'s way: 2023年3月 for Chinese, March 2023 otherwise. */
    public static String formatMonth(java.time.YearMonth month, java.util.Locale locale) {
        if (month == null) {
            return "";
        }
        if (!canShow(month.atDay(1))) {
            return Messages.get("date.invalid", month.toString());
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        return chinese ? month.getYear() + "年" + month.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH).format(month);
    }

    /** A short date for table cells: 2023-03-31 reads the same in both languages and sorts. */
    public static String formatShort(LocalDate date) {
        if (date == null) {
            return "";
        }
        return canShow(date) ? date.toString() : invalid(date);
    }

    /** The date in words; a date outside {@link #FIRST} … {@link #LAST} as {@link #invalid}. */
    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (!canShow(date)) {
            return invalid(date);
        }
        return format(date, Messages.locale());
    }

    /** The date in words in {@code locale}'s way: 2023年3月31日 for Chinese, March 31, 2023 otherwise. */
    public static String format(LocalDate date, java.util.Locale locale) {
        if (date == null) {
            return "";
        }
        if (!canShow(date)) {
            return invalid(date);
        }
        if ("zh".equals(locale.getLanguage())) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale.getLanguage().isEmpty()
                ? java.util.Locale.ENGLISH : locale).format(date);
    }
}
