/**
 * The timeline (Gantt chart) without JavaFX. A plan is made ready for the chart once per plan,
 * grouping and day ({@link org.luoshi.timeline.TimelineTree}): every task's bars, marks and
 * milestones by the kinds of its time limits ({@link org.luoshi.timeline.TaskItems}), under its
 * part and section or in one swimlane per lead unit ({@link org.luoshi.timeline.Grouping}). The
 * rows on show are {@link org.luoshi.timeline.TimelineRows}, where "rows 200–240" is arithmetic,
 * never a scan; {@link org.luoshi.timeline.TimeScale} turns dates into x and back, and
 * {@link org.luoshi.timeline.Zoom} names how much time shows.
 * {@link org.luoshi.timeline.ChartDrawing} lays out only the part of the chart a frame shows, as a
 * {@link org.luoshi.timeline.Drawing} of positioned primitives ({@link org.luoshi.timeline.Draw})
 * that the screen paints on a canvas and the PDF writer paints with PDFBox;
 * {@link org.luoshi.timeline.ChartHits} finds what is under the pointer from the same geometry, and
 * {@link org.luoshi.timeline.PageTiling} with {@link org.luoshi.timeline.PageDrawing} cuts the
 * chart into printed pages. A drag becomes an undoable edit through
 * {@link org.luoshi.timeline.DateEdits}; where each plan's open-ended bars stop is read and stored
 * by the use cases of {@link org.luoshi.timeline.TimelineHorizons}.
 *
 * <p>Pure: no JavaFX, so layouts are tested without a toolkit; text widths come in through
 * {@link org.luoshi.timeline.TextMeasure} and colours through {@link org.luoshi.timeline.Palette}.
 * Depends on {@code plan}, {@code lights}, {@code edit}, {@code session} and {@code i18n}. The
 * control, its skin and the feature's facade are in {@code timeline.ui}; the PDF writer is in
 * {@code timeline.pdf}.
 */
package org.luoshi.timeline;
