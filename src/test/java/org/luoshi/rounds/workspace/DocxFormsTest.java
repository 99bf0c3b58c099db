package org.luoshi.rounds.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundDue;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** Word forms: written with a hidden identity, filled in Word's way (with POI), renamed, read back and applied. */
class DocxFormsTest {
    static final String UNIT = "省审批服务管理局";

    @TempDir
    Path dir;
    Workspace ws;
    Session session;
    Plan plan;
    Round round;

    @BeforeEach
    void sample() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        plan = ws.plans().save(SamplePlanFixture.plan());
        round = Rounds.open(new Rounds.OpenRequest(plan.id(), "2023年3月", RoundDue.on(LocalDate.of(2023, 4, 25)), "",
                List.of(), List.of(), LocalDate.of(2023, 4, 1))).run(session);
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aWordFormFilledRenamedAndWithATaskCellChangedIsMatchedAndApplied() throws Exception {
        List<Path> forms = Rounds.forms(round.id(), Rounds.Format.DOCX, dir.resolve("out"), UNIT, false).run(session);
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).isEqualTo(UNIT + ".docx"));
        List<Long> mine = plan.tasks().stream().filter(t -> t.roleOf(UNIT) != null).map(Task::id).toList();
        long a = mine.get(0);
        long b = mine.get(1);
        Path returned = dir.resolve("审批局回执.docx");
        try (InputStream in = Files.newInputStream(forms.get(0)); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(XWPFRun::isVanish)
                    .map(XWPFRun::text)).anySatisfy(t -> assertThat(t).startsWith("luoshi-round-form|1|"));
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            // Locked without a password, the five fillable cells of each row open to everyone.
            assertThat(doc.isEnforcedReadonlyProtection()).isTrue();
            var protection = doc.getSettings().getCTSettings().getDocumentProtection();
            assertThat(protection.isSetHash()).isFalse();
            for (int c = 0; c <= 10; c++) {
                var ctp = row(table, a).getCell(c).getParagraphs().get(0).getCTP();
                assertThat(ctp.getPermStartList()).as("column %d open", c).hasSize(c >= 6 ? 1 : 0);
                assertThat(ctp.getPermEndList()).hasSize(c >= 6 ? 1 : 0);
                if (c >= 6) {
                    assertThat(ctp.getPermStartArray(0).getEdGrp().toString()).isEqualTo("everyone");
                    assertThat(ctp.getPermEndArray(0).getId()).isEqualTo(ctp.getPermStartArray(0).getId());
                }
            }
            // 是否完成: a drop-down of 是 / 否 showing 请选择.
            var sdt = row(table, a).getCell(10).getParagraphs().get(0).getCTP().getSdtArray(0);
            assertThat(sdt.getSdtPr().getDropDownList().getListItemList())
                    .extracting(i -> i.getDisplayText()).containsExactly("是", "否");
            assertThat(row(table, a).getCell(10).getText()).isEqualTo("请选择");
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().startsWith("填报人："))
                    .findFirst().orElseThrow().getCTP().getPermStartList()).hasSize(2);
            fill(row(table, a), "已完成系统升级", "80");
            fill(row(table, b), "全部办结", "100");
            choose(row(table, b).getCell(10), "是");
            XWPFTableCell text = row(table, a).getCell(1);
            text.getParagraphs().get(0).createRun().setText("（单位改了这里）");
            try (OutputStream out = Files.newOutputStream(returned)) {
                doc.write(out);
            }
        }
        Review review = Rounds.review(round.id(), List.of(returned), LocalDate.of(2023, 4, 20)).run(session);
        assertThat(review.refused()).isEmpty();
        assertThat(review.lines()).extracting(Review.Line::taskId).containsExactlyInAnyOrder(a, b);
        assertThat(review.lines()).filteredOn(l -> l.taskId() == b).singleElement()
                .satisfies(l -> assertThat(l.proposesDone()).isTrue());
        assertThat(review.problems()).singleElement().satisfies(p -> {
            assertThat(p.refused()).isFalse();
            assertThat(p.message()).contains("locked cells");
        });
        Rounds.apply(review, Set.of()).run(session);
        assertThat(ws.tasks().require(a).latestProgress().text()).isEqualTo("已完成系统升级");
        assertThat(ws.tasks().require(a).latestProgress().percent()).isEqualTo(80);
        assertThat(ws.tasks().require(a).latestProgress().unit()).isEqualTo(UNIT);
    }

    @Test
    void aWordFileWithoutTheIdentityIsNotAForm() throws Exception {
        Path plain = dir.resolve("plain.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(plain)) {
            doc.createParagraph().createRun().setText("进展情况");
            doc.write(out);
        }
        Path text = Files.writeString(dir.resolve("fake.docx"), "hello");
        Review review = Rounds.review(round.id(), List.of(plain, text), LocalDate.of(2023, 4, 20)).run(session);
        assertThat(review.refused()).extracting(Review.FileCheck::reason)
                .containsExactly(Messages.get("rounds.problem.notAForm"), Messages.get("rounds.problem.notWord"));
    }

    private static XWPFTableRow row(XWPFTable table, long taskId) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().contains("⟦t" + taskId + "⟧"))
                .findFirst().orElseThrow();
    }

    /** Picks a value of the 是否完成 drop-down as Word does: the placeholder goes, the value is the control's text. */
    private static void choose(XWPFTableCell cell, String value) {
        var sdt = cell.getParagraphs().get(0).getCTP().getSdtArray(0);
        sdt.getSdtPr().unsetShowingPlcHdr();
        var run = sdt.getSdtContent().getRArray(0);
        run.getTArray(0).setStringValue(value);
    }

    @Test
    void aPercentOutsideZeroToAHundredInAWordFormIsAProblemOfItsRowAndAnUnchosenDropDownIsNoAnswer() throws Exception {
        List<Path> forms = Rounds.forms(round.id(), Rounds.Format.DOCX, dir.resolve("out"), UNIT, false).run(session);
        List<Long> mine = plan.tasks().stream().filter(t -> t.roleOf(UNIT) != null).map(Task::id).toList();
        Path returned = dir.resolve("r.docx");
        try (InputStream in = Files.newInputStream(forms.get(0)); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            fill(row(table, mine.get(0)), "推进中", "150");
            fill(row(table, mine.get(1)), "推进中", "60");
            try (OutputStream out = Files.newOutputStream(returned)) {
                doc.write(out);
            }
        }
        Review review = Rounds.review(round.id(), List.of(returned), LocalDate.of(2023, 4, 20)).run(session);
        assertThat(review.problems()).singleElement().satisfies(p -> {
            assertThat(p.refused()).isTrue();
            assertThat(p.row()).isPositive();
            assertThat(p.message()).contains("“150”").contains("0 to 100");
        });
        assertThat(review.lines()).singleElement().satisfies(l -> {
            assertThat(l.taskId()).isEqualTo(mine.get(1));
            assertThat(l.reported().percent()).isEqualTo(60);
            assertThat(l.report().done()).isNull();
        });
    }

    private static void fill(XWPFTableRow row, String progress, String percent) {
        row.getCell(6).getParagraphs().get(0).createRun().setText(progress);
        row.getCell(9).getParagraphs().get(0).createRun().setText(percent);
    }
}
