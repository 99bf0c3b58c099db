package org.luoshi.importer.parse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.SpanUnit;

/**
 * Finds the phrases of a task that set a time for the work (2023年3月底前, 6月底前, 2023年起,
 * “十四五”期间, 2个工作日内, 每年2月底前 …) and resolves them to dates. Years that only name
 * something (2023年电煤中长期合同), past facts (2022年底…到期后) and titles in 《》 are left alone
 * because no pattern here matches them: every pattern needs a time word (前, 起, 期间, 内, 每).
 */
public final class DeadlineParser {
    private static final String NUM = "(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})";

    /** Alternatives in priority order: the first that matches at a position wins. */
    private static final Pattern PHRASE = Pattern.compile(String.join("|",
            // 2022年6月至12月期间, 2022年6月至2023年3月底前
            "(?<monthRange>(?<mrY1>\\d{4})年(?<mrM1>\\d{1,2})月(?:至|到|—|－|-|~|～)(?:(?<mrY2>\\d{4})年)?(?<mrM2>\\d{1,2})月(?:底前|底|末)?(?:期间)?)",
            // 2021—2025年, 2021年至2025年（期间）
            "(?<yearRange>(?<yrY1>\\d{4})年?(?:至|到|—|－|-|~|～)(?<yrY2>\\d{4})年(?:期间|底前|底)?)",
            // “十四五”期间
            "(?<fiveYear>[“\"]?十(?<fyN>[一二三四五六七八九])五[”\"]?(?:期间|时期|末))",
            // 2012年起5年内
            "(?<fromFor>(?:从|自)?(?<ffY>\\d{4})年(?:起|开始)(?<ffN>" + NUM + ")年内)",
            // 每年2月底前, 每年3月15日前, 每季度, 每半年, 每月28日前
            "(?<yearly>每年(?<ylM>\\d{1,2})月(?:(?<ylD>\\d{1,2})日|底|末)?(?:前|之前)?)",
            "(?<yearlyEnd>每年(?:年底|年末|底)(?:前|之前)?)",
            "(?<halfYearly>每半年)",
            "(?<quarterly>每季度?(?:末|结束后)?)",
            "(?<monthly>每月(?:(?<mlD>\\d{1,2})日|底|末)?(?:前|之前)?)",
            // 于2018年12月31日前
            "(?<byDay>(?<bdY>\\d{4})年(?<bdM>\\d{1,2})月(?<bdD>\\d{1,2})日(?:前|之前|以前))",
            // 2023年3月底前
            "(?<byMonth>(?<bmY>\\d{4})年(?<bmM>\\d{1,2})月(?:底|末)?(?:前|之前|以前))",
            // 2023年底前, 2023年年底前
            "(?<byYear>(?<byY>\\d{4})年(?:年底|底|末)(?:前|之前|以前))",
            // 2023年内
            "(?<inYear>(?<iyY>\\d{4})年(?:内|以内))",
            // 6月30日前 (year from context)
            "(?<byBareDay>(?<![\\d年])(?<bxM>\\d{1,2})月(?<bxD>\\d{1,2})日(?:前|之前|以前))",
            // 6月底前 (year from context)
            "(?<byBareMonth>(?<![\\d年])(?<bbM>\\d{1,2})月(?:底|末)(?:前|之前|以前)?)",
            // 年底前 (year from context)
            "(?<byBareYearEnd>(?<![\\d])年(?:底|末)(?:前|之前|以前))",
            // 到2025年6月底
            "(?<untilMonth>(?:到|至)(?<umY>\\d{4})年(?<umM>\\d{1,2})月(?:底|末)?(?:前|之前|以前)?(?![\\d日]))",
            // 到2025年, 至2035年
            "(?<untilYear>(?:到|至)(?<uyY>\\d{4})年(?:底|末)?(?![\\d月]))",
            // 2023年起, 从2019年起, 2023年7月起
            "(?<from>(?:从|自)?(?<frY>\\d{4})年(?:(?<frM>\\d{1,2})月(?:(?<frD>\\d{1,2})日)?)?(?:起|开始))",
            // 20个工作日内, 5年内, 3个月内
            "(?<within>(?<wiN>" + NUM + ")(?:个)?(?<wiU>工作日|自然日|日|天|月|年)(?:内|以内))"));

