package org.luoshi.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of documents: sheets (PDF, Word, Excel), their file names, the timeline PDF, .ics text,
 * forms, bulletins and notices speak the <em>document language</em> — Chinese unless the workspace
 * setting {@value #SETTING} says {@code ENGLISH} — whatever language the window shows.
 *
 * <p>How a writer uses it: wherever {@link Messages#get} and {@link Dates#format} would give the
 * interface's words, call {@link #get} and {@link #date} instead (same keys, same bundle). The
 * session sets the language from the workspace when it opens one ({@link #use}); nothing else needs
 * to be passed around.
 */
public final class DocumentTexts {
    /** The workspace setting naming the document language: CHINESE (default) or ENGLISH. */
    public static final String SETTING = "documents.language";

    private static volatile ResourceBundle bundle = Messages.load(Locale.CHINESE);

    private DocumentTexts() {
    }

    /**
     * Uses the language a workspace's {@value #SETTING} names: {@code ENGLISH} (or {@code en}) for
     * English, anything else — missing, blank, unknown — Chinese.
     */
    public static void use(String setting) {
        bundle = Messages.load(english(setting) ? Locale.ENGLISH : Locale.CHINESE);
    }

    /** Whether {@code setting} names English; everything else means Chinese. */
    public static boolean english(String setting) {
        if (setting == null) {
            return false;
        }
        String s = setting.strip().toUpperCase(Locale.ROOT);
        return s.equals("ENGLISH") || s.equals("EN") || s.startsWith("EN_") || s.startsWith("EN-");
    }

    /** The document language: Chinese, or English where the workspace says so. */
    public static Locale locale() {
        return "zh".equals(bundle.getLocale().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** Whether documents are written in Chinese (the default). */
    public static boolean chinese() {
        return locale() == Locale.CHINESE;
    }

    /** The document text for {@code key} (a key of the one bundle), {@code args} in its places. */
    public static String get(String key, Object... args) {
        ResourceBundle b = bundle;
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, b.getLocale()).format(args);
    }

    /** A date in a document: 2026年12月6日 (December 6, 2026 in English documents). */
    public static String date(LocalDate date) {
        return Dates.format(date, locale());
    }

    /** A month in a document: 2023年3月. */
    public static String month(YearMonth month) {
        return Dates.formatMonth(month, locale());
    }
}
