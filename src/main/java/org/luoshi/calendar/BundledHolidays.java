package org.luoshi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The holiday data shipped in the app: {@code cn-holidays.csv}, 2020–2026, from the State
 * Council's yearly notices (see SOURCES.md beside it). Read once.
 */
final class BundledHolidays {
    static final String RESOURCE = "/org/luoshi/calendar/cn-holidays.csv";

    private BundledHolidays() {
    }

    private static final class Holder {
        static final WorkingDayCalendar CALENDAR = load();
    }

    static WorkingDayCalendar calendar() {
        return Holder.CALENDAR;
    }

    private static WorkingDayCalendar load() {
        try (InputStream in = BundledHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("holiday data missing from the app: " + RESOURCE);
            }
            HolidayFile file = HolidayFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return WorkingDayCalendar.of(file.days(), file.coveredYears());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
