package org.luoshi.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.lights.LightThresholds;
import org.luoshi.storage.Workspace;

/**
 * Settings kept in the workspace file, so they travel with its plans: when lights turn yellow and
 * the pace allowance ({@code pace.allowance}; an older workspace's {@code lights.paceGracePercent}
 * is read in its place and removed on the next save), the
 * default reminder offsets (working days before each deadline and milestone), and the unit shown
 * as "my unit". A stored value that cannot be read gives the default.
 *
 * @param myUnit the unit name of the "My unit" view, or null
 */
public record WorkspaceSettings(LightThresholds lights, List<Integer> reminderOffsets, String myUnit) {
    public static final String DUE_SOON_DAYS = "lights.dueSoonDays";
    /** The pace allowance in percentage points ({@link org.luoshi.report.PaceRules}). */
    public static final String PACE_ALLOWANCE = "pace.allowance";
    /** Where older workspaces kept the pace allowance; read when {@link #PACE_ALLOWANCE} is missing. */
    public static final String PACE_GRACE = "lights.paceGracePercent";
    public static final String REMINDER_OFFSETS = "reminders.defaultOffsets";
    public static final String MY_UNIT = "view.myUnit";

    public static final WorkspaceSettings DEFAULT =
            new WorkspaceSettings(LightThresholds.DEFAULT, ReminderOffsets.DEFAULT, null);

    public WorkspaceSettings {
        reminderOffsets = List.copyOf(reminderOffsets);
        myUnit = myUnit == null || myUnit.isBlank() ? null : myUnit.strip();
    }

    public static WorkspaceSettings load(Workspace ws) {
        return fromMap(ws.settings().all());
    }

    /** Stores every setting in one transaction. */
    public void save(Workspace ws) {
        ws.settings().putAll(toMap());
    }

    public static WorkspaceSettings fromMap(Map<String, String> map) {
        LightThresholds lights;
        try {
            lights = new LightThresholds(
                    intOr(map.get(DUE_SOON_DAYS), LightThresholds.DEFAULT.dueSoonDays()),
                    intOr(map.containsKey(PACE_ALLOWANCE) ? map.get(PACE_ALLOWANCE) : map.get(PACE_GRACE),
                            LightThresholds.DEFAULT.paceGracePercent()));
        } catch (IllegalArgumentException e) {
            lights = LightThresholds.DEFAULT;
        }
        List<Integer> offsets;
        try {
            offsets = map.containsKey(REMINDER_OFFSETS) ? ReminderOffsets.parse(map.get(REMINDER_OFFSETS))
                    : ReminderOffsets.DEFAULT;
        } catch (IllegalArgumentException e) {
            offsets = ReminderOffsets.DEFAULT;
        }
        return new WorkspaceSettings(lights, offsets, map.get(MY_UNIT));
    }

    /** The settings as stored; a missing "my unit" is a null value (the key is removed). */
    public Map<String, String> toMap() {
        Map<String, String> map = new HashMap<>();
        map.put(DUE_SOON_DAYS, String.valueOf(lights.dueSoonDays()));
        map.put(PACE_ALLOWANCE, String.valueOf(lights.paceGracePercent()));
        map.put(PACE_GRACE, null);
        map.put(REMINDER_OFFSETS, ReminderOffsets.format(reminderOffsets));
        map.put(MY_UNIT, myUnit);
        return map;
    }

    public WorkspaceSettings withLights(LightThresholds newLights) {
        return new WorkspaceSettings(newLights, reminderOffsets, myUnit);
    }

    public WorkspaceSettings withReminderOffsets(List<Integer> newOffsets) {
        return new WorkspaceSettings(lights, newOffsets, myUnit);
    }

    public WorkspaceSettings withMyUnit(String newUnit) {
        return new WorkspaceSettings(lights, reminderOffsets, newUnit);
    }

    private static int intOr(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
