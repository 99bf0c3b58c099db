package org.luoshi.app;

import java.nio.file.Path;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.settings.UserSettings;

/**
 * Hands the PDF font file chosen in settings to the task sheets, which read it from the system
 * property {@value CjkFontLocator#PROPERTY}. A property given on the command line wins while no
 * font is chosen in settings.
 */
final class PdfFontSetting {
    private static final String GIVEN = System.getProperty(CjkFontLocator.PROPERTY);

    private PdfFontSetting() {
    }

    static void apply(UserSettings settings) {
        Path font = settings.pdfFont();
        if (font != null) {
            System.setProperty(CjkFontLocator.PROPERTY, font.toString());
        } else if (GIVEN != null) {
            System.setProperty(CjkFontLocator.PROPERTY, GIVEN);
        } else {
            System.clearProperty(CjkFontLocator.PROPERTY);
        }
    }
}
