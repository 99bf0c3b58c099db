package org.luoshi.notices;

import java.util.Locale;

/** The two notices the office sends about late work: 督办通知单 and the softer 催办通知书. */
public enum NoticeKind {
    SUPERVISE("督办通知单", "督办", "督〔{year}〕{n}号"),
    URGE("催办通知书", "催办", "催〔{year}〕{n}号");

    private final String title;
    private final String word;
    private final String defaultFormat;

    NoticeKind(String title, String word, String defaultFormat) {
        this.title = title;
        this.word = word;
        this.defaultFormat = defaultFormat;
    }

    /** 督办通知单, 催办通知书: the document's title. */
    public String title() {
        return title;
    }

    /** 督办, 催办: the short word the command line takes. */
    public String word() {
        return word;
    }

    /** The number's format unless the workspace settings say otherwise: {year} and {n} are filled in. */
    public String defaultFormat() {
        return defaultFormat;
    }

    /**
     * The kind named 督办 / 催办 (or 督办通知单, supervise, urge …).
     *
     * @throws IllegalArgumentException for any other word
     */
    public static NoticeKind parse(String text) {
        String t = text == null ? "" : text.strip();
        for (NoticeKind k : values()) {
            if (k.word.equals(t) || k.title.equals(t) || k.name().equals(t.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException(t);
    }
}
