/**
 * Paper: what every printed thing goes through. Owns the one page setup ({@link
 * org.luoshi.paper.PageSetup}: paper, orientation, margins), the positioned primitives a page is
 * built from ({@link org.luoshi.paper.Draw}, {@link org.luoshi.paper.Drawing}) with their colours,
 * the {@link org.luoshi.paper.Painter} interface that draws them, and text widths for layout
 * ({@link org.luoshi.paper.TextMeasurer}). Task sheets and the timeline lay out pages as drawings;
 * {@code paper.pdf} paints them with PDFBox and embeds the font, {@code paper.ui} paints them on a
 * JavaFX canvas for the screen and the printer. Pure: no JavaFX nodes here, no feature packages.
 */
package org.luoshi.paper;
