package org.luoshi.reminders.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.IcsExport;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** The .ics export of the sample plan from a real workspace, on 20 June 2023 in Beijing. */
class ExportIcsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = LocalDateTime.of(2023, 6, 20, 10, 0).atZone(BEIJING).toInstant();
    private static final Clock CLOCK = Clock.fixed(NOW, BEIJING);

    @TempDir
    Path dir;

    private Workspace ws;
    private Session session;
    private Plan plan;

    @BeforeEach
    void sampleWorkspace() {
        ws = Workspace.open(dir.resolve("workspace.db"));
        plan = ws.plans().save(SamplePlanFixture.plan());
        session = Session.of(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void oneUnitsOpenItemsAreWrittenAndItemsMarkedDoneAreLeftOut() throws Exception {
        Path file = dir.resolve("unit.ics");
        IcsExport.Result r = new ExportIcs(plan, "省人社厅", file, WorkingDayCalendar.bundled(), CLOCK).run(session);
        assertThat(r.events()).isEqualTo(1);
        assertThat(r.alarms()).isEqualTo(4);
        // Task 36 (省人社厅、省税务局) is the unit's only dated item: 2023年底前.
        assertThat(Files.readString(file)).contains("DTSTART;VALUE=DATE:20231231").contains("DTSTAMP:20230620T020000Z");

        DueItem task36 = DueItems.of(plan, new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false))
                .stream().filter(i -> i.taskNumber().equals("36")).findFirst().orElseThrow();
        ws.reminders().markDone(task36.key(), task36.taskId(), NOW);
        IcsExport.Result afterDone = new ExportIcs(plan, "省人社厅", file, WorkingDayCalendar.bundled(), CLOCK).run(session);
        assertThat(afterDone.events()).isZero();
    }

    @Test
    void everyUnitsItemsWithoutAUnit() throws Exception {
        IcsExport.Result one = new ExportIcs(plan, "省人社厅", dir.resolve("one.ics"), WorkingDayCalendar.bundled(), CLOCK)
                .run(session);
        IcsExport.Result all = new ExportIcs(plan, null, dir.resolve("all.ics"), WorkingDayCalendar.bundled(), CLOCK)
                .run(session);
        assertThat(all.events()).isGreaterThan(one.events());
    }

    @Test
    void aFileThatCannotBeWrittenIsAnIoFailure() {
        ExportIcs export = new ExportIcs(plan, null, dir.resolve("none/x.ics"), WorkingDayCalendar.bundled(), CLOCK);
        assertThatThrownBy(() -> export.run(session)).isInstanceOf(IOException.class);
    }
}
