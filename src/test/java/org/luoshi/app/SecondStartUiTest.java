package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceLock;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second start on a workspace that a window has open is refused with a message, and neither
 * reads nor writes the workspace; the first window keeps working.
 */
class SecondStartUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp first;
    private LuoshiApp second;

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (second != null) {
            FxToolkit.cleanupApplication(second);
        }
        if (first != null) {
            FxToolkit.cleanupApplication(first);
        }
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aWorkspaceLockedElsewhereIsNeitherOpenedNorCreated() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (WorkspaceLock other = WorkspaceLock.acquire(workspace)) {
            second = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString());
            DialogPane message = refusal();
            assertThat(message.getHeaderText()).isEqualTo("这个工作区已经打开");
            assertThat(message.getContentText()).contains(workspace.toString()).contains("另一个落实窗口");
            assertThat(second.model()).as("no workspace model was made").isNull();
            assertThat(workspace).as("the workspace was never opened").doesNotExist();
        }
    }

    @Test
    void aSecondWindowOnTheSameWorkspaceIsRefusedAndTheFirstKeepsItsPlan() throws Exception {
        Path workspace = RunningApp.withSamplePlan(dir.resolve("workspace.db"));
        first = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> first.model().loadedProperty().get());

        second = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString());
        refusal();
        assertThat(second.model()).isNull();
        assertThat(first.window().tree().taskRowCount()).isEqualTo(47);

        // Closing the first window releases the workspace for the next start.
        FxToolkit.cleanupApplication(first);
        first = null;
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.plans().list()).hasSize(1);
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
        try (WorkspaceLock free = WorkspaceLock.acquire(workspace)) {
            assertThat(free.isHeld()).isTrue();
        }
    }

    @Test
    void anEmptyWorkspaceFileIsRefusedWithAMessageAndLeftAsItWas() throws Exception {
        Path workspace = Files.createFile(dir.resolve("workspace.db"));
        Files.setLastModifiedTime(workspace, FileTime.fromMillis(1_600_000_000_000L));
        second = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString());
        DialogPane message = refusal();
        assertThat(message.getHeaderText()).isEqualTo("这个文件不能用作工作区");
        assertThat(message.getContentText()).contains(workspace.toString()).contains("是空的（0 字节）");
        assertThat(second.model()).as("no window, no workspace model").isNull();
        assertThat(Files.size(workspace)).isZero();
        assertThat(Files.getLastModifiedTime(workspace).toMillis()).isEqualTo(1_600_000_000_000L);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no lock, no log beside it").containsExactly(workspace);
        }
    }

    @Test
    void aWorkspaceWithTwoNamesIsRefusedWithAMessageAndNothingIsOpened() throws Exception {
        Path workspace = RunningApp.withSamplePlan(dir.resolve("workspace.db"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                workspace.getFileSystem().supportedFileAttributeViews().contains("unix"), "no link count here");
        Path copy = Files.createLink(dir.resolve("copy.db"), workspace);
        byte[] before = Files.readAllBytes(workspace);
        second = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", copy.toString());
        DialogPane message = refusal();
        assertThat(message.getHeaderText()).isEqualTo("这个文件不能用作工作区");
        assertThat(message.getContentText()).contains(copy.toString()).contains("有 2 个名称（硬链接）");
        assertThat(second.model()).as("no window, no workspace model").isNull();
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no lock, no log")
                    .containsExactlyInAnyOrder("workspace.db", "copy.db");
        }
    }

    @Test
    void aWorkspaceACommandIsChangingIsRefusedNamingTheCommand() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (WorkspaceLock command = WorkspaceLock.acquire(workspace, WorkspaceLock.Holder.command("import"))) {
            second = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString());
            DialogPane message = refusal();
            assertThat(message.getHeaderText()).isEqualTo("这个工作区正在被修改");
            assertThat(message.getContentText()).contains("luoshi import")
                    .contains("进程 " + ProcessHandle.current().pid()).doesNotContain("窗口");
            assertThat(second.model()).isNull();
        }
    }

    private DialogPane refusal() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findRefusal().isPresent());
        DialogPane pane = findRefusal().orElseThrow();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        return pane;
    }

    private static Optional<DialogPane> findRefusal() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#workspaceInUse"))
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }
}
