package org.luoshi.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.luoshi.i18n.Messages;

/**
 * The band under the tool bar that says the workspace is open read-only (the server's role for this
 * person may only read) and what to do about it; hidden otherwise. Like the damaged-file banner.
 */
final class ReadOnlyBanner extends Label {

    ReadOnlyBanner(ObservableValue<Boolean> readOnly, String role) {
        setId("readonly-banner");
        getStyleClass().addAll("damaged-banner", "readonly-banner");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setText(Messages.get("app.readOnly.banner", role));
        show(Boolean.TRUE.equals(readOnly.getValue()));
        readOnly.addListener((obs, was, now) -> show(Boolean.TRUE.equals(now)));
    }

    private void show(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
