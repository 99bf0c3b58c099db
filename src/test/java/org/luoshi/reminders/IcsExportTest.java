package org.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;

/** The written file is read back with ical4j's own parser. */
class IcsExportTest {
    private static final Instant STAMP = Instant.parse("2023-06-01T02:00:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.ENGLISH); // the window in English: the .ics (a document) still in Chinese
        org.luoshi.i18n.DocumentTexts.use(null);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void task29ParsesBackWithItsDatesAndWorkingDayAlarms() throws IOException, ParserException {
        List<DueItem> t29 = DueItems.of(SamplePlanFixture.plan(),
                new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false))
                .stream().filter(i -> i.taskNumber().equals("29")).toList();
        Path out = dir.resolve("task29.ics");
        IcsExport.Result result = new IcsExport(ReminderRuleBook.DEFAULTS, WorkingDayCalendar.bundled(), STAMP)
                .write(t29, "晋政办发〔2023〕1号", out);
        assertThat(result.events()).isEqualTo(2);
        assertThat(result.alarms()).isEqualTo(8);
        assertThat(result.missingYears()).isEmpty();

        Calendar cal = parse(out);
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent june = events.get(1);
        assertThat(start(june)).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(((DtEnd<?>) june.getRequiredProperty(Property.DTEND)).getDate()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(june.getSummary().getValue()).isEqualTo("任务29：国家目录内涉及我省事项电子证照同步签发率达到80%");
        assertThat(june.getDescription().getValue()).contains("牵头/责任单位：省审批服务管理局、省市场监管局")
                .contains("完成时限：6月底前");
        // Triggers from the event's start, midnight of 30 June, to 09:00 on the reminder day:
        // 7 working days before = 20 June (−9 days 15 h), 3 = 27 June (−2 d 15 h),
        // 1 = 29 June (−15 h), on the day = +9 h.
        assertThat(june.getAlarms()).extracting(a -> Duration.from(trigger(a)))
                .containsExactly(Duration.ofDays(-9).minusHours(15), Duration.ofDays(-2).minusHours(15),
                        Duration.ofHours(-15), Duration.ofHours(9));
        assertThat(june.getAlarms()).extracting(a -> a.getRequiredProperty(Property.ACTION).getValue()).containsOnly("DISPLAY");
        assertThat(june.getAlarms().get(0).getDescription().getValue()).startsWith("提前7个工作日：任务29");
        VEvent march = events.get(0);
        assertThat(start(march)).isEqualTo(LocalDate.of(2023, 3, 31));
        // 7 working days before Friday 31 March is Wednesday 22 March: −8 days 15 h.
        assertThat(Duration.from(trigger(march.getAlarms().get(0))))
                .isEqualTo(Duration.ofDays(-8).minusHours(15));
        assertThat(march.getUid().orElseThrow().getValue()).startsWith("luoshi-m0-2023-03-31@plan0");
        assertThat(cal.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(IcsExport.PRODUCT);
        assertThat(cal.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("晋政办发〔2023〕1号");
    }

    @Test
    void alarmsThatNeedAnUnknownYearAreLeftOutAndCounted() throws IOException, ParserException {
        DueItem item = new ReminderScheduleTest.Fixtures().item("t2:by:2027-01-05", DueKind.DEADLINE,
                LocalDate.of(2027, 1, 5), null);
        Path out = dir.resolve("2027.ics");
        IcsExport.Result result = new IcsExport(new ReminderRuleBook(Map.of(), Map.of(2L, ReminderRules.of(3, 0)),
                Map.of()), WorkingDayCalendar.bundled(), STAMP).write(List.of(item), "x", out);
        assertThat(result.alarms()).isEqualTo(1);
        assertThat(result.missingYears()).containsExactly(Map.entry(2027, 1));
        List<VAlarm> alarms = ((VEvent) parse(out).getComponents("VEVENT").get(0)).getAlarms();
        assertThat(alarms).extracting(a -> Duration.from(trigger(a)))
                .containsExactly(Duration.ofHours(9));
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() {
        Path out = dir.resolve("missing-folder").resolve("x.ics");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IcsExport(ReminderRuleBook.DEFAULTS,
                WorkingDayCalendar.bundled(), STAMP).write(List.of(), "x", out)).isInstanceOf(IOException.class);
        assertThat(out).doesNotExist();
    }

    static Object start(VEvent e) {
        return ((DtStart<?>) e.getRequiredProperty(Property.DTSTART)).getDate();
    }

    static java.time.temporal.TemporalAmount trigger(VAlarm a) {
        return ((Trigger) a.getRequiredProperty(Property.TRIGGER)).getDuration();
    }

    static Calendar parse(Path file) throws IOException, ParserException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(r);
        }
    }
}
