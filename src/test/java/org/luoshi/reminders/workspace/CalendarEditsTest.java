package org.luoshi.reminders.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.HolidayDay;
import org.luoshi.calendar.HolidayFile;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** The working-day calendar's reads and changes on a real workspace, as the dialog and {@code luoshi calendar} make them. */
class CalendarEditsTest {
    private static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.bundled();

    @TempDir
    Path dir;

    private Workspace ws;
    private Session session;

    @BeforeEach
    void emptyWorkspace() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("workspace.db"));
        session = Session.of(ws);
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aNewWorkspaceKnowsTheShippedYearsOnly() throws Exception {
        CalendarEdits.View view = CalendarEdits.view(SHIPPED).run(session);
        assertThat(view.years()).extracting(CalendarEdits.Year::year).containsExactlyElementsOf(SHIPPED.knownYears());
        assertThat(view.years()).noneMatch(CalendarEdits.Year::loaded);
        assertThat(view.edits()).isEmpty();
    }

    @Test
    void aGoodFileIsStoredUnderItsNameABadOneChangesNothingAndAYearCanBeForgotten() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "2027-02-08,holiday,春节\n");
        CalendarEdits.Loading refused = CalendarEdits.loadFile(bad).run(session);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.message()).contains("Line 1");
        assertThat(ws.calendar().loadedYears()).isEmpty();

        Path good = Files.writeString(dir.resolve("2027.csv"), "2027-02-06,work,春节\n2027-02-08,off,春节\n");
        CalendarEdits.Loading loaded = CalendarEdits.loadFile(good).run(session);
        assertThat(loaded.refused()).isFalse();
        assertThat(loaded.message()).isEqualTo(CalendarEdits.loadedMessage(HolidayFile.read(good)));
        CalendarEdits.View view = CalendarEdits.view(SHIPPED).run(session);
        assertThat(view.years()).contains(new CalendarEdits.Year(2027, "2027.csv"));
        assertThat(view.calendar().isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
        assertThat(view.calendar().isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();

        assertThat(CalendarEdits.forget(2027).run(session)).isTrue();
        assertThat(CalendarEdits.forget(2027).run(session)).isFalse();
        assertThat(CalendarEdits.view(SHIPPED).run(session).years()).extracting(CalendarEdits.Year::year)
                .doesNotContain(2027);
    }

    @Test
    void aFileAlreadyReadIsStoredUnderTheNameGiven() throws Exception {
        HolidayFile holidays = HolidayFile.parse("2028-01-03,off,元旦\n");
        assertThat(CalendarEdits.load(holidays, "from-the-office.csv").run(session)).isSameAs(holidays);
        assertThat(CalendarEdits.view(SHIPPED).run(session).years()).contains(new CalendarEdits.Year(2028, "from-the-office.csv"));
    }

    @Test
    void daysSetByHandAreListedUsedAndTakenBack() throws Exception {
        LocalDate saturday = LocalDate.of(2023, 7, 1);
        assertThat(CalendarEdits.calendar(SHIPPED).run(session).isWorkingDay(saturday)).isFalse();

        CalendarEdits.setDay(saturday, DayKind.WORK, " 加班 ").run(session);
        CalendarEdits.View view = CalendarEdits.view(SHIPPED).run(session);
        assertThat(view.edits()).containsExactly(new HolidayDay(saturday, DayKind.WORK, "加班"));
        assertThat(view.calendar().isWorkingDay(saturday)).isTrue();
        assertThat(CalendarEdits.calendar(SHIPPED).run(session).isWorkingDay(saturday)).isTrue();

        assertThat(CalendarEdits.clearDay(saturday).run(session)).isTrue();
        assertThat(CalendarEdits.clearDay(saturday).run(session)).isFalse();
        assertThat(CalendarEdits.calendar(SHIPPED).run(session).isWorkingDay(saturday)).isFalse();
    }
}
