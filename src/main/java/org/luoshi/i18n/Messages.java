package org.luoshi.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one resource bundle of Luoshi (Chinese and English). Chinese is used for a Chinese locale,
 * English otherwise; {@link #setLocale} lets settings and tests choose.
 */
public final class Messages {
    public static final String BUNDLE = "org.luoshi.i18n.messages";

    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private Messages() {
    }

    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code args} put in its {0}, {1} … places. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    private static volatile ResourceBundle chinese;

    /**
     * The Chinese text for {@code key}, whatever language the interface speaks: for what is kept on
     * record (the history of changes), which is the office's paper trail.
     */
    public static String chinese(String key, Object... args) {
        ResourceBundle zh = chinese;
        if (zh == null) {
            zh = load(Locale.CHINESE);
            chinese = zh;
        }
        String pattern;
        try {
            pattern = zh.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.CHINESE).format(args);
    }

    static ResourceBundle load(Locale locale) {
        // Chinese for any Chinese locale (zh_CN, zh_TW, zh_HK), English for the rest.
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
