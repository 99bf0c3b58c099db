package org.luoshi.sheets.ui;

import javafx.scene.Group;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.luoshi.sheets.layout.LaidOutPage;

/** One page on screen, scaled to fit the space it is given and centred, with a shadow like paper. */
final class PagePreview extends Region {
    private static final double GAP = 12;
    private final Group page;
    private final double pageWidth;
    private final double pageHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);

    PagePreview(LaidOutPage laidOut, String family) {
        this.page = PageNodes.of(laidOut, family);
        this.pageWidth = laidOut.width();
        this.pageHeight = laidOut.height();
        page.getTransforms().add(scale);
        page.setEffect(new DropShadow(8, Color.gray(0, 0.35)));
        getStyleClass().add("sheet-page-preview");
        getChildren().add(page);
        setMinSize(100, 100);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth() - 2 * GAP);
        double h = Math.max(1, getHeight() - 2 * GAP);
        double s = Math.min(w / pageWidth, h / pageHeight);
        scale.setX(s);
        scale.setY(s);
        page.relocate((getWidth() - pageWidth * s) / 2, (getHeight() - pageHeight * s) / 2);
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
        return scale.getX();
    }
}
