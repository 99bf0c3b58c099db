/**
 * Documents into text. {@link org.luoshi.importer.read.DocumentReaders} picks a
 * {@link org.luoshi.importer.read.DocumentReader} by the file's first bytes (so a renamed file
 * still reads right), else by its name: plain text in the encoding
 * {@link org.luoshi.importer.read.TextDecoder} finds in the bytes (UTF-8, UTF-16, GB18030; never
 * the platform default), Word .docx through POI, its XML read as a stream
 * ({@link org.luoshi.importer.read.DocxDocumentReader}), and the text layer of a PDF through PDFBox
 * with its wrapped lines joined again ({@link org.luoshi.importer.read.PdfDocumentReader},
 * {@link org.luoshi.importer.read.PdfLineJoiner}; no OCR), Word 97–2003 .doc and WPS .wps through
 * POI HWPF ({@link org.luoshi.importer.read.DocDocumentReader}), and Excel workbooks — .xlsx
 * streamed, .xls and WPS .et through HSSF — one table a shown sheet
 * ({@link org.luoshi.importer.read.ExcelDocumentReader}); an Office 97–2003 file is told by its
 * streams (Workbook, WordDocument, EncryptedPackage), a zip by its parts. A PDF keeps no tables:
 * given the header words of a division-of-work table ({@link org.luoshi.importer.read.HeaderCells},
 * which the table package supplies), the PDF reader lays its tables out again from the characters'
 * positions and the page's ruling lines ({@link org.luoshi.importer.read.PdfTableFinder}). What comes out is an
 * {@link org.luoshi.importer.read.ImportedDocument}: the text line by line, tables included one row
 * a line, and the tables again as rows of cells. Any failure is a
 * {@link org.luoshi.importer.read.DocumentReadException} with a one-line message for the person;
 * files over 20 MB are refused (and sheets of over 2 million cells), and hostile Word files (external entities, zip bombs) fail with a
 * message. A reader watched by an {@link org.luoshi.importer.parse.ImportMonitor} reports its
 * progress and stops when asked. Depends on {@code i18n}, the reader libraries and the parser's
 * numerals and monitor: no plans, no workspace, no JavaFX.
 */
package org.luoshi.importer.read;
