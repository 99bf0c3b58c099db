package org.luoshi.importer.parse;

/**
 * Reads the Chinese numerals of headings and spans: 一 … 九十九, 一百二十, 一千零一, 一万二千, 两, 〇;
 * and ASCII or full-width digits.
 */
public final class ChineseNumerals {
    /** Numbers beyond this are not read (-1): no heading or span counts that far. */
    static final int MAX = 99_999_999;

    private ChineseNumerals() {
    }

    /** The value of {@code s}, written in Chinese numerals or ASCII / full-width digits; -1 if neither. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (allDigits(s)) {
            try {
                int value = Integer.parseInt(normaliseDigits(s));
                return value <= MAX ? value : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        long total = 0; // the part above 万
        long section = 0; // the part below 万
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (long) (current == 0 ? 1 : current) * unit;
                current = 0;
            } else if (c == '万') {
                if (section + current == 0) {
                    return -1; // 万 needs a number before it: 一万, 十二万
                }
                total += (section + current) * 10_000L;
                section = 0;
                current = 0;
            } else {
                return -1;
            }
            if (total + section + current > MAX) {
                return -1;
            }
        }
        return (int) (total + section + current);
    }

    /**
     * {@code n} in Chinese numerals as headings print them: 1 → 一, 12 → 十二, 105 → 一百零五,
     * 1001 → 一千零一, 12000 → 一万二千; numbers outside 0 … {@value #MAX} in figures.
     */
    public static String format(int n) {
        if (n < 0 || n > MAX) {
            return String.valueOf(n);
        }
        if (n == 0) {
            return "零";
        }
        String text = n >= 10_000 ? below10000(n / 10_000, true) + "万" + belowWithZero(n % 10_000, n / 10_000 > 0)
                : below10000(n, true);
        return text;
    }

    /** The part below 万 after a 万: 一万零五 (a gap is read as 零), 一万二千. */
    private static String belowWithZero(int n, boolean after) {
        if (n == 0) {
            return "";
        }
        return (after && n < 1000 ? "零" : "") + below10000(n, false);
    }

    /** 1 … 9999; {@code leading} drops the 一 of 一十 at the very start (十二, not 一十二). */
    private static String below10000(int n, boolean leading) {
        String digits = "零一二三四五六七八九";
        String[] units = {"千", "百", "十", ""};
        int[] values = {1000, 100, 10, 1};
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int d = n / values[i] % 10;
            if (d == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) {
                b.append('零');
                zero = false;
            }
            if (!(d == 1 && values[i] == 10 && b.length() == 0 && leading)) {
                b.append(digits.charAt(d));
            }
            b.append(units[i]);
        }
        return b.toString();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** Full-width digits ０-９ become ASCII. */
    public static String normaliseDigits(String s) {
        boolean fullWidth = false;
        for (int i = 0; i < s.length() && !fullWidth; i++) {
            fullWidth = s.charAt(i) >= '０' && s.charAt(i) <= '９';
        }
        if (!fullWidth) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
