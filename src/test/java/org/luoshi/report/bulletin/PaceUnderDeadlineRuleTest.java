package org.luoshi.report.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.TaskEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.report.PaceClass;
import org.luoshi.report.TaskPace;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.OverviewTask;
import org.luoshi.report.workspace.Stats;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * Issue 17: the pace (and so 统计 and the bulletin) counts the date the office's deadline rule names.
 * Task 29 of 晋政办发〔2023〕1号 (issued 2023-01-20, 6月底前) reported 70 % on 2023-07-01; its extension to
 * 2023-09-30 is approved. On 2023-07-10, under the rule “original” it is 已逾期 (due 2023-06-30, below
 * 100 %); under “approved” the time runs 2023-01-20 → 2023-09-30 (253 days), 171 days gone: a share of
 * 67 % (67.6), and 70 % is within the 5-point allowance: 达序时.
 */
class PaceUnderDeadlineRuleTest {
    static final LocalDate JULY_10 = LocalDate.of(2023, 7, 10);

    @TempDir
    Path dir;
    Workspace ws;
    Session session;
    Plan plan;
    Task t29;

    @BeforeEach
    void approved() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        plan = ws.plans().save(SamplePlanFixture.plan());
        t29 = SamplePlanFixture.task(plan, "29");
        session.apply(TaskEdits.addProgress(t29, ProgressEntry.of(LocalDate.of(2023, 7, 1), 70, "签发率已达75%")));
        TaskRequest r = Requests.extend(new Requests.Extend(t29.id(), null, LocalDate.of(2023, 9, 30), "联调未完成", "",
                null, LocalDate.of(2023, 6, 20))).run(session);
        Requests.decide(r.id(), true, "", LocalDateTime.of(2023, 6, 25, 10, 0)).run(session);
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    private TaskPace paceOf29(String rule) throws Exception {
        ws.settings().put(DeadlineRule.SETTING, rule);
        Overview o = Stats.overview(new Stats.Request(List.of(plan.id()), null, JULY_10)).run(session);
        return o.tasks().stream().map(OverviewTask::pace).filter(p -> p.task().id() == t29.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void theApprovedDateCountsUnderTheRuleApprovedAndThePlansDateUnderOriginal() throws Exception {
        TaskPace approved = paceOf29("approved");
        assertThat(approved.end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(approved.start()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(approved.span()).isEqualTo(253);
        assertThat(approved.gone()).isEqualTo(171);
        assertThat(approved.sharePercent()).isEqualTo(67);
        assertThat(approved.pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(approved.task().deadlines().get(approved.task().deadlines().size() - 1).dueDate())
                .as("the task named keeps its original date").isEqualTo(LocalDate.of(2023, 6, 30));

        TaskPace original = paceOf29("original");
        assertThat(original.end()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(original.sharePercent()).isEqualTo(100);
        assertThat(original.pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void theBulletinsLaggingSectionFollowsTheRule() throws Exception {
        ws.settings().put(DeadlineRule.SETTING, "original");
        String underOriginal = sectionTwo(Bulletins.draft(Bulletins.Request.of(plan.id(), null, JULY_10)).run(session));
        ws.settings().put(DeadlineRule.SETTING, "approved");
        String underApproved = sectionTwo(Bulletins.draft(Bulletins.Request.of(plan.id(), null, JULY_10)).run(session));

        assertThat(underOriginal).contains("电子证照").contains("时间进度100%，完成进度70%");
        assertThat(underApproved).doesNotContain("电子证照").doesNotContain("完成进度70%");
        assertThat(overdueCount(underOriginal)).isEqualTo(overdueCount(underApproved) + 1);
    }

    /** The text of 二、进度滞后事项, up to the next heading. */
    private static String sectionTwo(Bulletin b) {
        List<String> text = new ArrayList<>();
        boolean in = false;
        for (Bulletin.Block block : b.blocks()) {
            if (block instanceof Bulletin.Heading h) {
                in = h.text().startsWith("二、");
                continue;
            }
            if (in && block instanceof Bulletin.Paragraph p) {
                text.add(p.text());
            } else if (in && block instanceof Bulletin.Subheading s) {
                text.add(s.text());
            }
        }
        assertThat(text).as("section 二").isNotEmpty();
        return String.join("\n", text);
    }

    private static int overdueCount(String section) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("已逾期(\\d+)项").matcher(section);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
