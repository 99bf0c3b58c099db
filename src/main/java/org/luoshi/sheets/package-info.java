/**
 * Task sheets (分工表), without JavaFX: what a unit's sheet ({@link org.luoshi.sheets.UnitSheets}) and
 * the whole plan's ({@link org.luoshi.sheets.PlanSheets}) say, the plan's units and their roles, file
 * names and formats, and the one use case that saves them, {@link org.luoshi.sheets.ExportSheets},
 * shared by the sheets window and {@code luoshi sheets}. Laying sheets out on pages is in
 * {@code layout}; the Word and Excel writers in {@code office}, the PDF writer in {@code pdf}; the
 * window in {@code ui}.
 */
package org.luoshi.sheets;
