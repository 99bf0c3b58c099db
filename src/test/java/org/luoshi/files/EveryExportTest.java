package org.luoshi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.exchange.PlanExchangeWriter;
import org.luoshi.exchange.PlanFiles;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.PlanJsonWriter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.IcsExport;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.sheets.BatchExport;
import org.luoshi.sheets.ExportSheets;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetOptions;

/**
 * Every kind of file Luoshi exports, from a plan full of control characters: the calendar and the
 * plan JSON hold none of them (not even escaped) and are strict UTF-8; and every export gets the
 * permissions the user's umask gives a new file (0644 under umask 022), not 0600.
 */
class EveryExportTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    static final String CONTROL = "\u001b]0;pwned\u0007\u0000\u007f\u0085\ud800\ufffe";

    @TempDir
    Path dir;

    private static Plan plan() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            tasks.add(new Task(0, i, String.valueOf(i), null, null, "任务" + i + CONTROL + "\r\n第二行",
                    List.of(Assignment.of("省审计厅" + CONTROL, LEAD), Assignment.of("省财政厅", COOPERATING)), false,
                    List.of(Deadline.by("6月底前" + CONTROL, LocalDate.of(2023, 6, 30))), List.<Milestone>of(),
                    List.of(), TaskStatus.NOT_STARTED, i));
        }
        return new Plan(0, null, "方案" + CONTROL, "晋政办发〔2023〕" + CONTROL + "1号", null, null, "原文" + CONTROL,
                List.of(), List.of(), tasks);
    }

    @Test
    void theCalendarHoldsNoControlCharacterAndParses() throws Exception {
        Path ics = dir.resolve("plan.ics");
        new IcsExport(ReminderRuleBook.DEFAULTS, WorkingDayCalendar.bundled(), Instant.parse("2023-06-01T02:00:00Z"))
                .write(DueItems.of(plan(), new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        false)), "晋政办发〔2023〕" + CONTROL + "1号", ics);
        String text = strictUtf8(ics);
        assertNoControls(text.replace("\r\n", ""));
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        VEvent first = (VEvent) cal.getComponents("VEVENT").get(0);
        assertThat(first.getSummary().getValue()).startsWith("任务1：任务1]0;pwned").doesNotContain("\u001b");
    }

    @Test
    void thePlanJsonHoldsNoControlCharacterNotEvenEscaped() throws Exception {
        Path json = dir.resolve("plan.json");
        PlanFiles.export(plan(), json);
        String text = strictUtf8(json);
        assertNoControls(text);
        assertThat(text.toLowerCase()).doesNotContain("\\u00").doesNotContain("\\ud800").doesNotContain("\\ufffe");
        assertThat(new ObjectMapper().readTree(text).get("title").asText()).isEqualTo("方案]0;pwned");
        // the same JSON on standard output (export without --out) and from import --json
        assertThat(new PlanExchangeWriter().write(plan())).isEqualTo(text);
        String parsed = new PlanJsonWriter().write(new ParsedPlan(plan(), List.of()));
        assertNoControls(parsed);
        assertThat(parsed.toLowerCase()).doesNotContain("\\u00");
    }

    @Test
    void everyExportGetsThePermissionsTheUmaskGivesANewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Integer umask = AtomicFilesTest.currentUmask();
        assumeTrue(umask != null, "no /proc/self/status to read the umask from");
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve("plan.ics"));
        new IcsExport(ReminderRuleBook.DEFAULTS, WorkingDayCalendar.bundled(), Instant.now())
                .write(List.of(), "x", files.get(0));
        files.add(dir.resolve("plan.json"));
        PlanFiles.export(plan(), files.get(1));
        for (SheetFormat format : List.of(SheetFormat.XLSX, SheetFormat.DOCX)) {
            BatchExport.Result r = ExportSheets.write(plan(), ExportSheets.Request.intoFolder(
                    ExportSheets.Pick.EVERY_UNIT, format, SheetOptions.standard(LocalDate.of(2023, 2, 1)), dir),
                    (done, total, unit) -> { }, () -> false);
            files.addAll(r.files());
        }
        String expected = PosixFilePermissions.toString(AtomicFilesTest.mode(0666 & ~umask));
        assertThat(files).hasSize(6);
        for (Path f : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                    .isEqualTo(expected);
        }
    }

    static String strictUtf8(Path file) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    static void assertNoControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    || c == '\uFFFE' || c == '\uFFFF';
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            assertThat(bad).as("U+%04X at %d", (int) c, i).isFalse();
        }
    }
}
