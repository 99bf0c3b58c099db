package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/** export --plan ID --out FILE, then import-json FILE into another workspace. */
class ExchangeCommandTest {
    @TempDir
    Path dir;

    private Path first;
    private long planId;
    private long task29;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        first = dir.resolve("first.db");
        try (Workspace ws = Workspace.open(first)) {
            Plan plan = ws.plans().save(SamplePlan.parse().plan());
            planId = plan.id();
            task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow().id();
            ws.tasks().addProgress(task29, ProgressEntry.of(LocalDate.of(2023, 3, 31), 60, "省级电子证照系统升级完成"));
            ws.tasks().setContact(task29, "王丽", "0351-4046688");
        }
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aPlanExportedFromOneWorkspaceIsImportedIntoAnother() throws Exception {
        Path file = dir.resolve("plan.json");
        Result exported = run("--workspace", first.toString(), "export", "--plan", String.valueOf(planId),
                "--out", file.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("47 tasks");

        Path second = dir.resolve("second.db");
        Result imported = run("--workspace", second.toString(), "import-json", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Saved plan 1 with 47 tasks.\n");
        try (Workspace ws = Workspace.open(second)) {
            Task t29 = ws.plans().load(1).orElseThrow().tasks().stream().filter(t -> "29".equals(t.number()))
                    .findFirst().orElseThrow();
            assertThat(t29.latestProgress().text()).isEqualTo("省级电子证照系统升级完成");
            assertThat(t29.contact()).isEqualTo("王丽");
        }
    }

    @Test
    void theUnitsOfAnImportedPlanJoinTheUnitsTheWorkspaceAlreadyHas() {
        Path file = dir.resolve("plan.json");
        assertThat(run("--workspace", first.toString(), "export", "--plan", String.valueOf(planId),
                "--out", file.toString()).code()).isZero();
        Path second = dir.resolve("second.db");
        try (Workspace ws = Workspace.open(second)) {
            // This office has the approval bureau under a short name and knows the long one as another name of it.
            long bureau = ws.units().findOrCreate("省审批局").id();
            ws.units().addAlias(bureau, "省审批服务管理局");
        }

        Result imported = run("--workspace", second.toString(), "import-json", file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        try (Workspace ws = Workspace.open(second)) {
            Task t29 = ws.plans().load(1).orElseThrow().tasks().stream().filter(t -> "29".equals(t.number()))
                    .findFirst().orElseThrow();
            assertThat(t29.assignments()).extracting(a -> a.unit().name())
                    .contains("省审批局", "省市场监管局").doesNotContain("省审批服务管理局");
            assertThat(ws.units().byName("省审批服务管理局")).isEmpty();
        }
    }

    @Test
    void withoutOutTheJsonGoesToStandardOutput() {
        Result r = run("--workspace", first.toString(), "export", "--plan", String.valueOf(planId));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"format\" : \"luoshi-plan\"").contains("王丽");
    }

    @Test
    void anUnknownPlanOrWorkspaceIsOneLineAndExitTwo() {
        Result r = run("--workspace", first.toString(), "export", "--plan", "99");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The workspace has no plan 99 (see: plans).\n");
        Result none = run("--workspace", dir.resolve("none.db").toString(), "export", "--plan", "1");
        assertThat(none.code()).isEqualTo(2);
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void aBrokenFileChangesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"tasks\": [{\"seq\": 1}]}");
        byte[] before = Files.readAllBytes(first);
        Result r = run("--workspace", first.toString(), "import-json", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("tasks[0].text: the field is missing.\n");
        assertThat(Files.readAllBytes(first)).isEqualTo(before);
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LuoshiCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    private record Result(int code, String out, String err) {
    }
}
