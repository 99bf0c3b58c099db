package org.luoshi.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.luoshi.importer.parse.ImportMonitor;
import org.xml.sax.SAXException;

/**
 * The shown sheets of an .xlsx workbook, each sheet's XML read as a stream (StAX) into a
 * {@link SheetGrid}. POI's {@code XSSFWorkbook} builds every cell of every sheet as objects — some
 * hundred times the cells' text, a gigabyte for a 50,000-row sheet — so only the workbook's list
 * of sheets, its styles and its shared strings are read whole; the cells are kept as their texts.
 * A formula cell is read as the value Excel saved with it (its cached value), never recalculated.
 */
final class XlsxSheets {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /** A sheet as workbook.xml lists it. */
    private record SheetEntry(String name, String relation, boolean hidden) {
    }

    private XlsxSheets() {
    }

    static List<SheetGrid> read(Path file, ImportMonitor monitor)
            throws IOException, OpenXML4JException, XMLStreamException, SAXException {
        try (OPCPackage pkg = DocxDocumentReader.open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<SheetEntry> entries = new ArrayList<>();
            boolean date1904;
            try (InputStream in = reader.getWorkbookData()) {
                date1904 = readWorkbook(in, entries);
            }
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            CellNumbers numbers = new CellNumbers(date1904);
            List<SheetGrid> sheets = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                SheetEntry entry = entries.get(i);
                monitor.checkCancelled();
                monitor.progress(i, entries.size());
                // A hidden sheet is the office's workings — lists for drop-downs, last year's copy —
                // not the plan it sends: the plan is what the workbook shows.
                if (entry.hidden) {
                    continue;
                }
                SheetGrid grid = new SheetGrid(entry.name);
                try (InputStream in = reader.getSheet(entry.relation)) {
                    new SheetXml(grid, strings, styles, numbers, monitor).read(in);
                }
                sheets.add(grid);
            }
            monitor.progress(entries.size(), Math.max(1, entries.size()));
            return sheets;
        }
    }

    /** Fills {@code entries} with the sheets in workbook order; whether the workbook counts dates from 1904. */
    private static boolean readWorkbook(InputStream in, List<SheetEntry> entries) throws XMLStreamException {
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        boolean date1904 = false;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String relation = xml.getAttributeValue(RELATIONSHIPS, "id");
                    if (relation == null) {
                        relation = xml.getAttributeValue(STRICT_RELATIONSHIPS, "id");
                    }
                    String state = xml.getAttributeValue(null, "state");
                    entries.add(new SheetEntry(String.valueOf(xml.getAttributeValue(null, "name")), relation,
                            state != null && !state.equals("visible")));
                }
            }
        } finally {
            xml.close();
        }
        return date1904;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
        return factory;
    }

    /** One sheet's XML: rows, their cells, the hidden rows and the merged regions. */
    private static final class SheetXml {
        private final SheetGrid grid;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final CellNumbers numbers;
        private final ImportMonitor monitor;
        /** A style's number format: its index and its format string (null for a built-in without one). */
        private record NumberFormat(int index, String format) {
        }

        /** Style index → its number format, looked up once per style. */
        private final Map<Integer, NumberFormat> formats = new HashMap<>();

        private int row = -1;
        private int column = -1;
        private String type;
        private int style;
        private String value;
        private StringBuilder inline;
        private StringBuilder chars;

        SheetXml(SheetGrid grid, ReadOnlySharedStringsTable strings, StylesTable styles, CellNumbers numbers,
                ImportMonitor monitor) {
            this.grid = grid;
            this.strings = strings;
            this.styles = styles;
            this.numbers = numbers;
            this.monitor = monitor;
        }

        void read(InputStream in) throws XMLStreamException {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                int events = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if ((++events & 0xFFF) == 0) {
                        monitor.checkCancelled();
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(xml);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end(xml.getLocalName());
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && chars != null) {
                        chars.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
            } finally {
                xml.close();
            }
        }

        private void start(XMLStreamReader xml) throws XMLStreamException {
            switch (xml.getLocalName()) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    String hidden = xml.getAttributeValue(null, "hidden");
                    // A hidden row was taken out of the plan (superseded, filtered out) without
                    // being deleted: it is not part of what the sheet shows.
                    if ("1".equals(hidden) || "true".equals(hidden)) {
                        grid.hideRow(row);
                    }
                }
                case "c" -> {
                    String r = xml.getAttributeValue(null, "r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = xml.getAttributeValue(null, "t");
                    String s = xml.getAttributeValue(null, "s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value = null;
                    inline = null;
                }
                case "v" -> chars = new StringBuilder();
                case "is" -> inline = new StringBuilder();
                case "t" -> {
                    if (inline != null) {
                        chars = new StringBuilder();
                    }
                }
                case "rPh", "extLst", "f" -> XmlElements.skip(xml); // phonetic guides, extensions, formula text
                case "mergeCell" -> merge(xml.getAttributeValue(null, "ref"));
                default -> {
                }
            }
        }

        private void end(String name) {
            switch (name) {
                case "v" -> {
                    value = chars.toString();
                    chars = null;
                }
                case "t" -> {
                    if (inline != null && chars != null) {
                        inline.append(chars);
                        chars = null;
                    }
                }
                case "c" -> grid.put(row, column, text());
                default -> {
                }
            }
        }

        private String text() {
            if ("inlineStr".equals(type)) {
                return inline == null ? value : inline.toString();
            }
            if (value == null) {
                return null;
            }
            if (type == null || type.equals("n")) {
                return number(Double.parseDouble(value));
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
                default -> value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
            };
        }

        private String number(double v) {
            NumberFormat format = formats.computeIfAbsent(style, s -> {
                if (styles == null || s >= styles.getNumCellStyles()) {
                    return new NumberFormat(0, "General");
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(s);
                return new NumberFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
            return numbers.format(v, format.index(), format.format());
        }

        private void merge(String ref) {
            if (ref == null || !ref.contains(":")) {
                return;
            }
            String[] ends = ref.split(":");
            CellReference first = new CellReference(ends[0]);
            CellReference last = new CellReference(ends[1]);
            grid.merge(first.getRow(), last.getRow(), first.getCol(), last.getCol());
        }
    }
}
