package org.luoshi.reminders.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.ReminderBoard;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.reminders.ReminderState;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.reminders.Snooze;
import org.luoshi.storage.Workspace;

/** Reminders kept in a real workspace file, closed and opened again as the app does between runs. */
class WorkspaceRemindersTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.bundled();

    @TempDir
    Path dir;

    private Path file;
    private long task29;

    @BeforeEach
    void sampleWorkspace() {
        file = dir.resolve("workspace.db");
        try (Workspace ws = Workspace.open(file)) {
            Plan saved = ws.plans().save(SamplePlanFixture.plan());
            task29 = SamplePlanFixture.task(saved, "29").id();
        }
    }

    @Test
    void plansHeldInMemoryGiveTheSameRemindersAsPlansRead() {
        try (Workspace ws = Workspace.open(file)) {
            ws.reminders().setTaskRules(task29, org.luoshi.reminders.ReminderRules.of(5, 2));
            var window = WorkspaceReminders.aroundToday(java.time.LocalDate.of(2023, 3, 28), null, 0);
            java.util.List<Plan> held = ws.plans().list().stream().map(p -> ws.plans().load(p.id()).orElseThrow()).toList();

            WorkspaceReminders.Snapshot read = WorkspaceReminders.load(ws, SHIPPED, window);
            WorkspaceReminders.Snapshot fromMemory = WorkspaceReminders.load(ws, SHIPPED, held, window);

            assertThat(read.items()).isNotEmpty();
            assertThat(fromMemory.items()).isEqualTo(read.items());
            assertThat(fromMemory.schedule().reminders()).isEqualTo(read.schedule().reminders());
            assertThat(fromMemory.rules()).isEqualTo(read.rules());
        }
    }

    @Test
    void aSnoozePersistsAcrossReopening() {
        Instant now = at(2023, 6, 20, 10, 0);
        String key;
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceReminders.Snapshot s = load(ws, now);
            DueEntry june = june(board(s).active(now));
            assertThat(june.reminder().offset()).isEqualTo(7);
            key = june.reminder().key();
            Instant until = Snooze.NEXT_WORKING_DAY.until(now, BEIJING, s.calendar());
            assertThat(until).isEqualTo(at(2023, 6, 21, 9, 0));
            ws.reminders().snooze(key, june.item().taskId(), until, now);
        }
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceReminders.Snapshot s = load(ws, now);
            ReminderState state = s.states().reminders().get(key);
            assertThat(state.kind()).isEqualTo(ReminderState.Kind.SNOOZED);
            assertThat(state.snoozedUntil()).isEqualTo(at(2023, 6, 21, 9, 0));
            assertThat(keys(board(s).active(at(2023, 6, 20, 17, 0)))).noneMatch(k -> k.startsWith(juneKeyPrefix(s)));
            assertThat(june(board(s).active(at(2023, 6, 21, 9, 0))).reminder().key()).isEqualTo(key);
        }
    }

    @Test
    void theDigestListsWhatCameDueWhileTheAppWasClosed() {
        try (Workspace ws = Workspace.open(file)) {
            ws.reminders().setLastRun(at(2023, 6, 16, 18, 0)); // the app closes on Friday evening
        }
        Instant reopened = at(2023, 6, 21, 10, 0);
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceReminders.Snapshot s = load(ws, reopened);
            assertThat(s.lastRun()).contains(at(2023, 6, 16, 18, 0));
            List<DueEntry> digest = board(s).cameDue(s.lastRun().orElseThrow(), reopened);
            DueEntry june = june(digest);
            assertThat(june.reminder().offset()).isEqualTo(7);
            assertThat(june.reminder().date()).isEqualTo(LocalDate.of(2023, 6, 20));
            assertThat(digest).noneMatch(e -> e.item().date().equals(LocalDate.of(2023, 3, 31)));
        }
    }

    @Test
    void markDoneAndRulesAreKeptAndAFalseTaskChangesNothing() {
        Instant now = at(2023, 6, 20, 10, 0);
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceReminders.Snapshot s = load(ws, now);
            DueItem june = june(board(s).active(now)).item();
            ws.reminders().markDone(june.key(), june.taskId(), now);
            ws.reminders().setTaskRules(task29, ReminderRules.of(10));
            assertThatThrownBy(() -> ws.reminders().markDone("t99999:by:2023-06-30", 99999, now))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99999");
            assertThatThrownBy(() -> ws.reminders().setPlanRules(424242, ReminderRules.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceReminders.Snapshot s = load(ws, now);
            assertThat(s.states().done()).hasSize(1);
            assertThat(s.rules().tasks()).containsEntry(task29, ReminderRules.of(10));
            assertThat(s.rules().plans()).isEmpty();
            // Only the March milestone of task 29 is left, reminded 10 working days before.
            assertThat(s.schedule().reminders()).filteredOn(r -> r.item().taskId() == task29)
                    .extracting(r -> r.item().date(), r -> r.offset())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 3, 31), 10),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 6, 30), 10));
            assertThat(board(s).active(at(2023, 6, 28, 9, 0))).noneMatch(e -> e.item().taskId() == task29
                    && e.item().date().equals(LocalDate.of(2023, 6, 30)));
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void deletingThePlanTakesItsRulesAndStatesAlong() {
        Instant now = at(2023, 6, 20, 10, 0);
        try (Workspace ws = Workspace.open(file)) {
            long planId = ws.plans().list().get(0).id();
            ws.reminders().setPlanRules(planId, ReminderRules.of(5, 0));
            ws.reminders().dismiss("x@7", task29, now);
            ws.reminders().markDone("x", task29, now);
            ws.plans().delete(planId);
            assertThat(ws.reminders().ruleBook().plans()).isEmpty();
            assertThat(ws.reminders().states().reminders()).isEmpty();
            assertThat(ws.reminders().states().done()).isEmpty();
        }
    }

    private static WorkspaceReminders.Snapshot load(Workspace ws, Instant now) {
        LocalDate today = now.atZone(BEIJING).toLocalDate();
        return WorkspaceReminders.load(ws, SHIPPED, WorkspaceReminders.aroundToday(today, today, 0));
    }

    private static ReminderBoard board(WorkspaceReminders.Snapshot s) {
        return new ReminderBoard(s.schedule(), s.states(), s.calendar(), BEIJING);
    }

    private DueEntry june(List<DueEntry> entries) {
        return entries.stream().filter(e -> e.item().taskId() == task29
                && e.item().date().equals(LocalDate.of(2023, 6, 30))).findFirst()
                .orElseThrow(() -> new AssertionError("task 29's June milestone not in " + keys(entries)));
    }

    private String juneKeyPrefix(WorkspaceReminders.Snapshot s) {
        return s.items().stream().filter(i -> i.taskId() == task29 && i.date().equals(LocalDate.of(2023, 6, 30)))
                .findFirst().orElseThrow().key();
    }

    private static List<String> keys(List<DueEntry> entries) {
        return entries.stream().map(e -> e.item().key()).toList();
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BEIJING).toInstant();
    }
}
