package org.luoshi.settings.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.settings.SaveUserSettings;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.ui.DialogService;

/**
 * Settings as the main window sees them: the Tools → Settings dialog, the person's settings (kept in
 * their own file, written through the session's I/O thread) and the workspace's (handed to
 * {@code saveWorkspace}, which stores them and shows the lights by them).
 */
public final class SettingsFeature {
    private final Window owner;
    private final Session session;
    private final DialogService dialogs;
    private final Path userFile;
    private final Supplier<WorkspaceSettings> workspaceSettings;
    private final Consumer<WorkspaceSettings> saveWorkspace;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<UserSettings> user;

    /**
     * @param user              the person's settings as read at start from {@code userFile}
     * @param workspaceSettings the workspace's settings now
     * @param saveWorkspace     stores changed workspace settings
     * @param say               shows a line in the status bar
     */
    public SettingsFeature(Window owner, Session session, DialogService dialogs, Path userFile, UserSettings user,
            Supplier<WorkspaceSettings> workspaceSettings, Consumer<WorkspaceSettings> saveWorkspace,
            Consumer<String> say) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
        this.userFile = userFile;
        this.workspaceSettings = workspaceSettings;
        this.saveWorkspace = saveWorkspace;
        this.say = say;
        this.user = new ReadOnlyObjectWrapper<>(this, "user", user);
    }

    /** The person's settings as read at start and changed since (language, PDF font file, detail pane). */
    public ReadOnlyObjectProperty<UserSettings> userSettingsProperty() {
        return user.getReadOnlyProperty();
    }

    /** Tools → Settings. */
    public void showDialog() {
        WorkspaceSettings before = workspaceSettings.get();
        new SettingsDialog(owner, dialogs, user.get(), before).showAndWait().ifPresent(r -> {
            if (!r.workspace().equals(before)) {
                saveWorkspace.accept(r.workspace());
            }
            UserSettings now = user.get();
            UserSettings edited = r.userOnto(now);
            if (!edited.equals(now)) {
                boolean languageChanged = edited.language() != now.language();
                keep(edited, languageChanged ? Messages.get("settings.restart") : Messages.get("settings.saved"));
            }
        });
    }

    /** Makes {@code changed} the person's settings and writes them to their file; says {@code saved} after, if not null. */
    public void keep(UserSettings changed, String saved) {
        user.set(changed);
        session.run(Messages.get("settings.saving"), new SaveUserSettings(userFile, changed), done -> {
            if (saved != null) {
                say.accept(saved);
            }
        });
    }
}
