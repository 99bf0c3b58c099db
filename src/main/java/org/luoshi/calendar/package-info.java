/**
 * Working days the way Chinese offices count them: a {@link org.luoshi.calendar.WorkingDayCalendar}
 * is Monday to Friday, less the statutory holidays, plus the weekend days made working days (调休);
 * it is immutable. The data shipped with the app ({@code cn-holidays.csv}, from the State Council's
 * yearly notices) is read once; holiday files the person loads
 * ({@link org.luoshi.calendar.HolidayFile}) and days set by hand
 * ({@link org.luoshi.calendar.CalendarAdjustments}) go on top. A year without data is not a year
 * without holidays: asking about one throws {@link org.luoshi.calendar.UnknownYearException}, so no
 * reminder lands on Spring Festival by a guess. Pure: depends on {@code i18n} only, for its
 * messages, no JavaFX; {@code reminders} count on it and {@code storage} keeps the person's
 * changes.
 */
package org.luoshi.calendar;
