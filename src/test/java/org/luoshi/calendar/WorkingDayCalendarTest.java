package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;

/** Expected dates worked out by hand from the State Council notices in cn-holidays.csv. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar cal = WorkingDayCalendar.bundled();

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void sevenWorkingDaysBeforeTheTask29MilestoneSkipTheDragonBoatHolidays() {
        // 6-29 Thu, 6-28, 6-27, 6-26 Mon, 6-25 Sun (make-up day), [6-24 Sat, 6-23, 6-22 off], 6-21, 6-20.
        assertThat(cal.addWorkingDays(LocalDate.of(2023, 6, 30), -7)).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(cal.addWorkingDays(LocalDate.of(2023, 6, 30), -3)).isEqualTo(LocalDate.of(2023, 6, 27));
        assertThat(cal.addWorkingDays(LocalDate.of(2023, 6, 30), -1)).isEqualTo(LocalDate.of(2023, 6, 29));
        assertThat(cal.addWorkingDays(LocalDate.of(2023, 6, 30), 0)).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void holidaysMakeUpDaysAndPlainWeekends() {
        assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 22))).as("端午节, a Thursday").isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 24))).as("Saturday in the holiday").isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 25))).as("Sunday made a working day").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 26))).as("plain Monday").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 17))).as("plain Saturday").isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 4))).as("Sunday before 春节 2024").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 14))).as("春节 2024, a Wednesday").isFalse();
        assertThat(cal.listed(LocalDate.of(2024, 2, 14))).get().extracting(HolidayDay::name).isEqualTo("春节");
        assertThat(cal.listed(LocalDate.of(2024, 3, 14))).isEmpty();
    }

    @Test
    void countingForwardThroughNationalDayLandsOnTheMakeUpWeekend() {
        LocalDate thursday = LocalDate.of(2023, 9, 28);
        assertThat(cal.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2023, 10, 7)); // Saturday, worked
        assertThat(cal.addWorkingDays(thursday, 2)).isEqualTo(LocalDate.of(2023, 10, 8)); // Sunday, worked
        assertThat(cal.addWorkingDays(thursday, 3)).isEqualTo(LocalDate.of(2023, 10, 9));
        assertThat(cal.nextWorkingDay(thursday)).isEqualTo(LocalDate.of(2023, 10, 7));
    }

    @Test
    void workingDaysBetweenCountsTheHalfOpenRangeBothWays() {
        LocalDate from = LocalDate.of(2023, 6, 20);
        LocalDate to = LocalDate.of(2023, 6, 30);
        assertThat(cal.workingDaysBetween(from, to)).isEqualTo(7);
        assertThat(cal.workingDaysBetween(to, from)).isEqualTo(-7);
        assertThat(cal.workingDaysBetween(from, from)).isZero();
        // 2023-09-28 → 2023-10-09: 10-07, 10-08, 10-09.
        assertThat(cal.workingDaysBetween(LocalDate.of(2023, 9, 28), LocalDate.of(2023, 10, 9))).isEqualTo(3);
        assertThat(cal.addWorkingDays(from, cal.workingDaysBetween(from, to))).isEqualTo(to);
    }

    @Test
    void theShippedDataKnowsTwentyTwentyToTwentyTwentySix() {
        assertThat(cal.knownYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void aYearWithoutDataIsUnknownNotHolidayFree() {
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(UnknownYearException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("no holiday data for 2027");
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2019, 12, 31)))
                .isInstanceOfSatisfying(UnknownYearException.class, e -> assertThat(e.year()).isEqualTo(2019));
        // 2026-12-30 is a Wednesday; +1 is 12-31, +2 walks into 2027.
        assertThat(cal.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> cal.addWorkingDays(LocalDate.of(2026, 12, 30), 2))
                .isInstanceOf(UnknownYearException.class);
        assertThatThrownBy(() -> cal.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10)))
                .isInstanceOf(UnknownYearException.class);
    }

    @Test
    void aLoadedYearBecomesKnownAndEditsWin() {
        HolidayFile y2027 = HolidayFile.parse("""
                date,kind,name
                2026-12-31,off,元旦
                2027-01-01,off,元旦
                2027-02-07,work,春节
                2027-02-08,off,春节
                """);
        HolidayDay edit = new HolidayDay(LocalDate.of(2027, 1, 4), DayKind.OFF, "单位调整");
        WorkingDayCalendar adjusted = cal.with(new CalendarAdjustments(y2027.coveredYears(), y2027.days(),
                List.of(edit)));
        assertThat(adjusted.knownYears()).contains(2027);
        assertThat(adjusted.isWorkingDay(LocalDate.of(2026, 12, 31))).as("spilled New Year's Eve").isFalse();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2027, 2, 7))).as("Sunday worked").isTrue();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2027, 1, 4))).as("edited Monday").isFalse();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(cal.isKnown(2027)).as("the shipped calendar is unchanged").isFalse();
    }

    @Test
    void aLoadedFileReplacesTheShippedDataOfItsYear() {
        HolidayFile corrected = HolidayFile.parse("2023-01-02,off,元旦\n");
        WorkingDayCalendar adjusted = cal.with(new CalendarAdjustments(Set.of(2023), corrected.days(), List.of()));
        assertThat(adjusted.isWorkingDay(LocalDate.of(2023, 6, 22))).as("no longer listed").isTrue();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2024, 2, 14))).as("other years untouched").isFalse();
    }

    @Test
    void anEditCanMakeAHolidayAWorkingDayButNotAnUnknownYearKnown() {
        WorkingDayCalendar adjusted = cal.with(new CalendarAdjustments(Set.of(), List.of(), List.of(
                new HolidayDay(LocalDate.of(2023, 6, 23), DayKind.WORK, "值班"),
                new HolidayDay(LocalDate.of(2028, 1, 3), DayKind.OFF, ""))));
        assertThat(adjusted.isWorkingDay(LocalDate.of(2023, 6, 23))).isTrue();
        assertThatThrownBy(() -> adjusted.isWorkingDay(LocalDate.of(2028, 1, 3)))
                .isInstanceOf(UnknownYearException.class);
    }

    @Test
    void countingBetweenAnyTwoDaysAgreesWithWalkingDayByDay() {
        java.util.Random random = new java.util.Random(20230331);
        LocalDate first = LocalDate.of(2019, 12, 31); // the one day before the data that may start a count
        int span = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < 2_000; i++) {
            LocalDate a = first.plusDays(random.nextInt(span + 1));
            LocalDate b = i % 4 == 0 ? a.plusDays(random.nextInt(40)) : first.plusDays(1 + random.nextInt(span));
            if (b.isAfter(LocalDate.of(2026, 12, 31))) {
                continue;
            }
            assertThat(cal.workingDaysBetween(a, b)).as("%s → %s", a, b).isEqualTo(walk(cal, a, b));
        }
        assertThat(cal.workingDaysBetween(first, LocalDate.of(2020, 1, 2))).as("1 January 2020 is 元旦").isEqualTo(1);
        assertThat(cal.workingDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(walk(cal, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void countingSkipsNoUnknownYearAndFollowsTheCalendarsChanges() {
        HolidayFile y2028 = HolidayFile.parse("2028-01-03,off,元旦\n");
        WorkingDayCalendar adjusted = cal.with(new CalendarAdjustments(Set.of(2028), y2028.days(),
                List.of(new HolidayDay(LocalDate.of(2023, 6, 26), DayKind.OFF, "单位调整"))));
        // 2027 is not known, though the years on both sides are.
        assertThatThrownBy(() -> adjusted.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2028, 1, 5)))
                .isInstanceOfSatisfying(UnknownYearException.class, e -> assertThat(e.year()).isEqualTo(2027));
        // 2028-01-03 Mon off: 01-04 and 01-05 count.
        assertThat(adjusted.workingDaysBetween(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 5))).isEqualTo(2);
        // the edited Monday no longer counts; the shipped calendar still counts it
        assertThat(adjusted.workingDaysBetween(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 30))).isEqualTo(6);
        assertThat(cal.workingDaysBetween(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 30))).isEqualTo(7);
        assertThatThrownBy(() -> cal.workingDaysBetween(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 3)))
                .isInstanceOf(UnknownYearException.class);
    }

    /** The count the slow way: every day in (from, to], signed. */
    private static int walk(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -walk(calendar, to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }
}
