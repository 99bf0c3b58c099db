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
 * joined without line breaks so that one row stays one line; a table inside a cell adds its cells'
 * text to that cell.
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
            "txbxContent", "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "tblGrid", "sdtPr", "sdtEndPr",
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
                    skip(xml); // the same content again, for older readers: the Choice has been read
                }
                return;
            }
            if (!MAIN.equals(ns) && !STRICT.equals(ns)) {
                return;
            }
            if (SKIPPED.contains(name)) {
                skip(xml);
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
                        open.getLast().rows.add(new ArrayList<>());
                    }
                }
                case "tc" -> {
                    if (!open.isEmpty()) {
                        open.getLast().cell = new StringBuilder();
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
                table.cell.append(p.strip());
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
            if (!table.rows.isEmpty()) {
                table.rows.get(table.rows.size() - 1).add(table.cell.toString().replace('\t', ' '));
            }
            table.cell = null;
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
                    for (List<String> row : table.rows) {
                        for (String cell : row) {
                            if (!cell.isEmpty()) {
                                outer.cell.append(outer.cell.length() > 0 ? " " : "").append(cell);
                            }
                        }
                    }
                }
                return;
            }
            List<List<String>> rows = new ArrayList<>(table.rows);
            tables.add(DocumentTable.ofLines("表 " + (tables.size() + 1), table.firstLine, rows));
            for (List<String> cells : rows) {
                text.append(String.join("\t", cells)).append('\n');
                line++;
            }
        }

        /** Skips the element the reader is on, with everything inside it. */
        private static void skip(XMLStreamReader xml) throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                n++;
            }
            return n;
        }
    }

    /** A table being read: its rows so far and the cell being read. */
    private static final class TableBuilder {
        final int firstLine;
        final List<List<String>> rows = new ArrayList<>();
        StringBuilder cell;

        TableBuilder(int firstLine) {
            this.firstLine = firstLine;
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
