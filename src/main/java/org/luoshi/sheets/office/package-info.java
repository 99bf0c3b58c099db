/**
 * Task sheets as Office files that stay editable. {@link org.luoshi.sheets.office.DocxSheetWriter}
 * writes Word: a real table whose header row repeats on every page, fonts named 宋体 and 仿宋 so Word
 * and WPS show it as meant, Word doing its own page breaking.
 * {@link org.luoshi.sheets.office.XlsxSheetWriter} writes Excel: the header row frozen on screen
 * and repeated on every printed page, A4 in the sheet's orientation fitted to the page width, a
 * footer with 第 1 页 共 3 页. Both use the column widths of the PDF layout and put every text in as
 * text: one that starts like a formula is quote-prefixed and never evaluated. Both implement
 * {@link org.luoshi.sheets.output.SheetWriter}, write through
 * {@link org.luoshi.files.AtomicFiles}, and read sheets laid out by {@code sheets.layout}.
 * Apache POI only, no JavaFX; {@code org.luoshi.sheets} uses them, and {@code org.luoshi.rounds} their
 * styles, fonts and cell text for the progress forms.
 */
package org.luoshi.sheets.office;
