/**
 * Settings, in the two places they are kept. The person's own,
 * {@link org.luoshi.settings.UserSettings} (the window's {@link org.luoshi.settings.Language}, the
 * font file PDFs embed, whether the detail pane shows, the table header meanings chosen when
 * importing), live in a properties file beside the
 * default workspace, {@link org.luoshi.settings.UserSettingsFile}. The workspace's,
 * {@link org.luoshi.settings.WorkspaceSettings} (when lights turn yellow, the default reminder
 * offsets as {@link org.luoshi.settings.ReminderOffsets} reads them, the "my unit" of the view),
 * live in the workspace file, so they travel with its plans. A stored value that cannot be read
 * gives the default. {@link org.luoshi.settings.SaveUserSettings} and
 * {@link org.luoshi.settings.SaveWorkspaceSettings} are the use cases that store them; the window
 * runs them on the session's I/O thread. No JavaFX; the dialog is in {@code settings.ui}.
 */
package org.luoshi.settings;
