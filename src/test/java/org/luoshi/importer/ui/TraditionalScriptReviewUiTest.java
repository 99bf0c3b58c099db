package org.luoshi.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.plan.Role;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan reprinted in traditional characters is read, and saved, in simplified ones: the review tells the person so,
 * in the interface's language, so that they check the names (咸阳 2022 工作要点 on a wiki mirror, real; the sweep's
 * wording).
 */
class TraditionalScriptReviewUiTest {
    private static final String TRADITIONAL = """
            一、堅持系統集成,推動審批全鏈條最佳化
            1.全面實施行政許可事項清單管理。依據國家和省行政許可事項清單,2022年10月底前編制並公布市、縣兩級行政許可事項清單,將依法設定的行政許可事項全部納入清單管理。(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)
            """;
    private static final String SIMPLIFIED = """
            一、坚持系统集成，推动审批全链条优化
            1.全面实施行政许可事项清单管理。依据国家和省行政许可事项清单，2022年10月底前编制并公布市、县两级行政许可事项清单，将依法设定的行政许可事项全部纳入清单管理。（市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责）
            """;

    private final FxRobot robot = new FxRobot();
    private ReviewDialog dialog;

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theReviewSaysInChineseThatTheNamesWereConverted() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        open(TRADITIONAL);

        assertThat(warningCellTexts()).anySatisfy(t -> assertThat(t).contains("繁体字").contains("简体字").contains("核对"));
        // the names the person is asked to check are the simplified ones that will be saved
        assertThat(dialog.table().getItems().get(0).units(Role.LEAD)).contains("市政府办公室");
    }

    @Test
    void theReviewSaysInEnglishThatTheNamesWereConverted() {
        Messages.setLocale(Locale.ENGLISH);
        open(TRADITIONAL);

        assertThat(warningCellTexts()).anySatisfy(t -> assertThat(t).contains("traditional").contains("simplified"));
    }

    @Test
    void aSimplifiedPlanCarriesNoSuchWarning() {
        Messages.setLocale(Locale.ENGLISH);
        open(SIMPLIFIED);

        assertThat(warningCellTexts()).noneSatisfy(t -> assertThat(t).contains("traditional"));
        assertThat(dialog.table().getItems()).hasSize(1);
    }

    @Test
    void theWarningIsAboutTheWholeDocumentAndStaysWhateverTasksAreShown() {
        Messages.setLocale(Locale.ENGLISH);
        ParsedPlan parsed = new DocumentImporter().importDocument(ImportedDocument.text("t", "text", TRADITIONAL));
        assertThat(parsed.warnings()).filteredOn(ImportWarning::aboutDocument).hasSize(1)
                .allSatisfy(w -> assertThat(w.line()).isZero());
    }

    private void open(String text) {
        ParsedPlan parsed = new DocumentImporter().importDocument(ImportedDocument.text("咸阳.txt", "text", text));
        robot.interact(() -> {
            dialog = new ReviewDialog(null, new ReviewDraft(parsed), "咸阳.txt");
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The warnings as the list shows them (the rendered cells, not the model). */
    private java.util.List<String> warningCellTexts() {
        ListView<?> list = robot.lookup("#reviewWarnings").queryAs(ListView.class);
        assertThat(list).isNotNull();
        return robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(Objects::nonNull).toList();
    }
}
