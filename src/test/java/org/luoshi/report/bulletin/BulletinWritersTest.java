package org.luoshi.report.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.pdf.Fonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/** The bulletin's Word and PDF writers on a bulletin made by hand. */
class BulletinWritersTest {
    @TempDir
    Path dir;

    static Bulletin sample(int rows) {
        List<List<String>> r = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            r.add(List.of(String.valueOf(i), "第" + i + "项任务：推进政务服务事项“一网通办”，2023年6月底前完成。", "省审批服务管理局", "30%"));
        }
        Bulletin.Table table = new Bulletin.Table(List.of("序号", "任务", "牵头单位", "进度"), List.of(1.0, 5.0, 2.0, 1.0), r);
        return new Bulletin(new Bulletin.Masthead("督查通报", 3, "省政府督查室", LocalDate.of(2023, 3, 28)),
                "关于《分工方案》落实情况的通报",
                List.of(new Bulletin.Heading("一、总体情况"),
                        new Bulletin.Paragraph("截至2023年3月28日，方案共有任务49项。其中已完成1项，占2%。"),
                        new Bulletin.Subheading("（一）省审批服务管理局"),
                        new Bulletin.Paragraph("第一段。\n第二段。"),
                        new Bulletin.Heading("四、下步要求"),
                        new Bulletin.Paragraph("各单位要对照序时进度，抓紧推进。")),
                List.of(new Bulletin.Annex("附件1", "慢序时事项表", table),
                        new Bulletin.Annex("附件2", "按序时事项表", new Bulletin.Table(table.headers(), table.widths(), List.of()))));
    }

    private static XWPFRun firstRun(XWPFDocument doc, String text) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().startsWith(text)) {
                return p.getRuns().stream().filter(r -> !r.text().isEmpty()).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    @Test
    void theWordDocumentHasTheMastheadTheFontsTheSizesTheMarginsAndTheTables() throws Exception {
        Path out = dir.resolve("通报.docx");
        BulletinDocx.write(sample(3), out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFRun name = firstRun(doc, "督查通报");
            assertThat(name.getColor()).isEqualTo("E60012");
            assertThat(name.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(firstRun(doc, "第3期").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            XWPFParagraph mastLine = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("省政府督查室"))
                    .findFirst().orElseThrow();
            assertThat(mastLine.getText()).isEqualTo("省政府督查室\t2023年3月28日");
            assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) mastLine.getCTP().getPPr().getPBdr().getBottom().getColor())).isEqualTo("E60012");
            XWPFRun title = firstRun(doc, "关于《分工方案》");
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph h1 = DocxFonts.paragraph(doc, "一、总体情况");
            assertThat(DocxFonts.eastAsia(doc, h1)).isEqualTo("黑体");
            assertThat(DocxFonts.size(doc, h1)).isEqualTo(16.0);
            assertThat(DocxFonts.eastAsia(doc, DocxFonts.paragraph(doc, "（一）"))).isEqualTo("楷体_GB2312");
            XWPFParagraph body = DocxFonts.paragraph(doc, "截至");
            assertThat(DocxFonts.eastAsia(doc, body)).isEqualTo("仿宋_GB2312");
            assertThat(DocxFonts.ascii(doc, body)).isEqualTo("Times New Roman");
            assertThat(DocxFonts.size(doc, body)).isEqualTo(16.0);
            assertThat(doc.getStyles().getStyle(body.getStyleID()).getCTStyle().getPPr().getInd().getFirstLine())
                    .isEqualTo(java.math.BigInteger.valueOf(640));
            XWPFParagraph cell = doc.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(DocxFonts.eastAsia(doc, cell)).isEqualTo("仿宋_GB2312");
            assertThat(DocxFonts.size(doc, cell)).isEqualTo(12.0);
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo((int) Math.round(PageSetup.mm(37) * 20));
            assertThat(((BigInteger) mar.getBottom()).intValue()).isEqualTo((int) Math.round(PageSetup.mm(35) * 20));
            assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo((int) Math.round(PageSetup.mm(28) * 20));
            assertThat(((BigInteger) mar.getRight()).intValue()).isEqualTo((int) Math.round(PageSetup.mm(26) * 20));
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables().get(0).getRows()).hasSize(4);
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("任务");
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(doc.getTables().get(1).getRows()).hasSize(1);
            // The font table names the fallbacks Word and WPS use where a font is missing.
            String fonts = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"))
                    .stream().findFirst().map(p -> {
                        try (InputStream s = p.getInputStream()) {
                            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).orElseThrow();
            assertThat(fonts).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
                    .contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>")
                    .contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>")
                    .contains("<w:charset w:val=\"86\"/>");
        }
    }

    @Test
    void thePdfHasTheSameTextInAnEmbeddedFontAndTheAttachmentsOnTheirOwnPages() throws Exception {
        Path out = dir.resolve("通报.pdf");
        int pages = BulletinPdf.write(sample(40), Fonts.cjk(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages).isGreaterThanOrEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf).replaceAll("\\s+", "");
            assertThat(all).contains("督查通报".replace("", "").strip()).contains("第3期").contains("省政府督查室")
                    .contains("一、总体情况").contains("截至2023年3月28日").contains("第40项任务").contains("附件2");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).doesNotContain("附件1");
            // The first attachment starts a page; its table goes on over the next with the header again.
            int annex = -1;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                if (text.startsWith("附件1")) {
                    annex = p;
                }
            }
            assertThat(annex).isGreaterThan(1);
            stripper.setStartPage(annex + 1);
            stripper.setEndPage(annex + 1);
            assertThat(stripper.getText(pdf)).contains("牵头单位");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }
}
