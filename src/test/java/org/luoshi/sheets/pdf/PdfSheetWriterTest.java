package org.luoshi.sheets.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.Fonts;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.sheets.PlanUnits;
import org.luoshi.sheets.SheetOptions;
import org.luoshi.sheets.SheetPlans;
import org.luoshi.sheets.UnitSheets;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetLayout;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.testing.TestFonts;

/** PDFs written with the test's Chinese TrueType font (WenQuanYi Micro Hei on CI) and read back with PDFBox. */
class PdfSheetWriterTest {
    private static final SheetOptions OPTIONS = SheetOptions.standard(LocalDate.of(2023, 2, 1));

    /** One writer (and font) for the class: a writer serves many documents in turn. */
    private static PdfSheetWriter writer;
    private static TestFonts.CjkFont font;

    @TempDir
    Path dir;

    /** Opens the font for the first test; without a Chinese TrueType font each test is skipped. */
    @BeforeEach
    void openFont() {
        if (writer == null) {
            font = TestFonts.cjkTrueType();
            writer = new PdfSheetWriter(EmbeddableFont.open(font.file()));
        }
    }

    @AfterAll
    static void closeFont() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aUnitsPdfHoldsItsTasksInSearchableChineseWithTheFontEmbeddedAsASubset() throws IOException {
        Plan plan = SamplePlan.parse().plan();
        String unit = "省发展改革委";
        Written pdf = write(UnitSheets.of(plan, unit, OPTIONS), dir.resolve(unit + ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.file().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pdf.layout().pages().size()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("省发展改革委任务分工表", "文号：晋政办发〔2023〕1号", "制表日期：2023年2月1日",
                    "牵头的任务（5 项）", "第 1 页 共 " + doc.getNumberOfPages() + " 页");
            List<String> column = taskColumn(doc, pdf);
            String all = String.join("", column);
            List<Task> mine = plan.tasks().stream().filter(t -> PlanUnits.roleOf(t, unit).isPresent()).toList();
            assertThat(mine).hasSize(13);
            for (Task t : mine) {
                assertThat(all).contains(squeeze(t.text()));
            }
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+" + Pattern.quote(PdfSheetWriterTest.font.postScriptName()));
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                }
            }
        }
        // A subset: far smaller than the 5 MB font file.
        assertThat(java.nio.file.Files.size(pdf.file())).isLessThan(400_000);
    }

    @Test
    void fortyFiveTasksSpanPagesWithTheHeaderOnEachPageAndNoTaskCut() throws IOException {
        Plan plan = SheetPlans.many("省教育厅", 45);
        Written pdf = write(UnitSheets.of(plan, "省教育厅", OPTIONS), dir.resolve("many.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.file().toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).contains("序号", "任务内容", "本单位", "完成时限", "备注",
                        "第 " + p + " 页 共 " + doc.getNumberOfPages() + " 页");
            }
            List<String> column = taskColumn(doc, pdf);
            for (Task t : plan.tasks()) {
                long pagesWithWholeTask = column.stream().filter(page -> page.contains(squeeze(t.text()))).count();
                assertThat(pagesWithWholeTask).as("task %s whole on one page", t.number()).isEqualTo(1);
            }
        }
    }

    @Test
    void aTaskLongerThanAPageContinuesOnTheNextWithAMark() throws IOException {
        String longText = "持续深化“放管服”改革，优化营商环境。".repeat(220);
        Plan plan = SheetPlans.many("省教育厅", 1);
        Task t = plan.tasks().get(0);
        Task huge = new Task(0, 1, "1", null, null, longText, t.assignments(), false, t.deadlines(), List.of(),
                List.of(), null, 1);
        plan = new Plan(0, null, "测试方案", "测试〔2023〕1号", null, null, "", List.of(), List.of(), List.of(huge));
        Written pdf = write(UnitSheets.of(plan, "省教育厅", OPTIONS), dir.resolve("long.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.file().toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(squeeze(second.getText(doc))).contains("1（续）");
            assertThat(String.join("", taskColumn(doc, pdf))).contains(squeeze(longText));
        }
    }

    @Test
    void charactersTheFontLacksBecomeABoxAndThePdfIsStillWritten() throws IOException {
        Plan plan = SheetPlans.many("省教育厅", 1);
        Task t = plan.tasks().get(0);
        Task odd = new Task(0, 1, "1", null, null, "表情😀与控制符\u0007都不应使导出失败", t.assignments(), false,
                t.deadlines(), List.of(), List.of(), null, 1);
        plan = new Plan(0, null, "测试方案", null, null, null, "", List.of(), List.of(), List.of(odd));
        Written pdf = write(UnitSheets.of(plan, "省教育厅", OPTIONS), dir.resolve("odd.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.file().toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(doc))).contains("表情□与控制符都不应使导出失败");
        }
    }

    private record Written(Path file, SheetLayout layout) {
    }

    private static Written write(Sheet sheet, Path file) throws IOException {
        PageSetup page = PageSetup.a4(sheet.orientation());
        SheetLayout layout = writer.layout(sheet, page);
        writer.write(sheet, page, file);
        return new Written(file, layout);
    }

    /** The text inside the 任务内容 column under the column headers of each page, whitespace removed. */
    private static List<String> taskColumn(PDDocument doc, Written pdf) throws IOException {
        PageSetup page = pdf.layout().page();
        double[] widths = SheetLayouter.columnWidths(pdf.layout().sheet().columns(), page.contentWidth());
        double x = page.margins().left() + widths[0];
        double bottom = page.height() - page.margins().bottom();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            double top = pdf.layout().pages().get(i).rows().get(0).bottom();
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            area.addRegion("task", new Rectangle2D.Double(x + 0.5, top + 0.5, widths[1] - 1, bottom - top));
            area.extractRegions(doc.getPage(i));
            texts.add(squeeze(area.getTextForRegion("task")));
        }
        return texts;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
