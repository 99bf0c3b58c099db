/**
 * Paper in JavaFX: the painter of drawings on a canvas ({@link org.luoshi.paper.ui.FxPainter}), for
 * the timeline on screen and the pages of previews, and the printing of pages through the system's
 * printer ({@link org.luoshi.paper.ui.PrintPages}), for task sheets and the timeline alike.
 */
package org.luoshi.paper.ui;
