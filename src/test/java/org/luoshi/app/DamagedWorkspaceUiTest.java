package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.DamagedFiles;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, on a workspace with a zeroed page: it opens with the plans it can read,
 * the check after opening puts up the banner that says the file is damaged and how to recover it,
 * no dialog pops up on its own, and closing the window leaves the file byte for byte as it was.
 */
class DamagedWorkspaceUiTest {
    @TempDir
    Path dir;
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void opensReadOnlyWithTheBannerAndWritesNothing() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = DamagedFiles.workspace(dir.resolve("workspace.db"), 300, 3);
        DamagedFiles.zeroPage(file, pageOfTheLastPlanOnly(file));
        byte[] before = Files.readAllBytes(file);

        app = AppHarness.start(file, dir.resolve("settings.properties"), AppHarness.clockAt(LocalDate.of(2023, 3, 28)));
        waitUntil(() -> app.model().health().damagedProperty().get() != null);

        assertThat(app.model().planProperty().get()).as("the first plan is on show").isNotNull();
        Label banner = (Label) app.window().lookup("#damaged-banner");
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("此工作区文件已损坏").contains("以只读方式打开")
                .contains("workspace recover --to").contains(file.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).as("no dialog of its own accord").hasSize(1);

        AppHarness.stop(app);
        app = null;
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        Path log = Path.of(file + "-wal");
        assertThat(!Files.exists(log) || Files.size(log) == 0).isTrue();
    }

    /** A leaf of the task table that holds tasks of the last plan only. */
    private static long pageOfTheLastPlanOnly(Path file) {
        Map<Long, Set<Long>> pages = DamagedFiles.pagesOfPlans(file);
        List<Long> ids = new ArrayList<>(pages.keySet());
        Set<Long> others = new HashSet<>();
        ids.subList(0, ids.size() - 1).forEach(id -> others.addAll(pages.get(id)));
        Set<Long> last = pages.get(ids.get(ids.size() - 1));
        return DamagedFiles.pages(file, "task", "leaf").stream().filter(p -> last.contains(p) && !others.contains(p))
                .findFirst().orElseThrow();
    }
}
