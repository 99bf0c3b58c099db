/**
 * The layout of a task sheet (分工表), pure and testable without a toolkit: a
 * {@link org.luoshi.sheets.layout.Sheet} (heading, columns, rows grouped by role) is broken into
 * lines ({@link org.luoshi.sheets.layout.LineBreaker}, Chinese line-breaking rules) and laid on pages
 * by {@link org.luoshi.sheets.layout.SheetLayouter}: repeated column headers, rows kept whole, page
 * labels. Each page comes out as a {@link org.luoshi.paper.Drawing} that any painter of the paper
 * stack draws — PDF, screen preview, printer.
 */
package org.luoshi.sheets.layout;