    /** 《…》 names a document; 2022-2025年 inside it is not a time limit for the task. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("《[^《》]*》");

    /** （2022-2025年） after a name says which plan is meant, not when the task is due. */
    private static final Pattern BRACKETED_YEARS =
            Pattern.compile("[（(]\\d{4}\\s*(?:年)?(?:-|—|–|－|~|～|至|到)\\s*\\d{4}\\s*年?[）)]");

    /**
     * @param text         the task text (without its responsibility clause)
     * @param contextYear  year for phrases without one (6月底前): the issue year, or null
     */
    public List<FoundDeadline> find(String text, Integer contextYear) {
        String masked = mask(text);
        List<FoundDeadline> found = new ArrayList<>();
        Set<String> seenRaw = new LinkedHashSet<>();
        Integer year = contextYear;
        Matcher m = PHRASE.matcher(masked);
        while (m.find()) {
            String raw = text.substring(m.start(), m.end());
            Deadline d = resolve(m, raw, year);
            if (d == null) {
                continue;
            }
            Integer phraseYear = yearOf(d);
            if (phraseYear != null && m.group("yearRange") == null && m.group("fiveYear") == null) {
                year = phraseYear;
            }
            if (seenRaw.add(raw)) {
                found.add(new FoundDeadline(d, m.start(), m.end()));
            }
        }
        return found;
    }

    /** Parses a time limit given on its own (a 完成时限 field): 长期坚持 and the like are ONGOING. */
    public List<Deadline> parseTimeLimit(String value, Integer contextYear) {
        String v = Texts.strip(value);
        if (v.matches("(?:长期坚持|长期推进|持续推进|持续实施|长期|持续|常态化推进|长期实施)[。；;]?")) {
            return List.of(Deadline.ongoing(v.replaceAll("[。；;]$", "")));
        }
        return find(v, contextYear).stream().map(FoundDeadline::deadline).toList();
    }

