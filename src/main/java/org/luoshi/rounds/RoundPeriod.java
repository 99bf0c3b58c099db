package org.luoshi.rounds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A round's period as the office names it — 2023年3月, 2023年一季度, 2023年上半年, 2023年 — with the
 * labels to suggest for a day and the last day of a label's period (from which "N working days
 * after the period ends" is counted).
 */
public final class RoundPeriod {
    private static final String[] QUARTERS = {"一", "二", "三", "四"};
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(份)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*年\\s*(第)?([一二三四1-4])\\s*季度");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*年\\s*(上|下)半年");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(度)?");

    private RoundPeriod() {
    }

    /** 2023年3月 */
    public static String month(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** 2023年一季度 for any day of January to March 2023. */
    public static String quarter(LocalDate day) {
        return day.getYear() + "年" + QUARTERS[(day.getMonthValue() - 1) / 3] + "季度";
    }

    /**
     * The labels to offer on {@code today}: this month, this quarter, then last month and last
     * quarter (the period just ended, which is what a round early in a month usually asks about).
     */
    public static List<String> suggestions(LocalDate today) {
        List<String> out = new ArrayList<>();
        YearMonth m = YearMonth.from(today);
        add(out, month(m));
        add(out, quarter(today));
        add(out, month(m.minusMonths(1)));
        add(out, quarter(today.minusMonths(3)));
        return out;
    }

    private static void add(List<String> out, String label) {
        if (!out.contains(label)) {
            out.add(label);
        }
    }

    /** The last day of the period a label names, if it names one of these kinds; else empty. */
    public static Optional<LocalDate> end(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String t = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC).strip();
        try {
            Matcher m = MONTH.matcher(t);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                return month < 1 || month > 12 ? Optional.empty()
                        : Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth());
            }
            m = QUARTER.matcher(t);
            if (m.matches()) {
                String q = m.group(3);
                int n = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : List.of(QUARTERS).indexOf(q) + 1;
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), n * 3).atEndOfMonth());
            }
            m = HALF.matcher(t);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), m.group(2).equals("上") ? 6 : 12)
                        .atEndOfMonth());
            }
            m = YEAR.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
