package org.luoshi.ui;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A choice box skin that is as wide as its popup would make it, without building the popup (issue 20).
 * JavaFX 21 sizes a {@link ChoiceBox} by its popup, so laying a box out builds and styles a context menu
 * with every item although nobody opened it (~10 ms of the FX thread a box at start-up). Until the popup
 * is first shown that popup is unowned and styled by modena alone: its labels use the default font, and
 * it is as wide as its widest label, snapped to the pixel, plus what every radio item and the menu add —
 * {@link #POPUP_EXTRA_EM} of the default font. Where that was not checked (another default font size or
 * a scaled screen) the skin asks the popup as JavaFX does; once shown, the popup is asked too.
 */
public final class TextSizedChoiceBoxSkin<T> extends ChoiceBoxSkin<T> {
    /** What an unowned modena popup of radio items adds to its widest label: 36 px at 13 px, measured. */
    static final double POPUP_EXTRA_EM = 36.0 / 13.0;
    /** The default font size at which {@link #POPUP_EXTRA_EM} was measured. */
    private static final double CHECKED_FONT_SIZE = 13.0;

    private boolean popupShown;

    public TextSizedChoiceBoxSkin(ChoiceBox<T> box) {
        super(box);
        box.showingProperty().addListener((obs, was, showing) -> popupShown |= showing);
    }

    /** The popup's width from the items' texts, or -1 where only the popup can tell. */
    double popupWidthFromTexts() {
        ChoiceBox<T> box = getSkinnable();
        Font font = Font.getDefault();
        boolean unscaled = box.snapSizeX(0.5) == 1.0;
        if (popupShown || box.getItems().isEmpty() || font.getSize() != CHECKED_FONT_SIZE || !unscaled) {
            return -1;
        }
        StringConverter<T> converter = box.getConverter();
        Text text = new Text();
        text.setFont(font);
        double widest = 0;
        for (T item : box.getItems()) {
            text.setText(converter == null ? (item == null ? "" : item.toString()) : converter.toString(item));
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + Math.round(POPUP_EXTRA_EM * font.getSize());
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset, double leftInset) {
        double popup = popupWidthFromTexts();
        if (popup < 0) {
            return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        double own = getChildren().get(0).prefWidth(-1) + getChildren().get(1).prefWidth(-1);
        return leftInset + Math.max(own, popup) + rightInset;
    }

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset, double leftInset) {
        if (popupWidthFromTexts() < 0) {
            return super.computeMinWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        // Such a popup's minimum is its padding (2.2 px, measured), below the box's own label and arrow.
        double own = getChildren().get(0).minWidth(-1) + getChildren().get(1).minWidth(-1);
        return leftInset + own + rightInset;
    }
}
