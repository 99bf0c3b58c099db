package org.luoshi.reminders.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.ReminderBoard;
import org.luoshi.reminders.ReminderState;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** Snooze, dismiss, done and the last run, and the reads the running app starts with, on a real workspace. */
class ReminderActionsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.bundled();

    @TempDir
    Path dir;

    private Workspace ws;
    private Session session;
    private long task29;

    @BeforeEach
    void sampleWorkspace() {
        ws = Workspace.open(dir.resolve("workspace.db"));
        task29 = SamplePlanFixture.task(ws.plans().save(SamplePlanFixture.plan()), "29").id();
        session = Session.of(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void snoozeDismissAndDoneAreStoredForTheEntrysReminderAndItem() throws Exception {
        Instant now = at(2023, 6, 20, 10, 0);
        DueEntry june = june(now);
        assertThat(june.reminder().offset()).isEqualTo(7);
        String key = june.reminder().key();

        ReminderActions.snooze(june, at(2023, 6, 21, 9, 0), now).run(session);
        ReminderState snoozed = ws.reminders().states().reminders().get(key);
        assertThat(snoozed.kind()).isEqualTo(ReminderState.Kind.SNOOZED);
        assertThat(snoozed.snoozedUntil()).isEqualTo(at(2023, 6, 21, 9, 0));
        assertThat(snoozed.taskId()).isEqualTo(task29);
        assertThat(june(at(2023, 6, 20, 17, 0), false)).isNull();

        ReminderActions.dismiss(june, now).run(session);
        ReminderState dismissed = ws.reminders().states().reminders().get(key);
        assertThat(dismissed.kind()).isEqualTo(ReminderState.Kind.DISMISSED);
        assertThat(dismissed.snoozedUntil()).isNull();

        ReminderActions.markDone(june, now).run(session);
        assertThat(ws.reminders().states().done()).containsOnlyKeys(june.item().key());
        assertThat(ws.reminders().states().isDone(june.item())).isTrue();
    }

    @Test
    void theLastRunIsNotedAndTheFirstReadTellsWhatCameDueSinceThen() throws Exception {
        ReminderActions.setLastRun(at(2023, 6, 16, 18, 0)).run(session);
        assertThat(ws.reminders().lastRun()).contains(at(2023, 6, 16, 18, 0));

        WorkspaceReminders.Snapshot s = WorkspaceReminders.sinceLastRun(SHIPPED, null, LocalDate.of(2023, 6, 21),
                BEIJING).run(session);
        assertThat(s.lastRun()).contains(at(2023, 6, 16, 18, 0));
        List<DueEntry> digest = board(s).cameDue(s.lastRun().orElseThrow(), at(2023, 6, 21, 10, 0));
        assertThat(digest).anyMatch(e -> e.item().taskId() == task29 && e.reminder().offset() == 7
                && e.reminder().date().equals(LocalDate.of(2023, 6, 20)));
    }

    @Test
    void plansHeldByTheCallerGiveTheSameSnapshotAsPlansRead() throws Exception {
        var window = WorkspaceReminders.aroundToday(LocalDate.of(2023, 6, 20), null, 0);
        var held = ws.plans().list().stream().map(p -> ws.plans().load(p.id()).orElseThrow()).toList();
        WorkspaceReminders.Snapshot read = WorkspaceReminders.read(SHIPPED, null, window).run(session);
        WorkspaceReminders.Snapshot fromMemory = WorkspaceReminders.read(SHIPPED, held, window).run(session);
        assertThat(read.items()).isNotEmpty().isEqualTo(fromMemory.items());
        assertThat(read.lastRun()).isEmpty();
    }

    private DueEntry june(Instant now) throws Exception {
        return june(now, true);
    }

    /** Task 29's June milestone among the reminders active at {@code now}; null if it is not (and not required). */
    private DueEntry june(Instant now, boolean required) throws Exception {
        LocalDate today = now.atZone(BEIJING).toLocalDate();
        WorkspaceReminders.Snapshot s = WorkspaceReminders.read(SHIPPED, null,
                WorkspaceReminders.aroundToday(today, today, 0)).run(session);
        DueEntry found = board(s).active(now).stream().filter(e -> e.item().taskId() == task29
                && e.item().date().equals(LocalDate.of(2023, 6, 30))).findFirst().orElse(null);
        assertThat(found != null || !required).as("task 29's June milestone is active").isTrue();
        return found;
    }

    private static ReminderBoard board(WorkspaceReminders.Snapshot s) {
        return new ReminderBoard(s.schedule(), s.states(), s.calendar(), BEIJING);
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BEIJING).toInstant();
    }
}
