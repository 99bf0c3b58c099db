package org.luoshi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.PlanJsonWriter;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.plan.Unit;
import org.luoshi.storage.Workspace;

class PlanExchangeTest {
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

    /** The sample plan as an office has worked on it: every extra field set somewhere. */
    static Plan trackedSample() {
        Plan plan = SamplePlan.parse().plan();
        List<Task> tasks = new ArrayList<>(plan.tasks());
        Task t1 = tasks.get(0);
        // units out of role order (cooperating first), as a clause may list them
        tasks.set(0, t1.withAssignments(List.of(Assignment.of("省人社厅", Role.COOPERATING),
                        Assignment.of("省市场监管局", Role.LEAD)), true)
                .withStatus(TaskStatus.IN_PROGRESS).withContact("王丽", "0351-4046688").withNotes("第一行\n第二行")
                .withProgress(List.of(ProgressEntry.of(LocalDate.of(2023, 2, 15), 30, "已召开专题会"),
                        ProgressEntry.of(LocalDate.of(2023, 3, 31), 60, "已印发实施细则"))));
        Task t2 = tasks.get(1);
        tasks.set(1, t2.withStatus(TaskStatus.ON_HOLD).withDeadlines(List.of(
                Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)),
                Deadline.from("2023年起", LocalDate.of(2023, 1, 1)),
                Deadline.period("“十四五”期间", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)),
                Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS), Deadline.within("30日内", 30, SpanUnit.DAYS),
                Deadline.within("3个月内", 3, SpanUnit.MONTHS), Deadline.within("5年内", 5, SpanUnit.YEARS),
                Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28),
                Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null), Deadline.ongoing("长期坚持"),
                Deadline.by("年底前", null)))
                .withMilestones(List.of(Milestone.of(LocalDate.of(2023, 5, 1), "试点"), Milestone.of(LocalDate.of(2023, 5, 1), ""))));
        tasks.set(2, tasks.get(2).withStatus(TaskStatus.CLOSED));
        tasks.set(3, tasks.get(3).withStatus(TaskStatus.DONE));
        return plan.withTasks(tasks);
    }

    static Plan withoutIds(Plan p) {
        return new Plan(0, p.notice(), p.title(), p.docNumber(), p.issuer(), p.issuedOn(), p.sourceText(), p.parts(),
                p.sections(), p.tasks().stream().map(t -> new Task(0, t.seq(), t.number(), t.part(), t.section(), t.text(),
                        t.assignments().stream().map(a -> new Assignment(Unit.named(a.unit().name()), a.role())).toList(),
                        t.othersIncluded(), t.deadlines(),
                        t.milestones().stream().map(m -> Milestone.of(m.date(), m.label())).toList(),
                        t.progress().stream().map(e -> ProgressEntry.of(e.date(), e.percent(), e.text())).toList(),
                        t.status(), t.sourceLine(), t.contact(), t.phone(), t.notes())).toList());
    }

    @Test
    void aPlanTravelsToAnotherWorkspaceWithoutLoss() throws Exception {
        Plan original;
        try (Workspace a = Workspace.open(dir.resolve("a.db"))) {
            original = a.plans().save(trackedSample());
        }
        Path file = dir.resolve("out/plan.json");
        PlanFiles.export(original, file);

        Plan received;
        try (Workspace b = Workspace.open(dir.resolve("b.db"))) {
            b.plans().save(SamplePlan.parse().plan()); // b already has a plan: ids differ
            received = b.plans().save(PlanFiles.read(file));
            assertThat(b.plans().load(received.id())).contains(received);
        }
        assertThat(received.id()).isNotEqualTo(original.id());
        assertThat(withoutIds(received)).isEqualTo(withoutIds(original));
        assertThat(withoutIds(received)).isEqualTo(withoutIds(trackedSample()));
    }

    @Test
    void theFileKeepsTheSpecFieldsAndAddsTheTracking() throws Exception {
        Plan plan = trackedSample();
        JsonNode json = new ObjectMapper().readTree(new PlanExchangeWriter().write(plan));
        JsonNode spec = new PlanJsonWriter().toJson(plan, List.of());
        spec.fieldNames().forEachRemaining(field -> {
            if (!field.equals("tasks")) {
                assertThat(json.get(field)).as(field).isNotNull().isEqualTo(spec.get(field));
            }
        });
        assertThat(json.get("tasks")).hasSize(spec.get("tasks").size());
        for (int i = 0; i < spec.get("tasks").size(); i++) {
            JsonNode specTask = spec.get("tasks").get(i);
            JsonNode task = json.get("tasks").get(i);
            specTask.fieldNames().forEachRemaining(field ->
                    assertThat(task.get(field)).as(field).isNotNull().isEqualTo(specTask.get(field)));
        }
        assertThat(json.get("format").asText()).isEqualTo("luoshi-plan");
        JsonNode t1 = json.get("tasks").get(0);
        assertThat(t1.get("lead").get(0).asText()).isEqualTo("省市场监管局");
        assertThat(t1.get("units").get(0).get("name").asText()).isEqualTo("省人社厅");
        assertThat(t1.get("progress").get(1).get("percent").asInt()).isEqualTo(60);
        assertThat(t1.get("contact").asText()).isEqualTo("王丽");
        assertThat(t1.get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theImportersPlainJsonReadsTooWithoutProgress() {
        Plan plan = SamplePlan.parse().plan();
        String json = new PlanJsonWriter().write(SamplePlan.parse());
        Plan read = new PlanExchangeReader().read(json);
        // The importer JSON has no source text; everything else comes back.
        assertThat(withoutIds(read)).isEqualTo(withoutIds(new Plan(0, plan.notice(), plan.title(), plan.docNumber(),
                plan.issuer(), plan.issuedOn(), "", plan.parts(), plan.sections(), plan.tasks())));
    }

    @Test
    void badFilesAreRefusedWithAClearMessage() throws Exception {
        PlanExchangeReader reader = new PlanExchangeReader();
        assertThatThrownBy(() -> reader.read("{\"title\": \"x\", "))
                .isInstanceOf(PlanExchangeException.class).hasMessageStartingWith("The file is not valid JSON (line 1");
        assertThatThrownBy(() -> reader.read("[1, 2]")).hasMessage("The file is not a plan: it has no list of tasks.");
        assertThatThrownBy(() -> reader.read("{\"format\": \"gantt\", \"tasks\": []}"))
                .hasMessage("The file is a “gantt” file, not a Luoshi plan.");
        assertThatThrownBy(() -> reader.read("{\"tasks\": [{\"seq\": 3, \"text\": \"x\", \"deadlines\": "
                + "[{\"raw\": \"6月底前\", \"kind\": \"BY\", \"date\": \"2023-06-31\"}]}]}"))
                .hasMessage("tasks[0].deadlines[0].date: “2023-06-31” is not a date from 1900-01-01 to 2200-12-31.");
        assertThatThrownBy(() -> reader.read("{\"tasks\": [{\"text\": \"x\", \"status\": \"FINISHED\"}]}"))
                .hasMessage("tasks[0].status: “FINISHED” is not one of NOT_STARTED, IN_PROGRESS, ON_HOLD, DONE, CLOSED.");
        assertThatThrownBy(() -> reader.read("{\"tasks\": [{\"text\": \"x\", \"progress\": [{\"date\": \"2023-01-01\", "
                + "\"percent\": 120}]}]}")).hasMessage("tasks[0].progress[0].percent: must be at most 100, not 120.");
        assertThatThrownBy(() -> reader.read("{\"tasks\": [{\"seq\": 1}]}"))
                .hasMessage("tasks[0].text: the field is missing.");
        Path notUtf8 = Files.write(dir.resolve("gbk.json"), new byte[] {'{', (byte) 0xC4, (byte) 0xE3, '}'});
        assertThatThrownBy(() -> PlanFiles.read(notUtf8)).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> PlanFiles.read(dir.resolve("none.json"))).hasMessageContaining("File not found");
    }

    @Test
    void aFailedExportLeavesTheEarlierFile() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "earlier");
        Path blocked = dir.resolve("blocked");
        Files.createDirectory(blocked);
        // Writing over a folder fails; the folder and the earlier file stay.
        assertThatThrownBy(() -> PlanFiles.export(SamplePlan.parse().plan(), blocked))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(file)).isEqualTo("earlier");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.json", "blocked");
    }
}
