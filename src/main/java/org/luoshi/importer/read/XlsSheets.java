package org.luoshi.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.luoshi.importer.parse.ImportMonitor;

/**
 * The shown sheets of an Excel 97–2003 workbook (.xls, and WPS's .et, the same OLE2 format) read
 * with POI's HSSF into {@link SheetGrid}s. HSSF holds the whole workbook; an .xls cannot be larger
 * than 65,536 rows a sheet and the file not larger than {@link FileChecks#MAX_BYTES}, which keeps
 * that within a laptop's memory. A formula cell is read as the value saved with it (its cached
 * value), never recalculated.
 */
final class XlsSheets {
    private XlsSheets() {
    }

    static List<SheetGrid> read(Path file, ImportMonitor monitor) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            CellNumbers numbers = new CellNumbers(workbook.getInternalWorkbook().isUsing1904DateWindowing());
            List<SheetGrid> sheets = new ArrayList<>();
            int count = workbook.getNumberOfSheets();
            for (int i = 0; i < count; i++) {
                monitor.checkCancelled();
                monitor.progress(i, count);
                // A hidden sheet is the office's workings — lists for drop-downs, last year's copy —
                // not the plan it sends: the plan is what the workbook shows.
                if (workbook.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
                    continue;
                }
                sheets.add(grid(workbook.getSheetAt(i), numbers, monitor));
            }
            monitor.progress(count, Math.max(1, count));
            return sheets;
        }
    }

    private static SheetGrid grid(Sheet sheet, CellNumbers numbers, ImportMonitor monitor) {
        SheetGrid grid = new SheetGrid(sheet.getSheetName());
        int rows = 0;
        for (Row row : sheet) {
            if ((++rows & 0x3FF) == 0) {
                monitor.checkCancelled();
            }
            // A hidden row was taken out of the plan (superseded, filtered out) without being
            // deleted: it is not part of what the sheet shows.
            if (row.getZeroHeight()) {
                grid.hideRow(row.getRowNum());
            }
            for (Cell cell : row) {
                grid.put(row.getRowNum(), cell.getColumnIndex(), text(cell, numbers));
            }
        }
        int maxRow = SpreadsheetVersion.EXCEL97.getLastRowIndex();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            grid.merge(region.getFirstRow(), Math.min(region.getLastRow(), maxRow), region.getFirstColumn(),
                    region.getLastColumn());
        }
        return grid;
    }

    private static String text(Cell cell, CellNumbers numbers) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> numbers.format(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell.getErrorCellValue());
            default -> null;
        };
    }

    private static String error(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }
}
