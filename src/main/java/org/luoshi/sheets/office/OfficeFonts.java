package org.luoshi.sheets.office;

/**
 * The fonts Word, WPS and Excel are told to use, by the names every Chinese Windows and WPS
 * installation knows. Latin letters and digits go in Times New Roman, as official documents set them.
 */
final class OfficeFonts {
    /** 宋体: the table and headings. */
    static final String SONG = "宋体";
    /** 仿宋: the line under the title. */
    static final String FANGSONG = "仿宋";
    static final String LATIN = "Times New Roman";

    /** Sizes in points: 小二 title, 四号 subtitle, 五号 table. */
    static final double TITLE_SIZE = 18;
    static final double SUBTITLE_SIZE = 14;
    static final double META_SIZE = 12;
    static final double TABLE_SIZE = 10.5;
    static final double FOOTER_SIZE = 9;

    private OfficeFonts() {
    }
}
