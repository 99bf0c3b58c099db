/**
 * What every task-sheet file writer shares: the {@link org.luoshi.sheets.output.SheetWriter}
 * interface (one format, pdf, docx or xlsx; a writer may hold a resource such as the PDF font for a
 * whole batch of files, so it is closed after the last one). Every writer saves through
 * {@link org.luoshi.files.AtomicFiles} (a temporary file moved into place, so a failed save never
 * leaves a truncated file under the real name) and puts only {@link org.luoshi.files.SafeText}
 * into its file. A writer takes a sheet
 * and its page setup from {@code sheets.layout}; the Word and Excel writers are in
 * {@code sheets.office}, the PDF writer in {@code sheets.pdf}, and
 * {@link org.luoshi.sheets.SheetFormat} opens the one for a format. Pure: no JavaFX.
 */
package org.luoshi.sheets.output;
