package org.luoshi.sheets.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.Rule;
import org.luoshi.sheets.layout.Shade;
import org.luoshi.sheets.layout.TextRun;

/**
 * A laid-out page as JavaFX shapes in points, for the preview and the printer. Shapes rather than a
 * canvas: the printer draws them at its own resolution, so text stays sharp on paper.
 */
public final class PageNodes {
    /** Outline of bold text, as the PDF draws it: the CJK fonts that embed have no bold face. */
    static final double BOLD_STROKE = 0.35;

    private PageNodes() {
    }

    /** The page on white paper, {@code page.width()} × {@code page.height()} points. */
    public static Group of(LaidOutPage page, String family) {
        Group g = new Group();
        Rectangle paper = new Rectangle(0, 0, page.width(), page.height());
        paper.setFill(Color.WHITE);
        g.getChildren().add(paper);
        for (Shade s : page.shades()) {
            Rectangle r = new Rectangle(s.x(), s.y(), s.width(), s.height());
            r.setFill(Color.gray(s.gray()));
            g.getChildren().add(r);
        }
        for (Rule r : page.rules()) {
            Line l = new Line(r.x1(), r.y1(), r.x2(), r.y2());
            l.setStrokeWidth(r.width());
            l.setStrokeLineCap(StrokeLineCap.SQUARE);
            g.getChildren().add(l);
        }
        Map<Double, Font> fonts = new HashMap<>();
        for (TextRun t : page.texts()) {
            Text text = new Text(t.x(), t.baseline(), t.text());
            text.setFont(fonts.computeIfAbsent(t.size(), size -> Font.font(family, size)));
            text.setBoundsType(TextBoundsType.LOGICAL);
            text.setFill(Color.BLACK);
            if (t.bold()) {
                text.setStroke(Color.BLACK);
                text.setStrokeWidth(BOLD_STROKE);
            }
            g.getChildren().add(text);
        }
        return g;
    }
}
