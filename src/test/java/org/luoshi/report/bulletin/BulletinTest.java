package org.luoshi.report.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.report.PaceClass;
import org.luoshi.report.PaceRules;
import org.luoshi.report.PlanPace;
import org.luoshi.report.TaskPace;
import org.luoshi.report.ledger.SampleWithRound;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.workspace.Rounds;

/**
 * The bulletin of the sample plan as of 2023-03-28 with the progress of a filled round: every number
 * it prints is counted here from the plan and the round's forms.
 */
class BulletinTest {
    static final LocalDate TODAY = SampleWithRound.TODAY;

    @TempDir
    Path dir;

    SampleWithRound sample;
    Plan plan;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        sample = new SampleWithRound(dir);
        plan = sample.plan();
    }

    @AfterEach
    void close() {
        sample.close();
        Messages.setLocale(Locale.getDefault());
    }

    private Bulletin draft() throws Exception {
        return Bulletins.draft(Bulletins.Request.of(sample.planId(), sample.round.id(), TODAY)).run(sample.session);
    }

    private static String paragraphAfter(Bulletin b, String heading, int n) {
        List<Bulletin.Block> blocks = b.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Bulletin.Heading h && h.text().equals(heading)) {
                return ((Bulletin.Paragraph) blocks.get(i + n)).text();
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    private static String pct(long n, long total) {
        double p = Math.round(n * 1000.0 / total) / 10.0;
        return (p == Math.floor(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }

    /** The last day a task's dated limits allow (latest BY date or period end), else its last milestone; null if none. */
    private static LocalDate finalDue(Task t) {
        LocalDate due = null;
        for (Deadline d : t.deadlines()) {
            LocalDate x = d.dueDate();
            if (x != null && (due == null || x.isAfter(due))) {
                due = x;
            }
        }
        if (due == null) {
            for (var m : t.milestones()) {
                if (due == null || m.date().isAfter(due)) {
                    due = m.date();
                }
            }
        }
        return due;
    }

    @Test
    void everyNumberOfTheOverviewIsCountedFromThePlan() throws Exception {
        Bulletin b = draft();
        int total = plan.tasks().size();
        // The sample plan numbers its tasks 1．… 47．
        assertThat(total).isEqualTo(47);
        PlanPace pace = PlanPace.of(plan, TODAY, PaceRules.DEFAULT);
        Map<PaceClass, Integer> counts = new EnumMap<>(pace.counts());
        // The classes that need no pace arithmetic, counted here from the tasks themselves.
        long done = plan.tasks().stream().filter(Task::isFinished).count();
        assertThat(done).isEqualTo(1);
        long undated = plan.tasks().stream().filter(t -> !t.isFinished() && t.milestones().isEmpty()
                && t.deadlines().stream().allMatch(d -> d.kind() == DeadlineKind.WITHIN)).count();
        long overdue = plan.tasks().stream().filter(t -> !t.isFinished() && finalDue(t) != null
                && finalDue(t).isBefore(TODAY)
                && (t.latestProgress() == null || t.latestProgress().percent() < 100)).count();
        assertThat(counts.get(PaceClass.DONE)).isEqualTo((int) done);
        assertThat(counts.get(PaceClass.NO_DEADLINE)).isEqualTo((int) undated);
        assertThat(counts.get(PaceClass.OVERDUE)).isEqualTo((int) overdue);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);

        String overall = paragraphAfter(b, BulletinWords.OVERALL, 1);
        assertThat(overall).startsWith("截至2023年3月28日，《" + plan.displayTitle() + "》共有任务" + total + "项。");
        for (PaceClass c : PaceClass.values()) {
            assertThat(overall).contains(c.chinese() + counts.get(c) + "项，占" + pct(counts.get(c), total));
        }
        int good = counts.get(PaceClass.DONE) + counts.get(PaceClass.AHEAD) + counts.get(PaceClass.ON_PACE);
        int lagging = counts.get(PaceClass.BEHIND) + counts.get(PaceClass.OVERDUE);
        assertThat(paragraphAfter(b, BulletinWords.OVERALL, 2)).isEqualTo("已完成或按序时推进的任务共" + good + "项，占"
                + pct(good, total) + "；进度滞后（欠序时、已逾期）的任务共" + lagging + "项，占" + pct(lagging, total) + "。");

        // 二: every lagging task, with its lead unit, and nothing else.
        assertThat(lagging).isPositive();
        assertThat(paragraphAfter(b, BulletinWords.LAGGING, 1)).contains("共有" + lagging + "项任务进度滞后")
                .contains("已逾期" + counts.get(PaceClass.OVERDUE) + "项、欠序时" + counts.get(PaceClass.BEHIND) + "项");
        List<String> items = b.blocks().stream().filter(x -> x instanceof Bulletin.Paragraph)
                .map(x -> ((Bulletin.Paragraph) x).text()).filter(s -> s.matches("\\d+．第\\d+项：.*")).toList();
        assertThat(items).hasSize(lagging);
        for (TaskPace p : pace.tasks()) {
            if (!p.pace().lagging()) {
                assertThat(items).noneMatch(s -> s.contains("第" + p.task().number() + "项："));
                continue;
            }
            Task t = p.task();
            List<String> lead = t.unitNames(Role.LEAD).isEmpty() ? t.unitNames(Role.RESPONSIBLE) : t.unitNames(Role.LEAD);
            String item = items.stream().filter(s -> s.contains("第" + t.number() + "项：")).findFirst().orElseThrow();
            assertThat(item).contains(String.join("、", lead));
            ProgressEntry latest = t.latestProgress();
            assertThat(item).contains(latest == null ? "未报送进展情况" : latest.text().strip().replaceAll("[。；]+$", ""));
        }

        // 附件: 慢序时 = 欠序时 + 已逾期, 按序时 = 达序时 + 超序时.
        assertThat(b.annexes()).hasSize(2);
        assertThat(b.annexes().get(0).title()).isEqualTo("慢序时事项表");
        assertThat(b.annexes().get(0).table().rows()).hasSize(lagging);
        assertThat(b.annexes().get(1).title()).isEqualTo("按序时事项表");
        assertThat(b.annexes().get(1).table().rows())
                .hasSize(counts.get(PaceClass.ON_PACE) + counts.get(PaceClass.AHEAD));
    }

    @Test
    void theReportingSectionNamesTheUnitsLateOrMissingInTheRound() throws Exception {
        Bulletin b = draft();
        Set<String> units = new LinkedHashSet<>();
        plan.tasks().forEach(t -> t.assignments().forEach(a -> units.add(a.unit().name())));
        int lateTasks = SampleWithRound.tasksOf(plan, SampleWithRound.LATE).size();
        assertThat(lateTasks).isGreaterThan(1);
        String text = paragraphAfter(b, BulletinWords.REPORTING, 1);
        assertThat(text).startsWith("2023年3月任务进展情况应于2023年3月25日前报送，应报送单位" + units.size() + "个。");
        assertThat(text).contains("截至2023年3月28日，按时报送1个；逾期报送0个；部分报送1个：" + SampleWithRound.LATE
                + "（逾期）（报送1项，应报" + lateTasks + "项）；逾期未报送" + (units.size() - 2) + "个：");
        for (String u : units) {
            if (!u.equals(SampleWithRound.ON_TIME)) {
                assertThat(text).contains(u);
            }
        }
        assertThat(text).doesNotContain(SampleWithRound.ON_TIME);
    }

    @Test
    void theWordDocumentReopenedHasTheSectionsTheTablesAndTheFonts() throws Exception {
        Bulletin b = draft();
        Path out = dir.resolve("第1期.docx");
        Bulletins.save(b, out, null).run(sample.session);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> !p.getText().isEmpty()
                    && "黑体".equals(DocxFonts.eastAsia(doc, p)))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsSubsequence("一、总体情况", "二、进度滞后事项", "三、报送情况", "四、下步要求", "附件1", "附件2");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("督查通报", "第1期",
                    "关于《" + plan.displayTitle() + "》落实情况的通报");
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables().get(0).getRows()).hasSize(b.annexes().get(0).table().rows().size() + 1);
            assertThat(doc.getTables().get(1).getRows()).hasSize(b.annexes().get(1).table().rows().size() + 1);
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("截至")).findFirst()
                    .orElseThrow();
            assertThat(DocxFonts.eastAsia(doc, body)).isEqualTo("仿宋_GB2312");
            assertThat(DocxFonts.size(doc, body)).isEqualTo(16.0);
        }
    }

    @Test
    void theNumberIsPerWorkspaceAndMovesOnWhenABulletinIsSavedAndTheRequirementsAreTheWorkspacesDefault() throws Exception {
        assertThat(draft().masthead().issue()).isEqualTo("第1期");
        assertThat(draft().masthead().office()).isEqualTo(plan.issuer());
        Bulletins.save(draft(), dir.resolve("a.docx"), null).run(sample.session);
        assertThat(draft().masthead().issue()).isEqualTo("第2期");
        Bulletin seventh = Bulletins.draft(new Bulletins.Request(sample.planId(), null, TODAY, 7, "省政府督查室", null))
                .run(sample.session);
        assertThat(seventh.masthead().issue()).isEqualTo("第7期");
        assertThat(seventh.masthead().office()).isEqualTo("省政府督查室");
        Bulletins.save(seventh, dir.resolve("b.docx"), null).run(sample.session);
        assertThat(Bulletins.settings().run(sample.session).nextNumber()).isEqualTo(8);

        String template = "（一）第一条要求。\n（二）第二条要求。";
        Bulletins.saveSettings(Bulletins.settings().run(sample.session).withRequirements(template)).run(sample.session);
        Bulletin b = draft();
        int at = b.blocks().indexOf(new Bulletin.Heading(BulletinWords.REQUIREMENTS));
        assertThat(b.blocks().subList(at + 1, at + 3)).containsExactly(new Bulletin.Paragraph("（一）第一条要求。"),
                new Bulletin.Paragraph("（二）第二条要求。"));
    }

    @Test
    void withoutARoundTheLatestRoundOpenedByTheDayIsReportedOn() throws Exception {
        Rounds.open(new Rounds.OpenRequest(sample.planId(), "2023年4月", RoundDue.on(LocalDate.of(2023, 4, 25)), "",
                List.of(), List.of(), LocalDate.of(2023, 4, 1))).run(sample.session);
        Bulletin b = Bulletins.draft(Bulletins.Request.of(sample.planId(), null, TODAY)).run(sample.session);
        assertThat(paragraphAfter(b, BulletinWords.REPORTING, 1)).startsWith("2023年3月任务进展情况");
    }

    @Test
    void anUnknownPlanOrRoundOrARoundOfAnotherPlanIsRefused() throws Exception {
        assertThatThrownBy(() -> Bulletins.draft(Bulletins.Request.of(999, null, TODAY)).run(sample.session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> Bulletins.draft(Bulletins.Request.of(sample.planId(), 999L, TODAY)).run(sample.session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        Plan other = sample.ws.plans().save(org.luoshi.reminders.SamplePlanFixture.plan());
        assertThatThrownBy(() -> Bulletins.draft(Bulletins.Request.of(other.id(), sample.round.id(), TODAY))
                .run(sample.session)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bulletins.write(draft(), dir.resolve("x.txt"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }
}
