package org.luoshi.settings;

import java.util.Locale;

/** The language of the window: the system's, or chosen. */
public enum Language {
    SYSTEM(null), CHINESE(Locale.SIMPLIFIED_CHINESE), ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale to show, {@code systemDefault} for SYSTEM. */
    public Locale locale(Locale systemDefault) {
        return locale == null ? systemDefault : locale;
    }
}
