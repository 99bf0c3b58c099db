package org.luoshi.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.DialogService.FileFilter;
import org.luoshi.ui.ScriptedDialogs;

/** File → 导入方案… offers every kind of plan document the readers read, in both spellings of case. */
class ImportFileChooserTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    @Test
    void theChooserOffersTextWordWpsPdfAndSpreadsheets() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.openingFile((Path) null);
        try (Workspace workspace = Workspace.open(dir.resolve("workspace.db"))) {
            new ImportFeature(Session.of(workspace), dialogs, said -> { }, failed -> { }, (draft, label) -> Optional.empty())
                    .chooseFile();
        }
        FileFilter offered = dialogs.asked().get(0).filters().get(0);
        assertThat(offered.description()).isEqualTo(Messages.get("import.chooser.documents"))
                .contains("*.xlsx").contains("*.xls").contains("*.et").contains("*.doc").contains("*.wps");
        assertThat(offered.patterns()).contains("*.txt", "*.docx", "*.doc", "*.wps", "*.pdf", "*.xlsx", "*.xls", "*.et",
                "*.DOC", "*.WPS", "*.XLSX", "*.XLS", "*.ET");
    }
}
