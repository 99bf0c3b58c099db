package org.luoshi.sheets.office;

/**
 * The fonts Word, WPS and Excel are told to use, by the names every Chinese Windows and WPS
 * installation knows. Latin letters and digits go in Times New Roman, as official documents set them.
 */
public final class OfficeFonts {
    /** 宋体: the table and headings. */
    public static final String SONG = "宋体";
    /** 仿宋: the line under the title. */
    public static final String FANGSONG = "仿宋";
    public static final String LATIN = "Times New Roman";

    /** Sizes in points: 小二 title, 四号 subtitle, 五号 table. */
    public static final double TITLE_SIZE = 18;
    public static final double SUBTITLE_SIZE = 14;
    public static final double META_SIZE = 12;
    public static final double TABLE_SIZE = 10.5;
    public static final double FOOTER_SIZE = 9;

    private OfficeFonts() {
    }
}
