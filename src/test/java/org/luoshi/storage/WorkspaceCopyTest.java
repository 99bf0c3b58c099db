package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.DayKind;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.chase.ChaseHow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.rounds.ReportLine;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.Submission;
import org.luoshi.session.Session;

/**
 * {@code workspace copy}: a workspace with something in every kind of table goes from a file to the
 * embedded PostgreSQL server and back to a second file; every row arrives (counts and checksums
 * compared), ids and id counters included, and a non-empty target is refused with nothing written.
 */
class WorkspaceCopyTest {

    @TempDir
    Path dir;

    private static final String EVIDENCE = "电子证照系统升级验收报告";

    /** The sample plan with a deleted task, a round with a form, requests with evidence, the history, notes and settings. */
    private long[] fill(Workspace ws) throws Exception {
        Session session = Session.of(ws);
        session.recordAs("王科长");
        Plan plan = ws.plans().save(SamplePlanFixture.plan());
        Task t29 = SamplePlanFixture.task(plan, "29");
        Task last = plan.tasks().get(plan.tasks().size() - 1);
        ws.tasks().delete(last.id()); // its id must not be given out again in the copy
        Task first = plan.tasks().get(0);
        String unit = first.assignments().get(0).unit().name();
        Round round = ws.rounds().create(new Round(0, plan.id(), "2023年3月", LocalDate.of(2023, 4, 25), "", "",
                LocalDate.of(2023, 4, 1), "", List.of(unit), List.of()));
        ws.rounds().addSubmission(new Submission(0, round.id(), unit, LocalDate.of(2023, 4, 20), unit + ".xlsx", "", "", 0,
                List.of(new ReportLine(first.id(), "已完成方案起草", "", "", 50, null))));
        ws.tasks().addProgress(first.id(), ProgressEntry.reported(LocalDate.of(2023, 4, 20), 50, "已完成方案起草", unit,
                round.id()));
        Path report = Files.writeString(dir.resolve("验收报告.txt"), EVIDENCE, StandardCharsets.UTF_8);
        TaskRequest closing = Requests.close(new Requests.Close(t29.id(), "已完成系统升级", List.of(report), null,
                LocalDate.of(2023, 6, 28))).run(session);
        Requests.review(closing.id(), true, "材料齐全", LocalDateTime.of(2023, 7, 5, 9, 30)).run(session);
        ws.chases().add(new ChaseEntry(0, first.id(), LocalDate.of(2023, 4, 10), ChaseHow.PHONE, "张三", "本周报送"));
        ws.settings().put("lights.yellowDays", "7");
        ws.calendar().setDay(LocalDate.of(2023, 6, 25), DayKind.WORK, "调休");
        ws.reminders().setPlanRules(plan.id(), ReminderRules.of(7, 3, 1));
        ws.reminders().setLastRun(Instant.parse("2023-04-01T01:00:00Z"));
        return new long[] {plan.id(), t29.id(), last.id()};
    }

    @Test
    void aFileGoesToTheServerAndBackWithEveryRow() throws Exception {
        Path file = dir.resolve("laptop.db");
        long[] ids;
        List<CopyReport.Table> original;
        try (Workspace ws = Workspace.open(file)) {
            ids = fill(ws);
            original = WorkspaceCopy.checksums(ws);
        }
        ServerAddress server = EmbeddedServer.freshDatabase();
        String url = server.url();

        CopyReport up = Workspace.copy(file.toString(), url);
        assertThat(up.tables()).isEqualTo(original);
        assertThat(up.to()).isEqualTo(server.display());
        Map<String, Long> rows = new java.util.HashMap<>();
        up.tables().forEach(t -> rows.put(t.name(), t.rows()));
        // What fill() put in, counted by hand: 1 plan; the round, its unit and form and its line; 1 closing
        // request with 1 evidence of 1 chunk; 1 chase entry; 2 settings (ours, and the deadline rule the closing's
        // review keeps); 1 edited day; 1 plan rule; the last run.
        assertThat(rows).containsEntry("plan", 1L).containsEntry("round", 1L).containsEntry("round_unit", 1L)
                .containsEntry("round_submission", 1L).containsEntry("round_submission_line", 1L)
                .containsEntry("task_request", 1L).containsEntry("evidence", 1L).containsEntry("evidence_chunk", 1L)
                .containsEntry("request_evidence", 1L).containsEntry("chase", 1L).containsEntry("setting", 2L)
                .containsEntry("calendar_edit", 1L).containsEntry("reminder_plan_rule", 1L).containsEntry("reminder_run", 1L);
        assertThat(rows.get("history_step")).isPositive();

        try (Workspace ws = Workspace.openServer(server, null)) {
            Plan plan = ws.plans().load(ids[0]).orElseThrow();
            assertThat(plan.tasks()).extracting(Task::id).doesNotContain(ids[2]);
            assertThat(ws.requests().ofTask(ids[1])).singleElement().satisfies(r -> assertThat(r.evidence()).hasSize(1));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ws.requests().copyEvidence(ws.requests().ofTask(ids[1]).get(0).evidence().get(0).sha256(), bytes);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(EVIDENCE);
            // The counters came along: a new task gets an id above the deleted one.
            Plan more = ws.plans().save(SamplePlanFixture.plan());
            assertThat(more.tasks()).extracting(Task::id).allMatch(id -> id > ids[2]);
            ws.plans().delete(more.id());
        }

        Path back = dir.resolve("meeting.db");
        CopyReport down = Workspace.copy(url, back.toString());
        assertThat(down.tables()).isEqualTo(original);
        try (Workspace ws = Workspace.open(back)) {
            assertThat(WorkspaceCopy.checksums(ws)).isEqualTo(original);
            Plan more = ws.plans().save(SamplePlanFixture.plan());
            assertThat(more.tasks()).extracting(Task::id).allMatch(id -> id > ids[2]);
        }
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("laptop.db");
        try (Workspace ws = Workspace.open(file)) {
            fill(ws);
        }
        Path other = dir.resolve("other.db");
        List<CopyReport.Table> before;
        try (Workspace ws = Workspace.open(other)) {
            ws.settings().put("documents.language", "ENGLISH");
            before = WorkspaceCopy.checksums(ws);
        }
        assertThatThrownBy(() -> Workspace.copy(file.toString(), other.toString()))
                .isInstanceOf(WorkspaceNotEmptyException.class);
        try (Workspace ws = Workspace.open(other)) {
            assertThat(WorkspaceCopy.checksums(ws)).isEqualTo(before);
        }

        ServerAddress server = EmbeddedServer.freshDatabase();
        Workspace.copy(file.toString(), server.url());
        assertThatThrownBy(() -> Workspace.copy(file.toString(), server.url()))
                .isInstanceOf(WorkspaceNotEmptyException.class)
                .hasMessageContaining(server.display());
    }

    @Test
    void aMissingSourceMakesNoTarget() {
        Path to = dir.resolve("new.db");
        assertThatThrownBy(() -> Workspace.copy(dir.resolve("missing.db").toString(), to.toString()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("No workspace at");
        assertThat(to).doesNotExist();
    }
}
