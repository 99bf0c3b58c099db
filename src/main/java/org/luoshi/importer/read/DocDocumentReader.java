package org.luoshi.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;

/**
 * Reads an old Word document — Word 97–2003 .doc, and WPS's .wps, the same OLE2 file with a
 * WordDocument stream — with POI's HWPF: the main text's paragraphs in order, and its tables, each
 * row one line of tab-separated cells, as {@link DocumentTable}s.
 *
 * <p>What is read is what Word shows: deleted revisions and hidden text are left out, and of a
 * field its result, not its code. Table rows are laid on one grid of columns from the cells'
 * edges, so that a cell spanning two columns covers the second one (from the left) and the rows
 * line up; a cell merged with the one above it is covered from above. A cell's paragraphs are
 * joined without line breaks, so that one row stays one line.
 *
 * <p>Word 6.0/95 files and files protected by a password cannot be read; the message says to save
 * the file as .docx (or remove the password) and import that.
 */
public final class DocDocumentReader implements DocumentReader {
    /** Cell edges closer than this (in twips, 1/20 pt) are one column edge: Word's own rounding. */
    private static final int EDGE_TOLERANCE = 30;

    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        return read(file, ImportMonitor.NONE);
    }

    @Override
    public ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        FileChecks.check(file);
        StringBuilder text = new StringBuilder();
        List<DocumentTable> tables = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HWPFDocument doc = new HWPFDocument(fs.getRoot());
            read(doc.getRange(), text, tables, monitor);
        } catch (CancellationException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException(Messages.get("import.error.wordPassword", file), e);
        } catch (OldFileFormatException e) {
            throw new DocumentReadException(Messages.get("import.error.oldWord", file), e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException(Messages.get("import.error.badOldWord", file,
                    DocxDocumentReader.oneLine(e)), e);
        }
        if (text.toString().isBlank()) {
            throw new DocumentReadException(Messages.get("import.error.empty", file));
        }
        return new ImportedDocument(file.getFileName().toString(), Messages.get("import.format.oldWord"),
                text.toString(), tables);
    }

    private static void read(Range range, StringBuilder text, List<DocumentTable> tables, ImportMonitor monitor) {
        int line = 1;
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            if ((i & 0xFF) == 0) {
                monitor.checkCancelled();
                monitor.progress(i, count);
            }
            Paragraph paragraph = range.getParagraph(i);
            Table table = paragraph.isInTable() ? tableAt(range, paragraph) : null;
            if (table != null) {
                List<List<TableCell>> rows = rows(table);
                List<TableRow> tableRows = new ArrayList<>(rows.size());
                for (List<TableCell> cells : rows) {
                    tableRows.add(new TableRow(line, line, cells));
                    text.append(String.join("\t", cells.stream().map(TableCell::text).toList())).append('\n');
                    line++;
                }
                tables.add(new DocumentTable("表 " + (tables.size() + 1), tableRows));
                i += table.numParagraphs() - 1;
                continue;
            }
            String p = shown(paragraph);
            text.append(p).append('\n');
            line += 1 + (int) p.chars().filter(c -> c == '\n').count();
        }
        monitor.progress(count, Math.max(1, count));
    }

    /** The table that starts at {@code paragraph}, or null where HWPF cannot make one of it. */
    private static Table tableAt(Range range, Paragraph paragraph) {
        try {
            return range.getTable(paragraph);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null; // not the first paragraph of a table HWPF knows: read as a paragraph
        }
    }

    /** The table's rows on one grid of columns, merged cells covered. */
    private static List<List<TableCell>> rows(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            org.apache.poi.hwpf.usermodel.TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                org.apache.poi.hwpf.usermodel.TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> grid = new ArrayList<>(edges);
        List<List<TableCell>> rows = new ArrayList<>(table.numRows());
        for (int r = 0; r < table.numRows(); r++) {
            org.apache.poi.hwpf.usermodel.TableRow row = table.getRow(r);
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                org.apache.poi.hwpf.usermodel.TableCell cell = row.getCell(c);
                int first = column(grid, cell.getLeftEdge());
                int last = column(grid, cell.getLeftEdge() + cell.getWidth());
                while (cells.size() < first) {
                    cells.add(TableCell.of("")); // a row that starts further right than others
                }
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    cells.add(TableCell.coveredFromAbove());
                } else if (cell.isMerged() && !cell.isFirstMerged()) {
                    cells.add(TableCell.coveredFromLeft());
                } else {
                    cells.add(TableCell.of(shown(cell).replaceAll("\\s*[\\t\\n]\\s*", " ").strip()));
                }
                for (int spanned = first + 1; spanned < last; spanned++) {
                    cells.add(TableCell.coveredFromLeft());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer near = edges.floor(edge + EDGE_TOLERANCE);
        if (near == null || edge - near > EDGE_TOLERANCE) {
            edges.add(edge);
        }
    }

    /** The index of the grid edge nearest {@code edge}: the column a cell starts in (or ends before). */
    private static int column(List<Integer> grid, int edge) {
        int best = 0;
        for (int i = 1; i < grid.size(); i++) {
            if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The text of {@code range} as Word shows it: runs marked deleted and hidden text left out,
     * fields as their results, Word's marks (cell and paragraph ends, pictures, page breaks) gone,
     * a line break (Shift+Enter) a line break.
     */
    static String shown(Range range) {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < range.numCharacterRuns(); i++) {
            CharacterRun run = range.getCharacterRun(i);
            if (run.isMarkedDeleted() || run.isVanished() && !run.isFldVanished()) {
                continue;
            }
            raw.append(run.text());
        }
        String fields = raw.indexOf("\u0013") >= 0 ? Range.stripFields(raw.toString()) : raw.toString();
        StringBuilder out = new StringBuilder(fields.length());
        for (int i = 0; i < fields.length(); i++) {
            char c = fields.charAt(i);
            switch (c) {
                case '\u000b' -> out.append('\n');
                case '\u001e' -> out.append('-'); // a non-breaking hyphen
                case '\t' -> out.append('\t');
                default -> {
                    if (c >= 0x20 && c != '\u00ad') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
