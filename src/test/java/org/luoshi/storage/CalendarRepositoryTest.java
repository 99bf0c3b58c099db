package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.HolidayDay;
import org.luoshi.calendar.HolidayFile;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;

class CalendarRepositoryTest extends EngineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T02:00:00Z"), ZoneOffset.UTC);
    private static final HolidayFile Y2027 = HolidayFile.parse("""
            date,kind,name
            2026-12-31,off,元旦
            2027-01-01,off,元旦
            2027-02-06,work,春节
            2027-02-08,off,春节
            """);

    @TempDir
    Path dir;

    @Test
    void aLoadedYearIsKeptAndKnownAfterReopening() {
        Path file = dir.resolve("w.db");
        try (Workspace ws = open(file, CLOCK)) {
            ws.calendar().load(Y2027, "2027.csv");
        }
        try (Workspace ws = open(file, CLOCK)) {
            assertThat(ws.calendar().loadedYears()).containsExactly(
                    new CalendarRepository.LoadedYear(2027, "2027.csv", "2026-12-10T02:00:00Z"));
            WorkingDayCalendar cal = WorkingDayCalendar.bundled().with(ws.calendar().adjustments());
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue(); // a Saturday, worked
            assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        }
    }

    @Test
    void loadingAYearAgainReplacesItsDaysAndForgettingItMakesItUnknown() {
        try (Workspace ws = open(dir.resolve("w.db"), CLOCK)) {
            ws.calendar().load(Y2027, "first.csv");
            ws.calendar().load(HolidayFile.parse("2027-01-01,off,元旦\n2027-02-09,off,春节\n"), "second.csv");
            WorkingDayCalendar cal = WorkingDayCalendar.bundled().with(ws.calendar().adjustments());
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 8))).as("dropped by the newer file").isTrue();
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
            assertThat(ws.calendar().loadedYears()).extracting(CalendarRepository.LoadedYear::source)
                    .containsExactly("second.csv");
            // The December day came with the 2027 notice and went with it.
            assertThat(ws.calendar().adjustments().loadedDays()).extracting(HolidayDay::date)
                    .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 9));

            assertThat(ws.calendar().forget(2027)).isTrue();
            assertThat(ws.calendar().forget(2027)).isFalse();
            WorkingDayCalendar back = WorkingDayCalendar.bundled().with(ws.calendar().adjustments());
            assertThatThrownBy(() -> back.isWorkingDay(LocalDate.of(2027, 1, 4))).isInstanceOf(UnknownYearException.class);
            assertThat(ws.calendar().adjustments().loadedDays()).isEmpty();
        }
    }

    @Test
    void editedDaysWinAndCanBeTakenBack() {
        try (Workspace ws = open(dir.resolve("w.db"), CLOCK)) {
            ws.calendar().setDay(LocalDate.of(2023, 6, 23), DayKind.WORK, " 值班 ");
            ws.calendar().setDay(LocalDate.of(2023, 6, 26), DayKind.OFF, "");
            ws.calendar().setDay(LocalDate.of(2023, 6, 26), DayKind.OFF, "本地假日");
            assertThat(ws.calendar().edits()).containsExactly(
                    new HolidayDay(LocalDate.of(2023, 6, 23), DayKind.WORK, "值班"),
                    new HolidayDay(LocalDate.of(2023, 6, 26), DayKind.OFF, "本地假日"));
            WorkingDayCalendar cal = WorkingDayCalendar.bundled().with(ws.calendar().adjustments());
            assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 23))).isTrue();
            assertThat(cal.isWorkingDay(LocalDate.of(2023, 6, 26))).isFalse();
            // 7 working days before 2023-06-30 now: 29, 28, 27, 25, 23, 21, 20 → still the 20th; 8 → the 19th.
            assertThat(cal.addWorkingDays(LocalDate.of(2023, 6, 30), -8)).isEqualTo(LocalDate.of(2023, 6, 19));
            assertThat(ws.calendar().clearDay(LocalDate.of(2023, 6, 23))).isTrue();
            assertThat(ws.calendar().clearDay(LocalDate.of(2023, 6, 23))).isFalse();
            assertThat(ws.calendar().edits()).hasSize(1);
        }
    }
}
