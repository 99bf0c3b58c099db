/**
 * The timeline as a PDF: {@link org.luoshi.timeline.pdf.TimelinePdf} tiles the chart over pages
 * (dates and task names repeated on every page) and hands the pages, as drawings, to the paper
 * stack's PDF painter with the embedded Chinese font. Pure: no JavaFX nodes; written to a temporary
 * file and moved into place.
 */
package org.luoshi.timeline.pdf;
