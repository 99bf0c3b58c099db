/**
 * PDF with PDFBox: the font every PDF embeds ({@link org.luoshi.paper.pdf.CjkFontLocator} finds it:
 * the user's file, else the system's Chinese TrueType fonts on Linux, Windows and macOS, with a Latin
 * font beside one that lacks Latin letters; {@link org.luoshi.paper.pdf.EmbeddableFont} opens .ttf
 * and .ttc files and embeds subsets; {@link org.luoshi.paper.pdf.PdfFontException} says what is
 * wrong), the widths laid out with ({@link org.luoshi.paper.pdf.GlyphMetrics}), the painter of
 * drawings on PDF pages ({@link org.luoshi.paper.pdf.PdfPainter}) and the writing of whole documents
 * ({@link org.luoshi.paper.pdf.PdfPages}). Used by task sheets and the timeline alike.
 */
package org.luoshi.paper.pdf;
