package org.luoshi.sheets.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A unit's name over its task counts by role; the whole plan's entry in bold. */
final class ChoiceCell extends ListCell<SheetChoice> {
    private final Label name = new Label();
    private final Label counts = new Label();
    private final VBox box = new VBox(1, name, counts);

    ChoiceCell() {
        counts.setStyle("-fx-font-size: 0.85em; -fx-opacity: 0.7;");
        counts.managedProperty().bind(counts.visibleProperty());
    }

    @Override
    protected void updateItem(SheetChoice item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.name());
        name.setStyle(item.wholePlan() ? "-fx-font-weight: bold;" : "");
        counts.setText(item.counts());
        counts.setVisible(!item.wholePlan());
        setGraphic(box);
    }
}
