package org.luoshi.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.luoshi.i18n.Messages;
import org.luoshi.settings.RecentWorkspaces;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.ui.SettingsFeature;
import org.luoshi.ui.DialogService;

/**
 * File → 打开工作区… and File → 最近的工作区: the workspaces this person opened lately (files and office
 * servers, most recent first, from the person's settings), a file that is gone shown greyed out.
 * Choosing one moves the window to it ({@link WorkspaceSwitch}); a server goes to {@code connect}.
 */
final class WorkspaceMenu {
    private final DialogService dialogs;
    private final SettingsFeature settings;
    private final WorkspaceSwitch switcher;
    private final Consumer<String> connect;
    private final Menu recent = new Menu(Messages.get("menu.recent"));

    /** @param connect opens a server workspace named by its address (the connect dialog, asking what is missing) */
    WorkspaceMenu(DialogService dialogs, SettingsFeature settings, WorkspaceSwitch switcher, Consumer<String> connect) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.switcher = switcher;
        this.connect = connect;
        recent.setId("menu-recent");
    }

    void register(MainWindow window) {
        window.onAction(AppAction.OPEN_WORKSPACE, this::chooseFile);
        window.submenuAfter(AppAction.OPEN_WORKSPACE, recent);
        fill(settings.userSettingsProperty().get());
        settings.userSettingsProperty().addListener((obs, old, now) -> fill(now));
        // A file may have gone since the list was filled: looked at again each time the menu opens.
        recent.setOnShowing(e -> fill(settings.userSettingsProperty().get()));
    }

    /** The submenu (for tests). */
    Menu recentMenu() {
        return recent;
    }

    private void fill(UserSettings user) {
        List<String> locations = user.recentWorkspaces();
        if (locations.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.recent.none"));
            none.setDisable(true);
            recent.getItems().setAll(none);
            return;
        }
        recent.getItems().clear();
        for (int i = 0; i < locations.size(); i++) {
            String location = locations.get(i);
            boolean missing = RecentWorkspaces.missingFile(location);
            // Mnemonic-free text: a path's underscores must show as they are.
            MenuItem item = new MenuItem(missing ? Messages.get("menu.recent.missing", location) : location);
            item.setMnemonicParsing(false);
            item.setId("recent-" + i);
            item.setDisable(missing);
            item.setOnAction(e -> open(location));
            recent.getItems().add(item);
        }
    }

    /** Opens {@code location}: a server through {@code connect}, a file in this window. */
    void open(String location) {
        if (RecentWorkspaces.isServer(location)) {
            connect.accept(location);
        } else {
            switcher.openFile(location);
        }
    }

    private void chooseFile() {
        dialogs.chooseOpenFile(Messages.get("action.openWorkspace.title"),
                DialogService.FileFilter.of(Messages.get("file.workspace"), "*.db", "*.luoshi", "*.sqlite"))
                .ifPresent(file -> switcher.openFile(file.toAbsolutePath().toString()));
    }
}
