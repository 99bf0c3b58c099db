package org.luoshi.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Labels that show less than their text: after layout, the text node a {@link Labeled}'s skin draws
 * holds what is on screen ("省优…" for "省优化营商环境办公室"). Table and list cells are left out
 * (their columns are checked where they are made); headers of table columns are labels and count.
 */
public final class ElidedText {
    private ElidedText() {
    }

    /** "text → shown" for every label under {@code root} whose skin shows less than its text. */
    public static List<String> in(Parent root) {
        root.applyCss();
        root.layout();
        List<String> elided = new ArrayList<>();
        walk(root, elided);
        return elided;
    }

    private static void walk(Node node, List<String> elided) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell<?>)) {
            String text = labeled.getText();
            String shown = shown(labeled);
            if (text != null && !text.isEmpty() && shown != null && !shown.equals(text)) {
                elided.add(text + " → " + shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, elided);
            }
        }
    }

    /** The text the skin draws, or null if the label has no skin yet. */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }
}
