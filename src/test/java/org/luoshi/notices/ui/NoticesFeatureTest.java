package org.luoshi.notices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.notices.NoticeKind;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.ScriptedDialogs;

/**
 * Issuing a notice from the window's flow (dialog answers scripted, work on the caller's thread): the
 * number it takes, the numbering changed in the dialog, the .docx, the status line; a file that cannot
 * be written takes the notice back (number given back, no history left).
 */
class NoticesFeatureTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 4, 2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Workspace ws;
    private Session session;
    private Plan plan;
    private Task task29;
    private final List<String> said = new ArrayList<>();
    private final List<NoticesFeature.Form> forms = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ws = Workspace.open(dir.resolve("w.db"));
        plan = ws.plans().save(SamplePlan.parse().plan());
        task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow();
        session = Session.of(ws);
        session.recordAs("督查室 李明");
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    private NoticesFeature feature(ScriptedDialogs dialogs, NoticesFeature.Choice choice) {
        return new NoticesFeature(session, dialogs, () -> task29, () -> plan,
                Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE), said::add, form -> {
                    forms.add(form);
                    return Optional.ofNullable(choice);
                });
    }

    @Test
    void theDialogShowsTheNextNumberAndTheNoticeIsWrittenWithTheNumberingChosenThere() throws Exception {
        Path file = dir.resolve("督办.docx");
        ScriptedDialogs dialogs = new ScriptedDialogs().savingTo(file);
        feature(dialogs, new NoticesFeature.Choice(LocalDate.of(2023, 4, 20), "根据省政府第5次常务会议要求",
                "", "督查室 0351-1234567", "晋督〔{year}〕{n}号", 7, "山西省人民政府督查室")).issue(NoticeKind.SUPERVISE);

        assertThat(forms).singleElement().satisfies(f -> {
            assertThat(f.settings().next(NoticeKind.SUPERVISE)).isEqualTo(1);
            assertThat(f.settings().format(NoticeKind.SUPERVISE)).isEqualTo("督〔{year}〕{n}号");
            assertThat(f.basis()).isEqualTo(
                    "根据《落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案》（晋政办发〔2023〕1号）的分工要求");
        });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(said).containsExactly("已发出 晋督〔2023〕7号：" + file);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("晋督〔2023〕7号");
            assertThat(doc.getParagraphs().get(3).getText()).startsWith("根据省政府第5次常务会议要求。下列任务");
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).filter(t -> !t.isBlank()).toList())
                    .endsWith("山西省人民政府督查室", "2023年4月2日");
        }
        assertThat(ws.settings().get("notice.supervise.next.2023")).contains("8");
        assertThat(ws.settings().get("notice.office")).contains("山西省人民政府督查室");
        assertThat(ws.history().ofTask(task29.id())).singleElement().satisfies(s -> {
            assertThat(s.person()).isEqualTo("督查室 李明");
            assertThat(s.action()).isEqualTo("发出督办通知单 晋督〔2023〕7号（办理时限：2023年4月20日前）");
        });
    }

    @Test
    void aNoticeWhoseFileCannotBeWrittenIsTakenBack() {
        Path nowhere = dir.resolve("missing-folder").resolve("催办.docx");
        ScriptedDialogs dialogs = new ScriptedDialogs().savingTo(nowhere);
        feature(dialogs, new NoticesFeature.Choice(LocalDate.of(2023, 4, 20), "", "", "", "催〔{year}〕{n}号", 1, ""))
                .issue(NoticeKind.URGE);

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(ws.notices().ofPlan(plan.id())).isEmpty();
        assertThat(ws.settings().get("notice.urge.next.2023")).isEmpty();
        assertThat(ws.history().ofTask(task29.id())).isEmpty();
        assertThat(said).isEmpty();
    }

    @Test
    void cancellingTheDialogIssuesNothing() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        feature(dialogs, null).issue(NoticeKind.SUPERVISE);
        assertThat(ws.notices().ofPlan(plan.id())).isEmpty();
        assertThat(dialogs.asked()).isEmpty();
    }

    @Test
    void withNoTaskSelectedInAUnitsViewTheNoticeCoversThatUnitsUnfinishedTasksOfThePlan() throws Exception {
        String unit = "省市场监管局";
        List<Long> expected = plan.tasks().stream().filter(t -> t.roleOf(unit) != null && !t.isFinished())
                .map(Task::id).toList();
        assertThat(expected).hasSizeGreaterThan(1);
        Path file = dir.resolve("催办.docx");
        ScriptedDialogs dialogs = new ScriptedDialogs().savingTo(file);
        NoticesFeature feature = new NoticesFeature(session, dialogs, () -> null, () -> plan,
                Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE), said::add, form -> {
                    forms.add(form);
                    return Optional.of(new NoticesFeature.Choice(LocalDate.of(2023, 4, 20), "", "", "",
                            "催〔{year}〕{n}号", 3, ""));
                });
        feature.setUnitOnShow(() -> unit);
        feature.issue(NoticeKind.URGE);

        assertThat(forms).singleElement().satisfies(f -> {
            assertThat(f.task()).isNull();
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.subject()).isEqualTo("催办通知书：省市场监管局在本方案中未完成的任务");
        });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(ws.notices().ofPlan(plan.id())).singleElement().satisfies(n -> {
            assertThat(n.number()).isEqualTo("催〔2023〕3号");
            assertThat(n.unit()).isEqualTo(unit);
            assertThat(n.taskIds()).containsExactlyElementsOf(expected);
        });
        for (long id : expected) {
            assertThat(ws.history().ofTask(id)).singleElement()
                    .satisfies(step -> assertThat(step.action()).startsWith("发出催办通知书 催〔2023〕3号"));
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getTables()).singleElement()
                    .satisfies(t -> assertThat(t.getRows()).hasSize(expected.size() + 1));
        }
    }

    @Test
    void withNeitherATaskNorAUnitNothingIsAskedAndThePersonIsToldWhatToChoose() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        NoticesFeature feature = new NoticesFeature(session, dialogs, () -> null, () -> plan,
                Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE), said::add, form -> {
                    forms.add(form);
                    return Optional.empty();
                });
        feature.issue(NoticeKind.URGE);
        assertThat(forms).isEmpty();
        assertThat(ws.notices().ofPlan(plan.id())).isEmpty();
        assertThat(dialogs.informations()).singleElement().asString().contains("选择一个单位");
    }
}
