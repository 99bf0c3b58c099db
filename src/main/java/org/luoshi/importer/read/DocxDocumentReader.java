package org.luoshi.importer.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;

/**
 * Reads a Word .docx: paragraphs in order, and tables, each row one line of tab-separated cells.
 *
 * <p>The document's XML is read as a stream (StAX), never built into a tree: the memory a read
 * takes grows with the text it finds, not with the markup around it (a tree of the XML took some
 * eight times the XML's size — gigabytes for a large document). POI opens the package from the file
 * without loading its parts, refuses zip bombs (an entry may not inflate more than 100 times, nor
 * beyond 100 MB), and the XML is read with DTDs and external entities disabled, so a hostile file
 * fails with a message instead of reading local files or filling memory.
 *
 * <p>What is read as Word shows it: the text of runs (w:t), tabs and line breaks; inside
 * hyperlinks, fields, content controls and insertions too. Deleted and moved-away text, field codes,
 * text boxes and the second rendering of alternate content are left out. A cell's paragraphs are
 * joined by a space (not a line break) so that one row stays one line; a table inside a cell adds
 * its cells' text to that cell.
 *
 * <p>Merged cells keep the columns aligned: a cell spanning n grid columns ({@code gridSpan}) is
 * followed by n − 1 cells covered from the left, a cell continuing a vertical merge
 * ({@code vMerge} without "restart") is covered from above, and grid columns a row leaves out
 * ({@code gridBefore}, {@code gridAfter}) are empty cells — so the 4th cell of every row is the
 * 4th column, and a unit printed once for several rows reaches each of them.
 */
