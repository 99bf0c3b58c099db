package org.luoshi.notices;

/**
 * A notice's number as printed, made from a format with {year} and {n} (督〔{year}〕{n}号 →
 * 督〔2023〕12号). Numbers count from 1 in each year, per kind and workspace; the next one is stored.
 */
public final class NoticeNumber {
    private NoticeNumber() {
    }

    /** The printed number. */
    public static String format(String format, int year, int n) {
        return format.replace("{year}", String.valueOf(year)).replace("{n}", String.valueOf(n));
    }

    /**
     * Whether the format can number notices: it holds {n} once (the year is optional).
     */
    public static boolean usable(String format) {
        if (format == null || format.isBlank()) {
            return false;
        }
        int first = format.indexOf("{n}");
        return first >= 0 && format.indexOf("{n}", first + 1) < 0;
    }

    /** The workspace setting keys: the format of a kind, and the next number of a kind in a year. */
    public static String formatKey(NoticeKind kind) {
        return "notice." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".format";
    }

    public static String nextKey(NoticeKind kind, int year) {
        return "notice." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".next." + year;
    }
}
