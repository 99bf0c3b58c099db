package org.luoshi.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.luoshi.i18n.Dates;

/**
 * Dates in pickers the reader's way (2023年3月31日), read back from that or from 2023-03-31,
 * 2023/3/31 or 2023.3.31, as people type them.
 */
public final class DateConverter extends StringConverter<LocalDate> {
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("y年M月d日"), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("y/M/d"), DateTimeFormatter.ofPattern("y.M.d"),
            DateTimeFormatter.ofPattern("y-M-d"));

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : Dates.format(date);
    }

    /**
     * @throws DateTimeParseException for text that is not a date, or a date outside the years
     *                                Luoshi shows ({@link Dates#canShow}): the picker keeps its value
     */
    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        LocalDate read = read(t);
        if (!Dates.canShow(read)) {
            throw new DateTimeParseException("not a date Luoshi can show: " + t, t, 0);
        }
        return read;
    }

    private static LocalDate read(String t) {
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(org.luoshi.i18n.Messages.locale().getLanguage().isEmpty() ? java.util.Locale.ENGLISH
                            : org.luoshi.i18n.Messages.locale()));
        } catch (DateTimeParseException e) {
            throw new DateTimeParseException("not a date: " + t, t, 0);
        }
    }

    /**
     * A date picker that shows and reads dates this way. A stored date no view can show
     * ({@link Dates#canShow}) is not given to the picker, whose calendar cannot page to it: the
     * picker starts empty with the invalid date as its prompt, and picking a date corrects it.
     */
    public static DatePicker picker(LocalDate value) {
        boolean invalid = value != null && !Dates.canShow(value);
        DatePicker p = new DatePicker(invalid ? null : value);
        p.setConverter(new DateConverter());
        p.setPrefWidth(170); // "September 30, 2023" as well as 2023年9月30日
        if (invalid) {
            p.setPromptText(Dates.invalid(value));
            p.getStyleClass().add("invalid-date");
        }
        return p;
    }

    /**
     * Shows {@code value} in a picker made by {@link #picker} and kept for another item: as {@link
     * #picker} would have made it (an invalid date flagged, a valid one without the flag). The picker's
     * own prompt is replaced.
     */
    public static void show(DatePicker p, LocalDate value) {
        boolean invalid = value != null && !Dates.canShow(value);
        p.setValue(invalid ? null : value);
        p.setPromptText(invalid ? Dates.invalid(value) : null);
        if (invalid != p.getStyleClass().contains("invalid-date")) {
            if (invalid) {
                p.getStyleClass().add("invalid-date");
            } else {
                p.getStyleClass().remove("invalid-date");
            }
        }
    }
}
