package org.luoshi.report.bulletin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.report.bulletin.Bulletin;
import org.luoshi.report.bulletin.BulletinSettings;
import org.luoshi.report.bulletin.BulletinWords;
import org.luoshi.report.ledger.SampleWithRound;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The bulletin window headless on the sample plan with a filled round: draft, edit 四、下步要求, save as Word. */
class BulletinWindowUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SampleWithRound sample;
    private BulletinViewModel model;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleWithRound(dir);
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            model = new BulletinViewModel(sample.session, dialogs, SampleWithRound.TODAY, sample.plan(), s -> { });
            BulletinWindow window = new BulletinWindow(new Stage(), model);
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
    void theDraftShowsTheSectionsAParagraphIsEditedAndTheWordDocumentHasTheEdit() throws Exception {
        ComboBox<?> round = robot.lookup("#bulletinRound").queryAs(ComboBox.class);
        assertThat(round.getValue()).isEqualTo(sample.round);
        @SuppressWarnings("unchecked")
        ListView<Object> blocks = robot.lookup("#bulletinBlocks").queryAs(ListView.class);
        assertThat(blocks.getItems()).contains(new Bulletin.Heading(BulletinWords.OVERALL),
                new Bulletin.Heading(BulletinWords.LAGGING), new Bulletin.Heading(BulletinWords.REPORTING),
                new Bulletin.Heading(BulletinWords.REQUIREMENTS));
        assertThat(model.bulletinProperty().get().masthead().issue()).isEqualTo("第1期");

        // The first paragraph of 四、下步要求, rewritten.
        int at = blocks.getItems().indexOf(new Bulletin.Heading(BulletinWords.REQUIREMENTS)) + 1;
        assertThat(((Bulletin.Paragraph) blocks.getItems().get(at)).text())
                .isEqualTo(BulletinSettings.DEFAULT_REQUIREMENTS.split("\n")[0]);
        robot.interact(() -> blocks.getSelectionModel().clearAndSelect(at));
        TextArea editor = robot.lookup("#bulletinEditor").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("（一）各牵头单位于4月10日前报送整改措施。"));
        robot.clickOn("#bulletinApply");
        assertThat(model.blocks().get(at)).isEqualTo(new Bulletin.Paragraph("（一）各牵头单位于4月10日前报送整改措施。"));

        Path out = dir.resolve("通报.docx");
        dialogs.savingTo(out);
        robot.clickOn("#bulletinSaveDocx");
        assertThat(dialogs.errors()).isEmpty();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("（一）各牵头单位于4月10日前报送整改措施。", "第1期", "四、下步要求")
                    .doesNotContain(BulletinSettings.DEFAULT_REQUIREMENTS.split("\n")[0]);
        }
        // The number moved on for the next one.
        assertThat(model.numberProperty().get()).isEqualTo(2);
        assertThat(model.message()).contains("通报.docx");
    }
}
