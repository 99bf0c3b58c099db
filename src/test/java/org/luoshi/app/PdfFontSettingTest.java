package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.settings.Language;
import org.luoshi.settings.UserSettings;

class PdfFontSettingTest {
    private final String before = System.getProperty(CjkFontLocator.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(CjkFontLocator.PROPERTY);
        } else {
            System.setProperty(CjkFontLocator.PROPERTY, before);
        }
    }

    @Test
    void theFontChosenInSettingsIsTheOneSheetsEmbed() {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        PdfFontSetting.apply(new UserSettings(Language.SYSTEM, font));
        assertThat(CjkFontLocator.configured(null)).isEqualTo(font);

        PdfFontSetting.apply(UserSettings.DEFAULT);
        assertThat(System.getProperty(CjkFontLocator.PROPERTY)).isEqualTo(before);
    }
}
