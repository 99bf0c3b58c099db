package org.luoshi.sheets.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.sheets.layout.LaidOutPage;

/**
 * One page on screen, drawn to fit the space it is given and centred, with a shadow like paper;
 * drawn by the painter the printer uses, in the typeface the PDF embeds.
 */
final class PagePreview extends Region {
    private static final double GAP = 12;
    private final Drawing drawing;
    private final FxPainter painter;
    private final double pageWidth;
    private final double pageHeight;
    private Canvas canvas;
    private double scale = 1;

    PagePreview(LaidOutPage laidOut, String family) {
        this.drawing = laidOut.drawing();
        this.painter = SheetPrinter.painter(family);
        this.pageWidth = laidOut.width();
        this.pageHeight = laidOut.height();
        getStyleClass().add("sheet-page-preview");
        setMinSize(100, 100);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth() - 2 * GAP);
        double h = Math.max(1, getHeight() - 2 * GAP);
        double s = Math.min(w / pageWidth, h / pageHeight);
        if (canvas == null || s != scale) {
            scale = s;
            canvas = painter.canvas(drawing, s);
            canvas.setEffect(new DropShadow(8, Color.gray(0, 0.35)));
            getChildren().setAll(canvas);
        }
        canvas.relocate(Math.round((getWidth() - canvas.getWidth()) / 2),
                Math.round((getHeight() - canvas.getHeight()) / 2));
    }

    @Override
    protected double computePrefWidth(double height) {
        return pageWidth * 0.8;
    }

    @Override
    protected double computePrefHeight(double width) {
        return pageHeight * 0.8;
    }

    /** The scale the page is shown at (1 = a point per pixel). */
    double scale() {
        return scale;
    }

    /** The typeface the page is drawn in. */
    String family() {
        return painter.family();
    }

    /** What the page shows. */
    Drawing drawing() {
        return drawing;
    }
}
