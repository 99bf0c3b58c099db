/**
 * Task sheets as PDF: {@link org.luoshi.sheets.pdf.PdfSheetWriter} lays sheets out with the embedded
 * Chinese font's own widths and paints the pages through the paper stack's PDF painter (vector rules,
 * searchable text, the font subset embedded). One of the three {@code SheetWriter}s beside Word and
 * Excel.
 */
package org.luoshi.sheets.pdf;
