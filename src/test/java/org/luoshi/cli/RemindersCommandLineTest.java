package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;

/** due, ics and calendar on a workspace holding the sample plan (plan 1). */
class RemindersCommandLineTest {
    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void sampleWorkspace() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        workspace = dir.resolve("workspace.db");
        assertThat(run("import", sample.toString()).code).isZero();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void dueOnTheTwentiethOfJuneShowsTask29sSevenDayReminder() {
        CliRun r = run("due", "--today", "2023-06-20", "--within", "0");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        List<String> lines = r.out.lines().toList();
        assertThat(lines.get(0)).startsWith("date\tstatus\t");
        assertThat(lines).contains("2023-06-30\tUPCOMING\t7\t晋政办发〔2023〕1号\t29\tMilestone\t"
                + "国家目录内涉及我省事项电子证照同步签发率达到80%\t省审批服务管理局、省市场监管局\t"
                + "7 working days before 2023-06-20");
        // The March milestone is overdue by the working days in (03-31, 06-20], counted by hand:
        // April 20 weekdays − 清明 (5th) + Sunday the 23rd = 20; May 23 − 1st to 3rd + Saturday
        // the 6th = 21; 1–20 June 14. 55 in all.
        assertThat(lines).anyMatch(l -> l.startsWith("2023-03-31\tOVERDUE\t-55\t晋政办发〔2023〕1号\t29\t"));
    }

    @Test
    void dueLooksAheadAndFiltersByUnit() {
        CliRun ahead = run("due", "--today", "2023-06-19", "--within", "14", "--unit", "省审批服务管理局");
        assertThat(ahead.code).isZero();
        // From Monday the 19th the next reminder of the June milestone is the 7-day one, on the 20th.
        assertThat(ahead.out).contains("2023-06-30\tUPCOMING\t8\t").contains("7 working days before 2023-06-20");
        CliRun other = run("due", "--today", "2023-06-19", "--within", "14", "--unit", "省教育厅");
        assertThat(other.out).doesNotContain("\t29\t");
    }

    @Test
    void aMonthlyReportIntoAYearWithoutHolidayDataIsListedWithANote() throws IOException {
        Path plan = Files.writeString(dir.resolve("monthly.txt"), "关于印发测试方案的通知\n测试方案\n一、总体要求\n"
                + "1．2027年1月底前完成平台建设。（省发展改革委牵头）\n2．每月28日前报送工作进展。（省统计局负责）\n");
        assertThat(run("import", plan.toString()).code).isZero();
        CliRun r = run("due", "--today", "2026-12-20", "--within", "10", "--unit", "省统计局");
        assertThat(r.code).isZero();
        // Sunday 20 December → Monday the 28th: 21–25 and 28, six working days; the next reminder
        // in the window is 3 working days before, on the 23rd.
        assertThat(r.out).contains("2026-12-28\tUPCOMING\t6\t测试方案\t2\tRecurring date\t每月28日前报送工作进展\t省统计局\t"
                + "3 working days before 2026-12-23");
        // January and February 2027 occurrences: 7, 3 and 1 working days before each need 2027.
        assertThat(r.err.strip()).isEqualTo("Note: no holiday data for 2027, so 6 reminders could not be counted in "
                + "working days. Load the 2027 holiday file (luoshi calendar load FILE).");
    }

    @Test
    void badDueInputIsOneLineAndExitTwo() {
        for (String[] args : List.of(new String[] {"due", "--today", "2023-13-01"},
                new String[] {"due", "--within", "-1"}, new String[] {"due", "--within", "week"},
                new String[] {"due", "--unit", "不存在的单位"})) {
            CliRun r = run(args);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out).isEmpty();
            assertThat(r.err.strip()).doesNotContain("\n").isNotEmpty();
        }
    }

    @Test
    void icsOfThePlanParsesBackWithTask29sMilestones() throws IOException, ParserException {
        Path out = dir.resolve("plan1.ics");
        CliRun r = run("ics", "--plan", "1", "--unit", "省审批服务管理局", "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("Wrote ").contains("plan1.ics");
        Calendar cal;
        try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            cal = new CalendarBuilder().build(reader);
        }
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).extracting(e -> (Object) ((DtStart<?>) e.getRequiredProperty(Property.DTSTART)).getDate())
                .contains((Object) LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
        assertThat(events).allSatisfy(e -> assertThat(e.getAlarms()).hasSize(4));
        assertThat(cal.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("晋政办发〔2023〕1号 · 省审批服务管理局");
    }

    @Test
    void badIcsInputChangesNothing() {
        Path out = dir.resolve("x.ics");
        assertThat(run("ics", "--plan", "99", "--out", out.toString()).code).isEqualTo(2);
        assertThat(run("ics", "--plan", "one", "--out", out.toString()).code).isEqualTo(2);
        assertThat(run("ics", "--plan", "1", "--out", dir.resolve("no/such/folder/x.ics").toString()).code)
                .isEqualTo(2);
        CliRun notInPlan = run("ics", "--plan", "1", "--unit", "省审批服务管理局X", "--out", out.toString());
        assertThat(notInPlan.code).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void calendarLoadsANewYearAndSetsDays() throws IOException {
        CliRun unknown = run("calendar", "check", "2027-02-08");
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("no holiday data for 2027");

        Path file = Files.writeString(dir.resolve("2027.csv"), "date,kind,name\n2027-02-06,work,春节\n2027-02-08,off,春节\n");
        CliRun loaded = run("calendar", "load", file.toString());
        assertThat(loaded.code).as(loaded.err).isZero();
        assertThat(loaded.out).contains("2027");
        assertThat(run("calendar", "check", "2027-02-08").out.strip()).isEqualTo("2027-02-08\toff\t春节");
        assertThat(run("calendar", "check", "2027-02-06").out.strip()).isEqualTo("2027-02-06\twork\t春节");

        assertThat(run("calendar", "set", "2023-06-21", "off", "--note", "本地假日").code).isZero();
        assertThat(run("calendar", "check", "2023-06-21").out.strip()).isEqualTo("2023-06-21\toff\t本地假日");
        assertThat(run("calendar").out).contains("2027\tloaded from 2027.csv").contains("2023\tshipped with Luoshi")
                .contains("2023-06-21\toff\tset by hand\t本地假日");
        assertThat(run("calendar", "unset", "2023-06-21").code).isZero();
        assertThat(run("calendar", "unset", "2023-06-21").code).isEqualTo(2);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "2027-02-30,off,春节\n");
        CliRun refused = run("calendar", "load", bad.toString());
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).contains("Line 1");
        assertThat(run("calendar", "set", "2023-06-21", "holiday").code).isEqualTo(2);
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
