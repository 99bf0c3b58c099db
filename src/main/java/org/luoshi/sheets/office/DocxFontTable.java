package org.luoshi.sheets.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document's font table (word/fontTable.xml), naming for each Chinese font the one to use where it
 * is missing ({@code w:altName}) with the GB2312 character set, so that Word and WPS on a computer
 * without 方正小标宋简体 or 仿宋_GB2312 take 宋体 / 仿宋 rather than a Latin face.
 */
public final class DocxFontTable {
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

    private DocxFontTable() {
    }

    /** Declares {@code fonts} (font name → the font to use where it is missing); once per document. */
    public static void declare(XWPFDocument doc, Map<String, String> fonts) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        fonts.forEach((name, alt) -> xml.append("<w:font w:name=\"").append(name).append("\">")
                .append(alt == null ? "" : "<w:altName w:val=\"" + alt + "\"/>")
                .append("<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"));
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (doc.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = doc.getPackage().createPart(name, CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
