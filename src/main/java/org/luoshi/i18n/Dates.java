package org.luoshi.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates shown the way the reader expects: 2023年1月20日 in Chinese, January 20, 2023 in English. */
public final class Dates {
    private Dates() {
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.locale().getLanguage().isEmpty()
                ? java.util.Locale.ENGLISH : Messages.locale()).format(date);
    }
}
