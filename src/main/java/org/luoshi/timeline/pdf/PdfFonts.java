package org.luoshi.timeline.pdf;

import java.nio.file.Path;
import org.luoshi.i18n.Messages;
import org.luoshi.sheets.font.CjkFontLocator;
import org.luoshi.timeline.TimelineExportException;

/**
 * Finds a Chinese TrueType font for the timeline's PDF: the file the user chose in the settings,
 * else the first usable one where the task sheets look too ({@link CjkFontLocator}: the usual files
 * of Windows, macOS and Linux, then known names under the font folders). Looked for only when a PDF
 * is made, never at start-up.
 */
public final class PdfFonts {
    private final CjkFontLocator places;

    PdfFonts(CjkFontLocator places) {
        this.places = places;
    }

    /** The usual places on this operating system. */
    public static PdfFonts forThisSystem() {
        return new PdfFonts(CjkFontLocator.forThisSystem());
    }

    /**
     * Opens {@code chosen} if given (no other is tried: the user asked for that one), else the first
     * usable font found.
     *
     * @throws TimelineExportException saying which fonts work and how to get one
     */
    public PdfFontFile open(Path chosen) {
        if (chosen != null) {
            return PdfFontFile.open(chosen);
        }
        for (Path p : places.candidatesAndFound()) {
            try {
                return PdfFontFile.open(p);
            } catch (TimelineExportException e) {
                // try the next one
            }
        }
        throw new TimelineExportException(Messages.get("timeline.font.none"));
    }
}
