package org.luoshi.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.luoshi.i18n.Messages;

/**
 * The band under the tool bar that says the workspace's server went away: the window keeps what it
 * shows and what the person typed, takes no edit, and connects again by itself; hidden while online.
 */
final class OfflineBanner extends Label {

    OfflineBanner(ObservableValue<Boolean> offline, String server) {
        setId("offline-banner");
        getStyleClass().addAll("damaged-banner", "offline-banner");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setText(Messages.get("app.offline.banner", server));
        show(Boolean.TRUE.equals(offline.getValue()));
        offline.addListener((obs, was, now) -> show(Boolean.TRUE.equals(now)));
    }

    private void show(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