public final class DocxDocumentReader implements DocumentReader {
    static {
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Word elements whose content is not the document's text as shown. */
    private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "instrText", "delText", "delInstrText",
            "txbxContent", "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "sdtPr", "sdtEndPr",
            "footnoteReference", "endnoteReference", "commentReference");

    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        return read(file, ImportMonitor.NONE);
    }

    @Override
    public ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        FileChecks.check(file);
        Reading reading = new Reading(monitor);
        try (OPCPackage pkg = open(file)) {
            PackagePart main = mainPart(pkg);
            long size = main.getSize();
            try (InputStream in = main.getInputStream()) {
                reading.read(new Counting(in), size);
            }
        } catch (CancellationException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentReadException(Messages.get("import.error.oldWord", file), e);
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            throw new DocumentReadException(Messages.get("import.error.badWord", file, oneLine(e)), e);
        }
        String text = reading.text.toString();
        if (text.isBlank()) {
            throw new DocumentReadException(Messages.get("import.error.empty", file));
        }
        return new ImportedDocument(file.getFileName().toString(), Messages.get("import.format.word"), text,
                reading.tables);
    }

    /**
     * The package opened on the file, its parts read when asked for. A file whose zip directory
     * cannot be read (a truncated download, a damaged copy) is read as a stream instead, its parts
     * held in memory as before (within the zip-bomb limits): opening it on the file would have POI
     * log a warning to stderr, a second line under the one message the command line prints.
     */
    static OPCPackage open(Path file) throws IOException, InvalidFormatException {
        boolean directoryReadable;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            directoryReadable = zip.size() >= 0;
        } catch (IOException e) {
            directoryReadable = false;
        }
        if (directoryReadable) {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return OPCPackage.open(in);
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = rels.size() == 1 ? pkg.getPart(rels.getRelationship(0)) : null;
        if (part == null) {
            throw new InvalidFormatException("no main document part");
        }
        return part;
    }

    /** One read of the document's XML: what has been found so far. */
    private static final class Reading {
        final StringBuilder text = new StringBuilder();
        final List<DocumentTable> tables = new ArrayList<>();
        private final ImportMonitor monitor;
        /** The paragraph being read, or null outside paragraphs. */
        private StringBuilder paragraph;
        /** Tables being read, innermost last. */
        private final Deque<TableBuilder> open = new ArrayDeque<>();
        /** Lines of text so far (the line the next paragraph starts on, counted from 1). */
        private int line = 1;
        /** Inside a w:t, whose characters are text. */
        private boolean inText;

        Reading(ImportMonitor monitor) {
            this.monitor = monitor;
        }

        void read(Counting in, long size) throws XMLStreamException {
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                int events = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if ((++events & 0x3FF) == 0) {
                        monitor.checkCancelled();
                        monitor.progress(in.count, Math.max(size, in.count + 1));
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(xml);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end(xml);
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && paragraph != null && inText) {
                        paragraph.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
            } finally {
                xml.close();
            }
            monitor.progress(Math.max(size, 1), Math.max(size, 1));
        }

        private void start(XMLStreamReader xml) throws XMLStreamException {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (MARKUP_COMPATIBILITY.equals(ns)) {
                if (name.equals("Fallback")) {
                    XmlElements.skip(xml); // the same content again, for older readers: the Choice has been read
                }
                return;
            }
            if (!MAIN.equals(ns) && !STRICT.equals(ns)) {
                return;
            }
            if (name.equals("tcPr") || name.equals("trPr")) {
                readProperties(xml, name);
                return;
            }
            if (SKIPPED.contains(name)) {
                XmlElements.skip(xml);
                return;
            }
            switch (name) {
                case "p" -> {
                    if (paragraph == null) {
                        paragraph = new StringBuilder();
                    }
                }
                case "t" -> inText = true;
                case "tab", "ptab" -> append('\t');
                case "br", "cr" -> append('\n');
                case "tbl" -> open.addLast(new TableBuilder(line));
                case "tr" -> {
                    if (!open.isEmpty()) {
                        open.getLast().startRow();
                    }
                }
                case "tc" -> {
                    if (!open.isEmpty()) {
                        open.getLast().startCell();
                    }
                }
                default -> {
                }
            }
        }

        private void end(XMLStreamReader xml) {
            String ns = xml.getNamespaceURI();
            if (!MAIN.equals(ns) && !STRICT.equals(ns)) {
                return;
            }
            switch (xml.getLocalName()) {
                case "t" -> inText = false;
                case "p" -> endParagraph();
                case "tc" -> endCell();
                case "tr" -> {
                    if (!open.isEmpty()) {
                        open.getLast().endRow();
                    }
                }
                case "tbl" -> endTable();
                default -> {
                }
            }
        }

        private void append(char c) {
            if (paragraph != null) {
                paragraph.append(c);
            }
        }

        private void endParagraph() {
            if (paragraph == null) {
                return;
            }
            String p = paragraph.toString();
            paragraph = null;
            TableBuilder table = open.peekLast();
            if (table != null && table.cell != null) {
                String kept = p.strip();
                if (!kept.isEmpty() && table.cell.length() > 0) {
                    table.cell.append(' ');
                }
                table.cell.append(kept);
            } else if (table == null) {
                text.append(p).append('\n');
                line += 1 + count(p, '\n');
            }
            // A paragraph in a table but outside any cell is not shown by Word: left out.
        }

        private void endCell() {
            TableBuilder table = open.peekLast();
            if (table == null || table.cell == null) {
                return;
            }
            table.endCell();
        }

        /**
         * Reads a cell's or a row's properties for what keeps columns aligned — gridSpan and
         * vMerge of a cell, gridBefore and gridAfter of a row — and skips the rest.
         */
        private void readProperties(XMLStreamReader xml, String element) throws XMLStreamException {
            TableBuilder table = open.peekLast();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                if (table == null || depth != 2) {
                    continue;
                }
                String val = value(xml);
                switch (xml.getLocalName()) {
                    case "gridSpan" -> table.span = Math.max(1, Math.min(number(val), 64));
                    case "vMerge" -> table.continuesAbove = val == null || val.equals("continue");
                    case "gridBefore" -> table.before = Math.max(0, Math.min(number(val), 64));
                    case "gridAfter" -> table.after = Math.max(0, Math.min(number(val), 64));
                    default -> {
                    }
                }
            }
            if (element.equals("trPr") && table != null) {
                table.padBefore();
            }
        }

        private static String value(XMLStreamReader xml) {
            String v = xml.getAttributeValue(MAIN, "val");
            if (v == null) {
                v = xml.getAttributeValue(STRICT, "val");
            }
            return v;
        }

        private static int number(String s) {
            try {
                return s == null ? 1 : Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void endTable() {
            TableBuilder table = open.pollLast();
            if (table == null) {
                return;
            }
            TableBuilder outer = open.peekLast();
            if (outer != null) {
                // A table inside a cell: its cells' text joins the cell that holds it.
                if (outer.cell != null) {
                    for (List<TableCell> row : table.rows) {
                        for (TableCell cell : row) {
                            if (!cell.text().isEmpty()) {
                                outer.cell.append(outer.cell.length() > 0 ? " " : "").append(cell.text());
                            }
                        }
                    }
                }
                return;
            }
            List<TableRow> rows = new ArrayList<>(table.rows.size());
            for (List<TableCell> cells : table.rows) {
                rows.add(new TableRow(line, line, cells));
                StringBuilder printed = new StringBuilder();
                for (int i = 0; i < cells.size(); i++) {
                    printed.append(i > 0 ? "\t" : "").append(cells.get(i).text());
                }
                text.append(printed).append('\n');
                line++;
            }
            tables.add(new DocumentTable("表 " + (tables.size() + 1), rows));
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                n++;
            }
            return n;
        }
    }

    /** A table being read: its rows so far, the cell being read and its merge properties. */
    private static final class TableBuilder {
        final int firstLine;
        final List<List<TableCell>> rows = new ArrayList<>();
        StringBuilder cell;
        /** Of the cell being read: grid columns it spans, and whether it continues a vertical merge. */
        int span = 1;
        boolean continuesAbove;
        /** Of the row being read: grid columns left out before its first cell and after its last. */
        int before;
        int after;

        TableBuilder(int firstLine) {
            this.firstLine = firstLine;
        }

        void startRow() {
            rows.add(new ArrayList<>());
            before = 0;
            after = 0;
        }

        /** Empty cells for the grid columns the row leaves out at its start (trPr comes before the cells). */
        void padBefore() {
            if (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
                for (int i = 0; i < before; i++) {
                    rows.get(rows.size() - 1).add(TableCell.of(""));
                }
            }
        }

        void startCell() {
            cell = new StringBuilder();
            span = 1;
            continuesAbove = false;
        }

        void endCell() {
            if (!rows.isEmpty()) {
                List<TableCell> row = rows.get(rows.size() - 1);
                String text = cell.toString().replace('\t', ' ');
                if (continuesAbove) {
                    // Word shows only the merge's first cell; a continuing cell's text (rare) is not shown.
                    for (int i = 0; i < span; i++) {
                        row.add(TableCell.coveredFromAbove());
                    }
                } else {
                    row.add(TableCell.of(text));
                    for (int i = 1; i < span; i++) {
                        row.add(TableCell.coveredFromLeft());
                    }
                }
            }
            cell = null;
        }

        void endRow() {
            if (!rows.isEmpty()) {
                for (int i = 0; i < after; i++) {
                    rows.get(rows.size() - 1).add(TableCell.of(""));
                }
            }
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
