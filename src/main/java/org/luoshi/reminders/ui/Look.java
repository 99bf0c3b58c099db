package org.luoshi.reminders.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * The main window's look for the feature's own windows: its stylesheets, the reminders
 * stylesheet, and the inline CJK font choice of its root, so Chinese renders the same everywhere.
 */
record Look(List<String> stylesheets, String rootStyle) {

    static Look of(Stage owner) {
        List<String> sheets = new ArrayList<>();
        String style = "";
        if (owner != null && owner.getScene() != null) {
            sheets.addAll(owner.getScene().getStylesheets());
            style = owner.getScene().getRoot().getStyle();
        }
        sheets.remove(RemindersFeature.STYLESHEET);
        sheets.add(RemindersFeature.STYLESHEET);
        return new Look(List.copyOf(sheets), style == null ? "" : style);
    }

    void apply(Parent root) {
        root.getStylesheets().addAll(stylesheets);
        if (!rootStyle.isEmpty()) {
            root.setStyle(rootStyle);
        }
    }
}
