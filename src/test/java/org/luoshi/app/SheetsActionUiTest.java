package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File → 分工表…… in the running app opens the sheets window on the plan on show. */
class SheetsActionUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(dir.resolve("w.db"));
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void theFileMenuOffersTheSheetsAndOpensThemForThePlanOnShow() throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().get(0).getItems()).extracting(MenuItem::getText)
                .contains("分工表……", "打印分工表……");

        robot.interact(() -> app.window().fire(AppAction.EXPORT_SHEETS));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#sheetChoices").tryQuery().isPresent()
                && robot.lookup("#sheetChoices").queryAs(ListView.class).getItems().size() == 39
                && robot.lookup("#sheetPages").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".sheet-page-preview").tryQuery().isPresent());
    }
}
