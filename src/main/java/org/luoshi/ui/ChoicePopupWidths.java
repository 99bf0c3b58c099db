package org.luoshi.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Choice boxes sized by one measuring popup instead of one popup each (issue 20). JavaFX 21 sizes a
 * {@link ChoiceBox} by its popup: laying a box out builds and styles a context menu with every item, in a
 * scene of its own, although nobody opened it — four filter boxes cost ~40 ms of the FX thread before the
 * first frame. A popup of radio items is as wide as its widest label plus what every item has (insets,
 * the radio's column), so one popup holding the items of all the boxes, styled the same way (unowned, as a
 * box's popup is until it is first shown), gives each box the width its own popup would give. Each box then
 * has a skin that answers with that width until its popup is first shown, and asks the popup from then on.
 */
public final class ChoicePopupWidths {
    private ChoicePopupWidths() {
    }

    /** Measures the popups of {@code boxes} (items, converters and values set) once, and gives each its skin. */
    public static void applyTo(List<? extends ChoiceBox<?>> boxes) {
        ContextMenu probe = new ContextMenu();
        probe.setId("choice-box-popup-menu");
        Map<ChoiceBox<?>, List<RadioMenuItem>> itemsOf = new IdentityHashMap<>();
        for (ChoiceBox<?> box : boxes) {
            List<RadioMenuItem> items = new ArrayList<>();
            addItems(box, items);
            itemsOf.put(box, items);
            probe.getItems().addAll(items);
        }
        double popupPref = probe.prefWidth(-1);
        double popupMin = probe.minWidth(-1);
        Region content = probe.getSkin() == null ? null : (Region) probe.getSkin().getNode();
        Map<Label, Double> labelWidths = new IdentityHashMap<>();
        double itemPref = -1;
        double widestLabel = 0;
        if (content != null) {
            for (Node item : content.lookupAll(".menu-item")) {
                if (item instanceof Region container && itemPref < 0) {
                    itemPref = container.prefWidth(-1);
                }
                for (Node n : item.lookupAll(".label")) {
                    if (n instanceof Label label) {
                        // As the popup counts a label: its width snapped to the pixel grid, before the widest is taken.
                        double w = content.snapSizeX(label.prefWidth(-1));
                        labelWidths.put(label, w);
                        widestLabel = Math.max(widestLabel, w);
                    }
                }
            }
        }
        for (ChoiceBox<?> box : boxes) {
            double width = -1;
            if (content != null && itemPref > 0) {
                double widest = 0;
                for (RadioMenuItem item : itemsOf.get(box)) {
                    for (Map.Entry<Label, Double> e : labelWidths.entrySet()) {
                        if (item.getText().equals(e.getKey().getText())) {
                            widest = Math.max(widest, e.getValue());
                        }
                    }
                }
                // The popup: its insets around the widest item; an item: what every item has plus its label.
                double insets = popupPref - content.snapSizeX(itemPref);
                width = insets + content.snapSizeX(itemPref - widestLabel + widest);
            }
            double min = popupMin >= popupPref - 0.5 ? width : popupMin;
            install(box, width, min);
        }
        probe.getItems().clear();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void install(ChoiceBox box, double popupWidth, double popupMinWidth) {
        box.setSkin(new Presized<>(box, popupWidth, popupMinWidth));
    }

    @SuppressWarnings("unchecked")
    private static <T> void addItems(ChoiceBox<T> box, List<RadioMenuItem> into) {
        StringConverter<T> c = box.getConverter();
        int selected = box.getSelectionModel().getSelectedIndex();
        for (int i = 0; i < box.getItems().size(); i++) {
            T o = box.getItems().get(i);
            RadioMenuItem item = new RadioMenuItem(c == null ? (o == null ? "" : o.toString()) : c.toString(o));
            item.setId("choice-box-menu-item");
            item.setMnemonicParsing(false);
            item.setSelected(i == selected);
            into.add(item);
        }
    }

    /** A choice box's skin that takes its popup's width as measured, until the popup is first shown. */
    private static final class Presized<T> extends ChoiceBoxSkin<T> {
        private final double popupWidth;
        private final double popupMinWidth;
        private boolean popupShown;

        Presized(ChoiceBox<T> box, double popupWidth, double popupMinWidth) {
            super(box);
            this.popupWidth = popupWidth;
            this.popupMinWidth = popupMinWidth;
            box.showingProperty().addListener((obs, was, showing) -> popupShown |= showing);
        }

        private boolean measured() {
            return !popupShown && popupWidth > 0 && !getSkinnable().getItems().isEmpty();
        }

        @Override
        protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset, double leftInset) {
            if (!measured()) {
                return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
            }
            double box = getChildren().get(0).prefWidth(-1) + getChildren().get(1).prefWidth(-1);
            return leftInset + Math.max(box, popupWidth) + rightInset;
        }

        @Override
        protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset, double leftInset) {
            if (!measured()) {
                return super.computeMinWidth(height, topInset, rightInset, bottomInset, leftInset);
            }
            double box = getChildren().get(0).minWidth(-1) + getChildren().get(1).minWidth(-1);
            return leftInset + Math.max(box, popupMinWidth) + rightInset;
        }
    }
}
