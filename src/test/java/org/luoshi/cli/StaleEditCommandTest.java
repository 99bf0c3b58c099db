package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.edit.PlanEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * {@code plan rename --was OLD} on a title someone else changed since: one line saying who, when and
 * what it is now, exit 2, nothing written (issue 19).
 */
class StaleEditCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void back() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aRenameBuiltOnATitleSomeoneElseChangedIsRefusedInOneLine() {
        Path file = dir.resolve("office.luoshi");
        Clock at1042 = Clock.fixed(LocalDate.now().atTime(10, 42).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        Plan plan;
        try (Workspace ws = Workspace.open(file, at1042)) {
            plan = SamplePlan.seedIfEmpty(ws);
            Session li = Session.of(ws, at1042);
            li.recordAs("李四");
            li.apply(PlanEdits.rename(plan, "李四定的标题"));
        }
        String seen = plan.displayTitle();

        CliRun refused = CliRun.of("--workspace", file.toString(), "plan", "rename", "--plan", String.valueOf(plan.id()),
                "--was", seen, "--title", "张三想要的标题");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("李四 changed this at 10:42; it is now “李四定的标题”. Your change was not saved."
                + System.lineSeparator());
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().title(plan.id())).isEqualTo("李四定的标题");
        }

        CliRun agreed = CliRun.of("--workspace", file.toString(), "plan", "rename", "--plan", String.valueOf(plan.id()),
                "--was", "李四定的标题", "--title", "张三想要的标题");
        assertThat(agreed.code()).as(agreed.err()).isZero();
        assertThat(agreed.out()).contains("“张三想要的标题”");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().title(plan.id())).isEqualTo("张三想要的标题");
        }
    }
}
