/**
 * The task-sheets window, behind one facade: {@link org.luoshi.sheets.ui.SheetsFeature} is all the
 * app sees (it opens the window on the plan on show). {@code SheetsViewModel} holds the window's
 * state (the sheets to choose from, the options, the pages, busy, progress, cancel, the message)
 * and saves through {@link org.luoshi.sheets.ExportSheets} on the session's I/O thread, asking for
 * files and folders through a {@link org.luoshi.ui.DialogService}; {@code SheetsDialog} is nodes bound
 * to it, and prints through the system dialogs. The preview ({@code PagePreview}) and the printer
 * ({@code SheetPrinter}) draw in the typeface {@code PreviewFont} finds. Depends on neither the app
 * nor the storage.
 */
package org.luoshi.sheets.ui;
