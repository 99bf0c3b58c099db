package org.luoshi.report.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.report.ledger.LedgerColumn;
import org.luoshi.report.ledger.LedgerColumns;
import org.luoshi.report.ledger.SampleWithRound;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The ledger dialog headless: untick a column, move one up, save; the workbook and the workspace follow. */
class LedgerWindowUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SampleWithRound sample;
    private LedgerViewModel model;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleWithRound(dir);
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            model = new LedgerViewModel(sample.session, dialogs, SampleWithRound.TODAY, sample.plan(), s -> { });
            LedgerWindow window = new LedgerWindow(new Stage(), model);
            window.stage().show();
            model.load();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sample.close();
    }

    @Test
    void untickAColumnMoveAnotherUpAndSave() throws Exception {
        ListView<?> columns = robot.lookup("#ledgerColumns").queryAs(ListView.class);
        assertThat(columns.getItems()).hasSize(LedgerColumn.values().length);
        // 备注 (the last chosen column) unticked; 状态 moved above 完成时限.
        robot.interact(() -> model.columns().stream().filter(c -> c.column() == LedgerColumn.NOTES).findFirst()
                .orElseThrow().chosenProperty().set(false));
        int status = indexOf(LedgerColumn.STATUS);
        robot.interact(() -> columns.getSelectionModel().clearAndSelect(status));
        robot.clickOn("#ledgerUp");
        assertThat(indexOf(LedgerColumn.STATUS)).isEqualTo(status - 1);

        Path out = dir.resolve("台账.xlsx");
        dialogs.savingTo(out);
        robot.clickOn("#ledgerSave");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.message()).contains("台账.xlsx");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row header = wb.getSheetAt(0).getRow(2);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("序号", "任务", "牵头单位", "责任单位", "配合单位", "状态", "完成时限",
                    "2023年3月进展", "最新进展");
        }
        assertThat(sample.ws.settings().get(LedgerColumns.KEY))
                .contains("seq,task,lead,responsible,cooperating,status,deadline,rounds,latest");
    }

    private int indexOf(LedgerColumn c) {
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().get(i).column() == c) {
                return i;
            }
        }
        return -1;
    }
}
