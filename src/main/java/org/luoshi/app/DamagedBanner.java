package org.luoshi.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.WorkspaceCheck;

/**
 * The band under the tool bar that says the workspace file is damaged, that it is open read-only
 * and how to get its data back; hidden while the file is sound.
 */
final class DamagedBanner extends Label {

    DamagedBanner(ObservableValue<WorkspaceCheck> damaged) {
        setId("damaged-banner");
        getStyleClass().add("damaged-banner");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        show(damaged.getValue());
        damaged.addListener((obs, old, check) -> show(check));
    }

    private void show(WorkspaceCheck check) {
        setVisible(check != null);
        setManaged(check != null);
        setText(check == null ? "" : Messages.get("app.damaged.banner", check.firstProblem(), check.file()));
    }
}
