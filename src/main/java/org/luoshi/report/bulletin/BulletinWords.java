package org.luoshi.report.bulletin;

import java.time.LocalDate;

/** The bulletin's fixed words and its type (GB/T 9704): Chinese, whatever the interface speaks. */
public final class BulletinWords {
    public static final String NAME = "督查通报";
    public static final String OVERALL = "一、总体情况";
    public static final String LAGGING = "二、进度滞后事项";
    public static final String REPORTING = "三、报送情况";
    public static final String REQUIREMENTS = "四、下步要求";
    public static final String SLOW_TABLE = "慢序时事项表";
    public static final String ON_PACE_TABLE = "按序时事项表";

    /** 方正小标宋简体: the title; the fallback Word and WPS use where it is not installed. */
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String TITLE_FALLBACK = "宋体";
    /** 仿宋_GB2312: the body. */
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String BODY_FALLBACK = "仿宋";
    /** 黑体: 一、 headings. */
    public static final String HEADING_FONT = "黑体";
    /** 楷体_GB2312: （一） headings. */
    public static final String SUBHEADING_FONT = "楷体_GB2312";
    public static final String SUBHEADING_FALLBACK = "楷体";

    /** 2号, 3号, 4号 and the 版头's name, in points. */
    public static final double TITLE_SIZE = 22;
    public static final double BODY_SIZE = 16;
    public static final double TABLE_SIZE = 12;
    public static final double MASTHEAD_SIZE = 42;
    public static final double PAGE_NUMBER_SIZE = 14;
    /** Body lines 28 points apart: 22 lines on the page's 225 mm, as GB/T 9704 sets them. */
    public static final double LINE = 28.95;

    /** Page margins (GB/T 9704 on A4): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    public static final double TOP_MM = 37;
    public static final double BOTTOM_MM = 35;
    public static final double LEFT_MM = 28;
    public static final double RIGHT_MM = 26;

    /** The red of the 版头 and its line. */
    public static final int RED = 0xFFE60012;

    private BulletinWords() {
    }

    /** 2023年3月28日 */
    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 一 … 十九 for 1 … 19 (section and item numbers). */
    public static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n - 10];
        }
        if (n < 100) {
            return digits[n / 10] + "十" + digits[n % 10];
        }
        return String.valueOf(n);
    }

    /** A share as the bulletin prints it: 12.5% (one decimal, no trailing .0). */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        double p = Math.round(part * 1000.0 / whole) / 10.0;
        return (p == Math.floor(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
