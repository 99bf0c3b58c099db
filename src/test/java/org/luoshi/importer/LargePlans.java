package org.luoshi.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plans of any length for measuring and for the linearity tests: a notice's header, one part
 * heading, then {@code lines} task lines — each with its text, a time limit (ten forms in turn)
 * and a responsibility clause — and a signature. The shape says how the task lines are numbered.
 */
public final class LargePlans {
    /** How the task lines of a generated plan are numbered. */
    public enum Shape {
        /** 1．… 2．… up to the last line (numbers of four and five digits included). */
        NUMBERED,
        /** No numbers: every line is a paragraph closed by its clause. */
        UNNUMBERED,
        /** A numbered item every ten lines, followed by nine unnumbered paragraphs with clauses of their own. */
        MIXED,
        /** One numbered item, then nothing but unnumbered paragraphs: each is split off that item. */
        AFTER_ONE_ITEM;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] UNITS = {
        "省发展改革委", "省财政厅", "省教育厅", "省科技厅", "省工业和信息化厅", "省人力资源社会保障厅", "省自然资源厅",
    };
    private static final String[] VERBS = {"推进", "落实", "完善", "加强", "健全", "深化"};
    /** Time limits as plans print them, Y and M standing for a year and a month. */
    private static final String[] DEADLINES = {"Y年M月底前完成", "M月底前出台实施细则", "Y年底前全面建成", "每季度报送进展",
        "Y年上半年启动试点", "20个工作日内办结", "Y年前基本实现", "Y年M月起施行", "长期坚持", "Y年第三季度末前验收"};

    private LargePlans() {
    }

    /** A plan of {@code lines} task lines of the given shape. */
    public static String plan(int lines, Shape shape) {
        StringBuilder b = new StringBuilder(lines * 40 + 200);
        b.append("某省人民政府办公厅关于印发重点工作任务分工方案的通知\n")
                .append("某政办发〔2024〕9号\n\n各市人民政府，省人民政府各委、厅，各直属机构：\n")
                .append("现将方案印发给你们，请认真贯彻落实。\n\n一、重点任务\n");
        int item = 0;
        for (int i = 1; i <= lines; i++) {
            boolean numbered = shape == Shape.NUMBERED || shape == Shape.MIXED && i % 10 == 1
                    || shape == Shape.AFTER_ONE_ITEM && i == 1;
            if (numbered) {
                b.append(++item).append('．');
            }
            b.append(VERBS[i % VERBS.length]).append("第").append(i).append("项重点工作，")
                    .append(DEADLINES[i % DEADLINES.length].replace("Y", String.valueOf(2024 + i % 3))
                            .replace("M", String.valueOf(1 + i % 12))).append("。（")
                    .append(UNITS[i % UNITS.length]).append(i % 4 == 0 ? "牵头，" + UNITS[(i + 3) % UNITS.length] + "配合）" : "负责）")
                    .append('\n');
        }
        b.append("\n某省人民政府办公厅\n2024年1月15日\n");
        return b.toString();
    }

    /**
     * Writes {@code text} as a Word document, one paragraph a line, marked up as Word itself marks up
     * an official document (paragraph properties, a run with its fonts and size, revision ids) — about
     * 600 bytes of XML a line — and streamed, so that documents of any size can be made.
     */
    public static Path docx(Path file, String text) throws IOException {
        return docx(file, text, 0);
    }

    /**
     * As {@link #docx(Path, String)}, with a picture of {@code pictureBytes} random bytes (stored, as
     * photos are: they do not compress) — how Word files come to weigh many megabytes.
     */
    public static Path docx(Path file, String text, int pictureBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            int n = 0;
            for (String line : text.split("\n", -1)) {
                String id = String.format(Locale.ROOT, "%08X", 0x00A10000 + n++ * 7919 % 0xFFFFF);
                w.write("<w:p w:rsidR=\"" + id + "\" w:rsidRDefault=\"" + id + "\" w:rsidP=\"" + id + "\">"
                        + "<w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" "
                        + "w:firstLine=\"640\"/><w:jc w:val=\"both\"/><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" "
                        + "w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                        + "</w:rPr></w:pPr><w:r w:rsidRPr=\"" + id + "\"><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" "
                        + "w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/>"
                        + "<w:szCs w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(line) + "</w:t></w:r></w:p>");
            }
            w.write("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
            w.flush();
            zip.closeEntry();
            if (pictureBytes > 0) {
                byte[] picture = new byte[pictureBytes];
                new java.util.Random(13).nextBytes(picture);
                ZipEntry media = new ZipEntry("word/media/image1.png");
                media.setMethod(ZipEntry.STORED);
                media.setSize(picture.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(picture);
                media.setCrc(crc.getValue());
                zip.putNextEntry(media);
                zip.write(picture);
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
