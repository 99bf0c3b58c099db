package org.luoshi.importer.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight horizontal and vertical lines a page draws — a table's borders, stroked as lines
 * or filled as thin rectangles — in the coordinates of {@link PdfGlyph}. Text is skipped (its
 * fonts are not even loaded), so a second pass over a page's content costs little.
 */
final class PdfRulingReader extends PDFGraphicsStreamEngine {
    private final float left;
    private final float top;
    private final List<PdfRuling> rulings = new ArrayList<>();
    /** The path being built: its subpaths as lists of points. */
    private final List<List<Point2D.Float>> path = new ArrayList<>();
    private List<Point2D.Float> subpath;

    private PdfRulingReader(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        top = crop.getUpperRightY();
    }

    static List<PdfRuling> read(PDPage page) throws IOException {
        PdfRulingReader reader = new PdfRulingReader(page);
        reader.processPage(page);
        return reader.rulings;
    }

    private Point2D.Float point(float x, float y) {
        return new Point2D.Float(x - left, top - y);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpath = new ArrayList<>();
        path.add(subpath);
        for (Point2D p : List.of(p0, p1, p2, p3, p0)) {
            subpath.add(point((float) p.getX(), (float) p.getY()));
        }
        subpath = null;
    }

    @Override
    public void moveTo(float x, float y) {
        subpath = new ArrayList<>();
        subpath.add(point(x, y));
        path.add(subpath);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpath == null) {
            moveTo(x, y);
            return;
        }
        subpath.add(point(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve is no ruling: the subpath ends here and a new one starts at its end.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        if (subpath == null || subpath.isEmpty()) {
            return new Point2D.Float();
        }
        Point2D.Float p = subpath.get(subpath.size() - 1);
        return new Point2D.Float(p.x + left, top - p.y);
    }

    @Override
    public void closePath() {
        if (subpath != null && !subpath.isEmpty()) {
            subpath.add(subpath.get(0));
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (List<Point2D.Float> points : path) {
            for (int i = 1; i < points.size(); i++) {
                add(PdfRuling.of(points.get(i - 1).x, points.get(i - 1).y, points.get(i).x, points.get(i).y));
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // A border drawn as a filled thin rectangle: its bounding box is the line.
        for (List<Point2D.Float> points : path) {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (Point2D.Float p : points) {
                x0 = Math.min(x0, p.x);
                y0 = Math.min(y0, p.y);
                x1 = Math.max(x1, p.x);
                y1 = Math.max(y1, p.y);
            }
            if (!points.isEmpty()) {
                add(new PdfRuling(x0, y0, x1, y1));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D.Float>> kept = new ArrayList<>(path);
        fillPath(windingRule);
        path.addAll(kept);
        strokePath();
    }

    private void add(PdfRuling ruling) {
        if (ruling.horizontal() || ruling.vertical()) {
            rulings.add(ruling);
        }
    }

    private void clear() {
        path.clear();
        subpath = null;
    }

    @Override
    public void clip(int windingRule) {
        // the clipping path is not drawn; endPath follows and clears it
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images hold no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // nor do shadings
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by the text stripper; skipping it here spares loading the fonts
    }

    @Override
    public void showTextStrings(COSArray array) {
        // as showTextString
    }
}
