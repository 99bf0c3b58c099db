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
 * @param recentWorkspaces the workspaces opened lately, most recent first ({@link RecentWorkspaces})
 */
public record UserSettings(Language language, Path pdfFont, boolean detailPaneShown, Map<String, String> tableHeaders,
        String userName, Path lastFolder, List<String> recentWorkspaces) {
    public static final UserSettings DEFAULT = new UserSettings(Language.SYSTEM, null);

    public UserSettings {
        Objects.requireNonNull(language, "language");
        tableHeaders = tableHeaders == null ? Map.of() : Map.copyOf(tableHeaders);
        userName = userName == null ? "" : userName.strip();
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
    }

    /** No folder remembered, no workspace opened lately. */
    public UserSettings(Language language, Path pdfFont, boolean detailPaneShown, Map<String, String> tableHeaders,
            String userName) {
        this(language, pdfFont, detailPaneShown, tableHeaders, userName, null, List.of());
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
        return new UserSettings(newLanguage, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder, recentWorkspaces);
    }

    public UserSettings withPdfFont(Path newFont) {
        return new UserSettings(language, newFont, detailPaneShown, tableHeaders, userName, lastFolder, recentWorkspaces);
    }

    public UserSettings withDetailPaneShown(boolean shown) {
        return new UserSettings(language, pdfFont, shown, tableHeaders, userName, lastFolder, recentWorkspaces);
    }

    public UserSettings withTableHeaders(Map<String, String> headers) {
        return new UserSettings(language, pdfFont, detailPaneShown, headers, userName, lastFolder, recentWorkspaces);
    }

    public UserSettings withUserName(String name) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, name, lastFolder, recentWorkspaces);
    }

    public UserSettings withLastFolder(Path folder) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, folder, recentWorkspaces);
    }

    /** With {@code location} first among the workspaces opened lately. */
    public UserSettings withOpened(String location) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder,
                RecentWorkspaces.opened(recentWorkspaces, location));
    }

    /** Without {@code location} among the workspaces opened lately (a file that is gone). */
    public UserSettings withoutRecent(String location) {
        return new UserSettings(language, pdfFont, detailPaneShown, tableHeaders, userName, lastFolder,
                RecentWorkspaces.forget(recentWorkspaces, location));
    }

    /** The name the history records: the one set, or the computer's user name. */
    public String effectiveUserName() {
        return userName.isEmpty() ? System.getProperty("user.name", "") : userName;
    }
}
