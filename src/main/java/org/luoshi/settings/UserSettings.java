package org.luoshi.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the person at this computer, kept outside any workspace: the language (applied at
 * the next start), the font file PDFs embed (a path on this machine) and whether the main window
 * shows the task detail pane (a small screen may want the room for the task list).
 *
 * @param pdfFont a TrueType font file (.ttf / .ttc) for PDFs, or null to look for one
 */
public record UserSettings(Language language, Path pdfFont, boolean detailPaneShown) {
    public static final UserSettings DEFAULT = new UserSettings(Language.SYSTEM, null);

    public UserSettings {
        Objects.requireNonNull(language, "language");
    }

    /** With the detail pane shown. */
    public UserSettings(Language language, Path pdfFont) {
        this(language, pdfFont, true);
    }

    public UserSettings withLanguage(Language newLanguage) {
        return new UserSettings(newLanguage, pdfFont, detailPaneShown);
    }

    public UserSettings withPdfFont(Path newFont) {
        return new UserSettings(language, newFont, detailPaneShown);
    }

    public UserSettings withDetailPaneShown(boolean shown) {
        return new UserSettings(language, pdfFont, shown);
    }
}
