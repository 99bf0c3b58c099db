package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;

class HolidayFileTest {
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void readsRowsSkippingBomHeaderCommentsAndBlankLines() {
        HolidayFile f = HolidayFile.parse("\uFEFFdate,kind,name\n# 2027 notice\n\n2027-01-01,off,元旦\r\n"
                + "2027-02-07,班,春节\n2027-02-08, 休 ,春节\n");
        assertThat(f.days()).containsExactly(
                new HolidayDay(LocalDate.of(2027, 1, 1), DayKind.OFF, "元旦"),
                new HolidayDay(LocalDate.of(2027, 2, 7), DayKind.WORK, "春节"),
                new HolidayDay(LocalDate.of(2027, 2, 8), DayKind.OFF, "春节"));
        assertThat(f.coveredYears()).containsExactly(2027);
    }

    @Test
    void namesMayHoldCommasAndMayBeMissing() {
        HolidayFile f = HolidayFile.parse("2023-09-29,off,中秋节,国庆节\n2023-10-07,work\n");
        assertThat(f.days().get(0).name()).isEqualTo("中秋节,国庆节");
        assertThat(f.days().get(1).name()).isEmpty();
    }

    @Test
    void decemberDaysListedWithTheNextYearDoNotCoverTheirYear() {
        HolidayFile f = HolidayFile.parse("2022-12-31,off,元旦\n2023-01-01,off,元旦\n2023-01-02,off,元旦\n");
        assertThat(f.coveredYears()).containsExactly(2023);
        assertThat(f.days()).hasSize(3);
    }

    @Test
    void theShippedFileCoversSevenYears() throws IOException {
        HolidayFile f = HolidayFile.read(Path.of("resources/org/luoshi/calendar/cn-holidays.csv"));
        assertThat(f.coveredYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(f.days()).hasSize(255);
    }

    @Test
    void badRowsAreRefusedWithTheirLineNumber() {
        assertThatThrownBy(() -> HolidayFile.parse("date,kind,name\n2027-01-01,off,元旦\n2027-13-01,off,x\n"))
                .isInstanceOf(HolidayFileException.class).hasMessage("Line 3: “2027-13-01” is not a date (write 2027-02-06).");
        assertThatThrownBy(() -> HolidayFile.parse("2027-01-01,holiday,元旦\n"))
                .hasMessageContaining("Line 1").hasMessageContaining("“holiday” is not a kind of day");
        assertThatThrownBy(() -> HolidayFile.parse("2027-01-01\n"))
                .hasMessageContaining("Line 1: expected date,kind,name");
        assertThatThrownBy(() -> HolidayFile.parse("2027-01-01,off,元旦\n2027-01-01,off,元旦\n"))
                .hasMessage("Line 2: 2027-01-01 is listed twice.");
    }

    @Test
    void aWeekdayListedAsWorkIsKeptAsTheNoticeSaysIt() {
        // The 2020 extension of Spring Festival lists Monday 2020-02-03 as a working day again.
        HolidayFile f = HolidayFile.parse("2020-02-02,off,春节\n2020-02-03,work,春节\n");
        WorkingDayCalendar cal = WorkingDayCalendar.of(f.days(), f.coveredYears());
        assertThat(cal.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2020, 2, 2))).isFalse();
    }

    @Test
    void emptyAndDecemberOnlyFilesGiveNoYear() {
        assertThatThrownBy(() -> HolidayFile.parse("date,kind,name\n\n")).hasMessageContaining("lists no days");
        assertThatThrownBy(() -> HolidayFile.parse("2026-12-31,off,元旦\n")).hasMessageContaining("only December");
    }

    @Test
    void unreadableFilesAreClearMessages() throws IOException {
        assertThatThrownBy(() -> HolidayFile.read(dir.resolve("none.csv")))
                .isInstanceOf(HolidayFileException.class).hasMessageContaining("not found").hasMessageContaining("none.csv");
        Path gbk = Files.write(dir.resolve("gbk.csv"), new byte[] {'2', '0', '2', '7', (byte) 0xB4, (byte) 0xBA, (byte) 0xFF});
        assertThatThrownBy(() -> HolidayFile.read(gbk)).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> HolidayFile.read(dir)).hasMessageContaining("Not a file");
    }
}
