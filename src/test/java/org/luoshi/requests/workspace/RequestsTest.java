package org.luoshi.requests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.TaskRequest;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** Extension and closing requests on task 29 of the sample plan (2023年3月底前 …; 6月底前 …). */
class RequestsTest {
    static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);
    static final LocalDate MARCH_31 = LocalDate.of(2023, 3, 31);
    static final LocalDateTime NOON = LocalDateTime.of(2023, 6, 20, 12, 0);

    @TempDir
    Path dir;
    Workspace ws;
    Session session;
    Task t29;

    @BeforeEach
    void sample() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        session.recordAs("王科长");
        Plan plan = ws.plans().save(SamplePlanFixture.plan());
        t29 = SamplePlanFixture.task(plan, "29");
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    Requests.Extend extend(LocalDate milestone, LocalDate to, LocalDate today) {
        return new Requests.Extend(t29.id(), milestone, to, "系统对接未完成", "已完成省级系统升级", null, today);
    }

    @Test
    void anExtensionOfTheLastDeadlineIsStoredPendingWithTheOriginalDateAndTheLeadUnit() throws Exception {
        TaskRequest r = Requests.extend(extend(null, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 6, 15))).run(session);
        TaskRequest stored = ws.requests().find(r.id()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(RequestKind.EXTENSION);
        assertThat(stored.originalDate()).isEqualTo(JUNE_30);
        assertThat(stored.requestedDate()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(stored.unit()).isEqualTo("省审批服务管理局");
        assertThat(stored.requestedBy()).isEqualTo("王科长");
        assertThat(stored.state()).isEqualTo(RequestState.PENDING);
        assertThat(stored.late()).isFalse();
        assertThat(session.editState().undoDescription()).isEqualTo("任务29申请延期：2023-06-30 → 2023-09-30");
    }

    @Test
    void anExtensionAskedAfterTheDeadlineIsFlaggedLate() throws Exception {
        TaskRequest r = Requests.extend(extend(null, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 7, 3))).run(session);
        assertThat(ws.requests().find(r.id()).orElseThrow().late()).isTrue();
    }

    @Test
    void aMilestoneIsNamedByItsDate() throws Exception {
        TaskRequest r = Requests.extend(extend(MARCH_31, LocalDate.of(2023, 4, 30), LocalDate.of(2023, 3, 20))).run(session);
        TaskRequest stored = ws.requests().find(r.id()).orElseThrow();
        assertThat(stored.milestoneId()).isNotZero();
        assertThat(stored.originalDate()).isEqualTo(MARCH_31);
        assertThatThrownBy(() -> Requests.extend(extend(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 1),
                LocalDate.of(2023, 3, 20))).run(session)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no milestone on 2023-05-01");
    }

    @Test
    void aDateNotAfterTheOriginalIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> Requests.extend(extend(null, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 5, 1)))
                .run(session)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
        assertThatThrownBy(() -> Requests.extend(extend(null, JUNE_30, LocalDate.of(2023, 5, 1)))
                .run(session)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ws.requests().ofTask(t29.id())).isEmpty();
        assertThat(session.editState().canUndo()).isFalse();
    }

    @Test
    void approvingKeepsTheOriginalDateAndGivesTheAdjustedOneUnderTheRule() throws Exception {
        TaskRequest r = Requests.extend(extend(null, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 6, 15))).run(session);
        TaskRequest decided = Requests.decide(r.id(), true, "同意，请抓紧推进", NOON).run(session);
        assertThat(decided.state()).isEqualTo(RequestState.APPROVED);
        TaskRequest stored = ws.requests().find(r.id()).orElseThrow();
        assertThat(stored.decidedBy()).isEqualTo("王科长");
        assertThat(stored.decidedAt()).isEqualTo(NOON);
        assertThat(stored.opinion()).isEqualTo("同意，请抓紧推进");
        Task task = ws.tasks().require(t29.id());
        assertThat(task.deadlines()).extracting(d -> d.dueDate()).contains(JUNE_30);

        EffectiveDeadlines eff = Requests.effectiveDeadlines().run(session);
        assertThat(eff.original(task)).isEqualTo(JUNE_30);
        assertThat(eff.counting(task)).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(eff.apply(task).deadlines()).extracting(d -> d.dueDate())
                .contains(LocalDate.of(2023, 9, 30)).doesNotContain(JUNE_30);
        ws.settings().put(DeadlineRule.SETTING, "original");
        EffectiveDeadlines byOriginal = Requests.effectiveDeadlines().run(session);
        assertThat(byOriginal.counting(task)).isEqualTo(JUNE_30);
        assertThat(byOriginal.apply(task)).isSameAs(task);
    }

    @Test
    void aRequestAlreadyDecidedIsRefusedAndUndoMakesItPendingAgain() throws Exception {
        TaskRequest r = Requests.extend(extend(null, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 6, 15))).run(session);
        Requests.decide(r.id(), false, "理由不充分", NOON).run(session);
        assertThatThrownBy(() -> Requests.decide(r.id(), true, "", NOON).run(session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already been decided");
        assertThatThrownBy(() -> Requests.review(r.id(), true, "", NOON).run(session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a closing request");
        assertThat(session.editState().undoDescription()).isEqualTo("不同意任务29延期");
        session.undo("撤销");
        assertThat(ws.requests().find(r.id()).orElseThrow().state()).isEqualTo(RequestState.PENDING);
        assertThat(ws.requests().find(r.id()).orElseThrow().decidedAt()).isNull();
        session.redo("重做");
        assertThat(ws.requests().find(r.id()).orElseThrow().state()).isEqualTo(RequestState.REFUSED);
    }

    @Test
    void aPassedClosingClosesTheTaskOnTimeAgainstTheOriginalDeadlineWithItsEvidenceStoredOnce() throws Exception {
        Path report = Files.writeString(dir.resolve("验收报告.txt"), "电子证照系统升级验收报告", StandardCharsets.UTF_8);
        Path copy = Files.writeString(dir.resolve("副本.txt"), "电子证照系统升级验收报告", StandardCharsets.UTF_8);
        TaskRequest r = Requests.close(new Requests.Close(t29.id(), "已完成系统升级，签发率达到85%", List.of(report, copy),
                null, LocalDate.of(2023, 6, 28))).run(session);
        assertThat(r.evidence()).extracting(EvidenceFile::name).containsExactly("验收报告.txt", "副本.txt");
        // SHA-256 of the UTF-8 bytes of 电子证照系统升级验收报告, computed by sha256sum
        assertThat(r.evidence().get(0).sha256()).isEqualTo(r.evidence().get(1).sha256());
        assertThat(ws.requests().evidenceTotals()).containsExactly(1, "电子证照系统升级验收报告".getBytes(StandardCharsets.UTF_8).length);

        Requests.review(r.id(), true, "材料齐全", LocalDateTime.of(2023, 7, 5, 9, 30)).run(session);
        assertThat(ws.tasks().require(t29.id()).status()).isEqualTo(TaskStatus.CLOSED);
        TaskRequest passed = ws.requests().find(r.id()).orElseThrow();
        assertThat(passed.onTime()).isTrue();
        assertThat(passed.decidedOn()).isEqualTo(LocalDate.of(2023, 7, 5));
        assertThat(session.editState().undoDescription()).isEqualTo("任务29销号审核通过（按期）");
        assertThatThrownBy(() -> Requests.close(new Requests.Close(t29.id(), "再次", List.of(), null,
                LocalDate.of(2023, 7, 6))).run(session)).hasMessageContaining("is closed");
    }

    @Test
    void aReturnNeedsWhatMustBeRedoneAndLeavesTheTaskOpen() throws Exception {
        TaskRequest r = Requests.close(new Requests.Close(t29.id(), "已完成", List.of(), null, LocalDate.of(2023, 7, 8)))
                .run(session);
        assertThatThrownBy(() -> Requests.review(r.id(), false, " ", NOON).run(session))
                .isInstanceOf(IllegalArgumentException.class);
        Requests.review(r.id(), false, "缺少签发率统计表", NOON).run(session);
        assertThat(ws.tasks().require(t29.id()).status()).isNotEqualTo(TaskStatus.CLOSED);
        assertThat(ws.requests().find(r.id()).orElseThrow().stateWord()).isEqualTo("退回");
        assertThat(ws.requests().find(r.id()).orElseThrow().onTime()).as("asked after 2023-06-30").isFalse();
    }

    @Test
    void evidenceMissingOrOverTheLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
        ws.settings().put(RequestSettings.EVIDENCE_MAX_MB, "1");
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[1024 * 1024 + 1]);
        assertThatThrownBy(() -> Requests.close(new Requests.Close(t29.id(), "已完成", List.of(big), null,
                LocalDate.of(2023, 6, 1))).run(session)).hasMessage(
                        "The evidence file big.bin has 2 MB, over the limit of 1 MB per file.");
        assertThatThrownBy(() -> Requests.close(new Requests.Close(t29.id(), "已完成", List.of(dir.resolve("none.pdf")),
                null, LocalDate.of(2023, 6, 1))).run(session)).hasMessageContaining("does not exist");
        assertThat(ws.requests().ofTask(t29.id())).isEmpty();
        assertThat(ws.requests().evidenceTotals()).containsExactly(0, 0);
    }

    @Test
    void evidenceExportsAsAZipWithACoverSheetNamingEachFileAndItsHash() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17]; // over three chunks
        new java.util.Random(7).nextBytes(content);
        Path scan = dir.resolve("签发率统计.pdf");
        Files.write(scan, content);
        TaskRequest r = Requests.close(new Requests.Close(t29.id(), "已完成", List.of(scan), null,
                LocalDate.of(2023, 6, 28))).run(session);
        Path zip = dir.resolve("out/任务29佐证材料.zip");
        assertThat(Evidence.exportTask(t29.id(), zip).run(session)).isEqualTo(1);
        try (var z = new java.util.zip.ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            String cover = new String(z.getInputStream(z.getEntry(Evidence.COVER)).readAllBytes(), StandardCharsets.UTF_8);
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            assertThat(cover).contains("申请单位：省审批服务管理局").contains("签发率统计.pdf").contains(sha)
                    .contains("审核结果：待审核");
            byte[] back = z.getInputStream(z.getEntry("任务29/销号申请" + r.id() + "/签发率统计.pdf")).readAllBytes();
            assertThat(back).isEqualTo(content);
        }
        Path opened = Evidence.toTemporaryFile(r.evidence().get(0)).run(session);
        assertThat(Files.readAllBytes(opened)).isEqualTo(content);
        assertThat(opened.getFileName().toString()).isEqualTo("签发率统计.pdf");
    }

    @Test
    void theExtensionFormHasEveryFieldAndTheSignatureLines() throws Exception {
        TaskRequest r = Requests.extend(new Requests.Extend(t29.id(), null, LocalDate.of(2023, 9, 30), "系统对接未完成",
                "已完成省级系统升级", null, LocalDate.of(2023, 7, 3))).run(session);
        Requests.decide(r.id(), true, "同意延期，请抓紧推进", NOON).run(session);
        Path docx = Requests.extensionForm(r.id(), dir.resolve("延期审批单.docx")).run(session);
        try (var in = Files.newInputStream(docx);
                var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var table = doc.getTables().get(0);
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            table.getRows().forEach(row -> fields.put(row.getCell(0).getText(), row.getCell(1).getText()));
            assertThat(fields).containsEntry("申请单位", "省审批服务管理局")
                    .containsEntry("原定时限", "2023年6月30日")
                    .containsEntry("申请延期至", "2023年9月30日")
                    .containsEntry("申请日期", "2023年7月3日（逾期后申请）")
                    .containsEntry("理由", "系统对接未完成")
                    .containsEntry("目前进展", "已完成省级系统升级")
                    .containsEntry("审批意见", "同意。同意延期，请抓紧推进");
            assertThat(fields.get("任务")).startsWith("29．依托全省一体化在线政务服务平台");
            String all = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertThat(all).contains("延期审批单").contains("申请单位负责人（签字）").contains("审批领导（签字）").contains("日期");
        }
    }

    @Test
    void undoingATaskDeletionBringsItsRequestsAndEvidenceBack() throws Exception {
        Path report = Files.writeString(dir.resolve("验收报告.txt"), "验收合格", StandardCharsets.UTF_8);
        TaskRequest r = Requests.close(new Requests.Close(t29.id(), "已完成", List.of(report), null,
                LocalDate.of(2023, 6, 28))).run(session);
        session.apply(org.luoshi.edit.PlanEdits.deleteTask(ws.tasks().require(t29.id())));
        assertThat(ws.requests().find(r.id())).isEmpty();
        // another closing in the same session must not take the evidence the undo needs
        Task t30 = ws.tasks().require(r.taskId() + 1);
        Requests.close(new Requests.Close(t30.id(), "已完成", List.of(), null, LocalDate.of(2023, 6, 28))).run(session);
        session.undo("撤销");
        session.undo("撤销");
        TaskRequest back = ws.requests().find(r.id()).orElseThrow();
        assertThat(back.evidence()).extracting(EvidenceFile::name).containsExactly("验收报告.txt");
        var out = new java.io.ByteArrayOutputStream();
        ws.requests().copyEvidence(back.evidence().get(0).sha256(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("验收合格");
    }

    @Test
    void theExtensionFormAsPdfThroughThePaperStackHasItsFieldsInChinese() throws Exception {
        Path font = org.luoshi.testing.TestFonts.cjkTrueType().file();
        TaskRequest r = Requests.extend(new Requests.Extend(t29.id(), null, LocalDate.of(2023, 9, 30), "系统对接未完成",
                "已完成省级系统升级", null, LocalDate.of(2023, 6, 20))).run(session);
        Path pdf = Requests.extensionFormPdf(r.id(), dir.resolve("延期审批单.pdf"), font).run(session);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("延期审批单").contains("省审批服务管理局").contains("2023年6月30日")
                    .contains("2023年9月30日").contains("系统对接未完成").contains("审批领导（签字）");
        }
    }
}
