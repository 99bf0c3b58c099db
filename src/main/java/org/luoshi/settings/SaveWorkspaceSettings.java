package org.luoshi.settings;

import org.luoshi.session.Session;
import org.luoshi.session.UseCase;

/** Stores the workspace's settings (the lights' thresholds, reminder offsets, my unit) in the workspace. */
public final class SaveWorkspaceSettings implements UseCase<WorkspaceSettings> {
    private final WorkspaceSettings settings;
    private final boolean onlyMyUnit;

    private SaveWorkspaceSettings(WorkspaceSettings settings, boolean onlyMyUnit) {
        this.settings = settings;
        this.onlyMyUnit = onlyMyUnit;
    }

    /** Every setting. */
    public static SaveWorkspaceSettings all(WorkspaceSettings settings) {
        return new SaveWorkspaceSettings(settings, false);
    }

    /** Only the unit of the "my unit" view, as chosen in its field. */
    public static SaveWorkspaceSettings myUnit(WorkspaceSettings settings) {
        return new SaveWorkspaceSettings(settings, true);
    }

    @Override
    public WorkspaceSettings run(Session session) {
        if (onlyMyUnit) {
            session.workspace().settings().put(WorkspaceSettings.MY_UNIT, settings.myUnit());
        } else {
            settings.save(session.workspace());
        }
        return settings;
    }
}