    private static String mask(String text) {
        StringBuilder b = new StringBuilder(text);
        for (Pattern p : List.of(DOCUMENT_TITLE, BRACKETED_YEARS)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, '□');
                }
            }
        }
        return b.toString();
    }

    private static Deadline resolve(Matcher m, String raw, Integer year) {
        if (m.group("monthRange") != null) {
            int y1 = Integer.parseInt(m.group("mrY1"));
            int m1 = Integer.parseInt(m.group("mrM1"));
            int y2 = m.group("mrY2") != null ? Integer.parseInt(m.group("mrY2")) : y1;
            int m2 = Integer.parseInt(m.group("mrM2"));
            if (!validMonth(m1) || !validMonth(m2)) {
                return null;
            }
            return Deadline.period(raw, LocalDate.of(y1, m1, 1), YearMonth.of(y2, m2).atEndOfMonth());
        }
        if (m.group("yearRange") != null) {
            String first = m.group("yrY1");
            if (first == null) {
                return null; // "至2035年" alone is handled as untilYear
            }
            int y1 = Integer.parseInt(first);
            int y2 = Integer.parseInt(m.group("yrY2"));
            if (y2 < y1) {
                return null;
            }
            return Deadline.period(raw, LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31));
        }
        if (m.group("fiveYear") != null) {
            int n = 10 + ChineseNumerals.parse(m.group("fyN"));
            // The 3rd plan began in 1966; every plan since has run five years.
            int start = 1966 + 5 * (n - 3);
            return Deadline.period(raw, LocalDate.of(start, 1, 1), LocalDate.of(start + 4, 12, 31));
        }
        if (m.group("fromFor") != null) {
            int y = Integer.parseInt(m.group("ffY"));
            int n = ChineseNumerals.parse(m.group("ffN"));
            if (n <= 0) {
                return null;
            }
            return Deadline.period(raw, LocalDate.of(y, 1, 1), LocalDate.of(y + n - 1, 12, 31));
        }
        if (m.group("yearly") != null) {
            int month = Integer.parseInt(m.group("ylM"));
            if (!validMonth(month)) {
                return null;
            }
            Integer day = m.group("ylD") != null ? Integer.valueOf(m.group("ylD"))
                    : raw.contains("底") || raw.contains("末") ? Month.of(month).length(false) : null;
            return Deadline.recurring(raw, Recurrence.YEARLY, month, day);
        }
        if (m.group("yearlyEnd") != null) {
            return Deadline.recurring(raw, Recurrence.YEARLY, 12, 31);
        }
        if (m.group("halfYearly") != null) {
            return Deadline.recurring(raw, Recurrence.HALF_YEARLY, null, null);
        }
        if (m.group("quarterly") != null) {
            return Deadline.recurring(raw, Recurrence.QUARTERLY, null, null);
        }
        if (m.group("monthly") != null) {
            Integer day = m.group("mlD") != null ? Integer.valueOf(m.group("mlD")) : null;
            return Deadline.recurring(raw, Recurrence.MONTHLY, null, day);
        }
        if (m.group("byDay") != null) {
            int y = Integer.parseInt(m.group("bdY"));
            int mo = Integer.parseInt(m.group("bdM"));
            int d = Integer.parseInt(m.group("bdD"));
            if (!validMonth(mo) || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
                return null;
            }
            return Deadline.by(raw, LocalDate.of(y, mo, d));
        }
        if (m.group("byMonth") != null) {
            int y = Integer.parseInt(m.group("bmY"));
            int mo = Integer.parseInt(m.group("bmM"));
            if (!validMonth(mo)) {
                return null;
            }
            // 3月底前 / 3月前 both read as "by the end of March" in these plans.
            return Deadline.by(raw, YearMonth.of(y, mo).atEndOfMonth());
        }
        if (m.group("byYear") != null) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("byY")), 12, 31));
        }
        if (m.group("inYear") != null) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("iyY")), 12, 31));
        }
        if (m.group("byBareDay") != null) {
            int mo = Integer.parseInt(m.group("bxM"));
            int d = Integer.parseInt(m.group("bxD"));
            if (!validMonth(mo) || d < 1 || d > Month.of(mo).maxLength()) {
                return null;
            }
            if (year == null) {
                return Deadline.by(raw, null);
            }
            return d > YearMonth.of(year, mo).lengthOfMonth() ? null : Deadline.by(raw, LocalDate.of(year, mo, d));
        }
        if (m.group("byBareMonth") != null) {
            int mo = Integer.parseInt(m.group("bbM"));
            if (!validMonth(mo)) {
                return null;
            }
            return Deadline.by(raw, year == null ? null : YearMonth.of(year, mo).atEndOfMonth());
        }
        if (m.group("byBareYearEnd") != null) {
            return Deadline.by(raw, year == null ? null : LocalDate.of(year, 12, 31));
        }
        if (m.group("untilMonth") != null) {
            int mo = Integer.parseInt(m.group("umM"));
            if (!validMonth(mo)) {
                return null;
            }
            return Deadline.by(raw, YearMonth.of(Integer.parseInt(m.group("umY")), mo).atEndOfMonth());
        }
        if (m.group("untilYear") != null) {
            return Deadline.by(raw, LocalDate.of(Integer.parseInt(m.group("uyY")), 12, 31));
        }
        if (m.group("from") != null) {
            int y = Integer.parseInt(m.group("frY"));
            int mo = m.group("frM") != null ? Integer.parseInt(m.group("frM")) : 1;
            int d = m.group("frD") != null ? Integer.parseInt(m.group("frD")) : 1;
            if (!validMonth(mo) || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
                return null;
            }
            return Deadline.from(raw, LocalDate.of(y, mo, d));
        }
        if (m.group("within") != null) {
            int n = ChineseNumerals.parse(m.group("wiN"));
            if (n <= 0) {
                return null;
            }
            SpanUnit unit = switch (m.group("wiU")) {
                case "工作日" -> SpanUnit.WORKING_DAYS;
                case "月" -> SpanUnit.MONTHS;
                case "年" -> SpanUnit.YEARS;
                default -> SpanUnit.DAYS;
            };
            return Deadline.within(raw, n, unit);
        }
        return null;
    }

    private static boolean validMonth(int month) {
        return month >= 1 && month <= 12;
    }

    private static Integer yearOf(Deadline d) {
        LocalDate date = d.date() != null ? d.date() : d.start();
        return date == null ? null : date.getYear();
    }
}
