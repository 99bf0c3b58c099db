package org.luoshi.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the person at this computer, kept outside any workspace: the language (applied at
 * the next start), the font file PDFs embed (a path on this machine), whether the main window
 * shows the task detail pane (a small screen may want the room for the task list), and what the
 * person said table headers mean when importing (推进主体 → 责任单位), for headers spelled that way.
 *
 * @param pdfFont      a TrueType font file (.ttf / .ttc) for PDFs, or null to look for one
 * @param tableHeaders a table header's text → the name of the column meaning chosen for it
 * @param userName     the name the history records for this person's changes; "" means the
 *                     computer's user name
 * @param lastFolder   the folder the last file chooser was left in, where the next one opens (also
 *                     after a restart), or null
 * @param detailDivider where the divider before the detail pane was left, as a share of the window's
 *                     width (0.77: the pane has the last 23 %); 0 for where it starts by default
 * @param recentWorkspaces the workspaces opened lately, most recent first ({@link RecentWorkspaces})
 */
public record UserSettings(Language language, Path pdfFont, boolean detailPaneShown, Map<String, String> tableHeaders,
        String userName, Path lastFolder, double detailDivider, List<String> recentWorkspaces) {
    public static final UserSettings DEFAULT = new UserSettings(Language.SYSTEM, null);

    public UserSettings {
        Objects.requireNonNull(language, "language");
        tableHeaders = tableHeaders == null ? Map.of() : Map.copyOf(tableHeaders);
        userName = userName == null ? "" : userName.strip();
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
    }

    /** No folder remembered, the detail pane's divider where it starts, no workspace opened lately. */
    public UserSettings(Language language, Path pdfFont, boolean detailPaneShown, Map<String, String> tableHeaders,
            String userName) {
        this(language, pdfFont, detailPaneShown, tableHeaders, userName, null, 0, List.of());
    }

    /** No user name set: the computer's user name is recorded. */
    public UserSettings(Language language, Path pdfFont, boolean detailPaneShown, Map<String, String> tableHeaders) {
        this(language, pdfFont, detailPaneShown, tableHeaders, "");
    }

    /** No table headers remembered. */
    public UserSettings(Language language, Path pdfFont, boolean detailPaneShown) {
        this(language, pdfFont, detailPaneShown, Map.of());
    }

    /** With the detail pane shown. */
    public UserSettings(Language language, Path pdfFont) {
        this(language, pdfFont, true);
    }

    public UserSettings withLanguage(Language newLanguage) {
        return new UserSettings(newLanguage, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder, detailDivider, recentWorkspaces);
    }

    public UserSettings withPdfFont(Path newFont) {
        return new UserSettings(language, newFont, detailPaneShown, tableHeaders, userName, lastFolder, detailDivider, recentWorkspaces);
    }

    public UserSettings withDetailPaneShown(boolean shown) {
        return new UserSettings(language, pdfFont, shown, tableHeaders, userName, lastFolder, detailDivider, recentWorkspaces);
    }

    public UserSettings withTableHeaders(Map<String, String> headers) {
        return new UserSettings(language, pdfFont, detailPaneShown, headers, userName, lastFolder, detailDivider, recentWorkspaces);
    }

    public UserSettings withUserName(String name) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, name, lastFolder, detailDivider, recentWorkspaces);
    }

    public UserSettings withLastFolder(Path folder) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, folder, detailDivider, recentWorkspaces);
    }

    /** With {@code location} first among the workspaces opened lately. */
    public UserSettings withOpened(String location) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder, detailDivider,
                RecentWorkspaces.opened(recentWorkspaces, location));
    }

    /** Without {@code location} among the workspaces opened lately (a file that is gone). */
    public UserSettings withoutRecent(String location) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder, detailDivider,
                RecentWorkspaces.forget(recentWorkspaces, location));
    }

    public UserSettings withDetailDivider(double position) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder, position,
                recentWorkspaces);
    }

    /** The name the history records: the one set, or the computer's user name. */
    public String effectiveUserName() {
        return userName.isEmpty() ? System.getProperty("user.name", "") : userName;
    }
}
