package org.luoshi.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The main window's look for a feature's own windows and dialogs: the window's stylesheets, the
 * feature's own stylesheets after them, and the root's inline CJK font choice, so Chinese renders
 * the same in every window.
 */
public record WindowLook(List<String> stylesheets, String rootStyle) {

    /** The look of {@code owner}'s scene (none if it has no scene yet), with {@code extraSheets} added last. */
    public static WindowLook of(Window owner, String... extraSheets) {
        List<String> sheets = new ArrayList<>();
        String style = "";
        if (owner != null && owner.getScene() != null) {
            sheets.addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                style = owner.getScene().getRoot().getStyle();
            }
        }
        for (String extra : extraSheets) {
            sheets.remove(extra);
            sheets.add(extra);
        }
        return new WindowLook(List.copyOf(sheets), style == null ? "" : style);
    }

    /** Gives {@code root} this look. */
    public void apply(Parent root) {
        for (String sheet : stylesheets) {
            if (!root.getStylesheets().contains(sheet)) {
                root.getStylesheets().add(sheet);
            }
        }
        if (!rootStyle.isEmpty()) {
            root.setStyle(rootStyle);
        }
    }
}
