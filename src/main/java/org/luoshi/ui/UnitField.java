package org.luoshi.ui;

import org.luoshi.plan.UnitOrder;

import java.util.List;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;

/**
 * A text field for a unit name that offers the directory's units containing what was typed
 * (省市场 → 省市场监管局). Down moves into the list; Enter or a click takes a name and fires the
 * field's action.
 */
public final class UnitField extends TextField {
    private static final int MAX_SHOWN = 12;

    private final Supplier<List<String>> names;
    // Made on the first suggestion: a window has several unit fields and most are never typed in.
    private Popup popup;
    private ListView<String> list;
    private boolean accepting;

    public UnitField(Supplier<List<String>> names) {
        this.names = names;
        getStyleClass().add("unit-field");
        textProperty().addListener((obs, old, text) -> suggest(text));
        focusedProperty().addListener((obs, old, focused) -> {
            if (!focused && popup != null && !list.isFocused()) {
                popup.hide();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && suggesting()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && popup != null) {
                popup.hide();
            }
        });
    }

    private void makePopup() {
        if (popup != null) {
            return;
        }
        popup = new Popup();
        list = new ListView<>();
        list.getStyleClass().add("unit-suggestions");
        list.setPrefHeight(200);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                requestFocus();
            }
        });
        list.setOnMouseClicked(e -> accept(list.getSelectionModel().getSelectedItem()));
    }

    private void suggest(String text) {
        if (accepting || text == null || text.isBlank() || !isFocused()) {
            if (popup != null) {
                popup.hide();
            }
            return;
        }
        String typed = text.strip();
        List<String> hits = names.get().stream().filter(n -> n.contains(typed) && !n.equals(typed))
                .sorted(UnitOrder.COLLATOR).limit(MAX_SHOWN).toList();
        if (hits.isEmpty()) {
            if (popup != null) {
                popup.hide();
            }
            return;
        }
        makePopup();
        list.getItems().setAll(hits);
        list.setPrefWidth(Math.max(getWidth(), 220));
        list.setPrefHeight(Math.min(hits.size(), 8) * 26 + 4);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY());
        }
    }

    private void accept(String name) {
        if (name == null) {
            return;
        }
        accepting = true;
        setText(name);
        accepting = false;
        positionCaret(name.length());
        if (popup != null) {
            popup.hide();
        }
        requestFocus();
        fireEvent(new ActionEvent());
    }

    /** The names offered for what is typed now (tests look at it). */
    public List<String> suggestions() {
        return list == null ? List.of() : List.copyOf(list.getItems());
    }

    public boolean suggesting() {
        return popup != null && popup.isShowing();
    }
}
