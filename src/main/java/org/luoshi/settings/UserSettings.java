package org.luoshi.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the person at this computer, kept outside any workspace: the language (applied at
 * the next start) and the font file PDFs embed (a path on this machine).
 *
 * @param pdfFont a TrueType font file (.ttf / .ttc) for PDFs, or null to look for one
 */
public record UserSettings(Language language, Path pdfFont) {
    public static final UserSettings DEFAULT = new UserSettings(Language.SYSTEM, null);

    public UserSettings {
        Objects.requireNonNull(language, "language");
    }

    public UserSettings withLanguage(Language newLanguage) {
        return new UserSettings(newLanguage, pdfFont);
    }

    public UserSettings withPdfFont(Path newFont) {
        return new UserSettings(language, newFont);
    }
}
