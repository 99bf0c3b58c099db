package org.luoshi.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.luoshi.settings.Language;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.WorkspaceSettings;

class SettingsDialogResultTest {
    @Test
    void theDialogsFieldsGoOntoTheSettingsAsTheyAreWhenItClosesNotAsTheyWereWhenItOpened() {
        UserSettings atOpen = UserSettings.DEFAULT.withLastFolder(Path.of("/home/zhang/旧文件夹"));
        // While the dialog was open its font chooser left the last folder somewhere else.
        UserSettings atClose = atOpen.withLastFolder(Path.of("/usr/share/fonts")).withOpened("/home/zhang/督查.db");
        UserSettings chosen = atOpen.withLanguage(Language.ENGLISH)
                .withPdfFont(Path.of("/usr/share/fonts/wqy-microhei.ttc")).withUserName("张三");

        UserSettings kept = new SettingsDialog.Result(chosen, WorkspaceSettings.DEFAULT).userOnto(atClose);

        assertThat(kept.lastFolder()).isEqualTo(Path.of("/usr/share/fonts"));
        assertThat(kept.recentWorkspaces()).containsExactly("/home/zhang/督查.db");
        assertThat(kept.language()).isEqualTo(Language.ENGLISH);
        assertThat(kept.pdfFont()).isEqualTo(Path.of("/usr/share/fonts/wqy-microhei.ttc"));
        assertThat(kept.userName()).isEqualTo("张三");
    }
}
