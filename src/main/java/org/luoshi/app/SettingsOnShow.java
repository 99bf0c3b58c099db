package org.luoshi.app;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.luoshi.find.TaskFactsCache;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.StatusLights;
import org.luoshi.session.Session;
import org.luoshi.settings.SaveWorkspaceSettings;
import org.luoshi.settings.WorkspaceSettings;

/** The workspace's settings the window works by: stored through the session, the lights worked out by them. */
final class SettingsOnShow {
    private final Session session;
    private final TaskFactsCache facts;
    private final Clock clock;
    private final Runnable changed;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<WorkspaceSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", WorkspaceSettings.DEFAULT);

    /** @param changed told once the data on show has to be worked out again */
    SettingsOnShow(Session session, TaskFactsCache facts, Clock clock, Runnable changed, Consumer<Throwable> failed) {
        this.session = session;
        this.facts = facts;
        this.clock = clock;
        this.changed = changed;
        this.failed = failed;
    }

    /** Settings as read from the workspace: the lights follow them. */
    void use(WorkspaceSettings s) {
        settings.set(s);
        facts.useLights(new StatusLights(clock, s.lights()));
    }

    /** Stores new settings and shows the lights by them. */
    void save(WorkspaceSettings s) {
        session.run(Messages.get("settings.saving"), SaveWorkspaceSettings.all(s), stored -> {
            use(stored);
            changed.run();
        }, failed);
    }

    /** Remembers the unit of the "My unit" view in the workspace. */
    void chooseMyUnit(String unit) {
        WorkspaceSettings s = settings.get().withMyUnit(unit);
        if (!s.equals(settings.get())) {
            settings.set(s);
            session.run(Messages.get("settings.saving"), SaveWorkspaceSettings.myUnit(s), r -> changed.run(), failed);
        }
    }

    ReadOnlyObjectProperty<WorkspaceSettings> property() {
        return settings.getReadOnlyProperty();
    }
}
