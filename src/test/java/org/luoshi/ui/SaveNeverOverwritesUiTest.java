package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A single-file save never writes over a file silently, whatever the system's chooser did: the
 * app's own question offers the next free name (as folder exports use), replacing, or cancelling.
 * And the folder the choosers were left in is handed on to be kept for the next start.
 */
class SaveNeverOverwritesUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage owner;
    private FxDialogService dialogs;

    @BeforeEach
    void owner() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 600, 400));
            s.show();
        });
        dialogs = new FxDialogService(owner);
    }

    @AfterEach
    void restore() throws Exception {
        FxToolkit.cleanupStages();
        FxDialogService.startIn(null, null);
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aNewNameIsTakenWithoutAQuestion() throws Exception {
        Path file = dir.resolve("晋政办发〔2023〕1号-省财政厅-任务分工表.docx");
        assertThat(ask(file, null)).contains(file);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenThePersonSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("晋政办发〔2023〕1号-省财政厅-任务分工表.docx"), "上月");
        Path second = dir.resolve("晋政办发〔2023〕1号-省财政厅-任务分工表-2.docx");
        assertThat(ask(file, "另存为“晋政办发〔2023〕1号-省财政厅-任务分工表-2.docx”")).contains(second);
        assertThat(ask(file, "替换")).contains(file);
        assertThat(ask(file, "取消")).isEmpty();
        assertThat(file).hasContent("上月");
    }

    @Test
    void theFolderChosenIsHandedOnToBeKeptAndTheNextStartOpensThere() throws Exception {
        List<Path> kept = new ArrayList<>();
        Path start = Files.createDirectories(dir.resolve("分工表"));
        FxDialogService.startIn(start, kept::add);
        assertThat(FxDialogService.startFolder()).isEqualTo(start.toFile());
        Path other = Files.createDirectories(dir.resolve("通报"));
        FxDialogService.remember(other.toFile());
        FxDialogService.remember(other.toFile()); // the same again: nothing new to keep
        assertThat(kept).containsExactly(other);
        assertThat(FxDialogService.startFolder()).isEqualTo(other.toFile());
        // a folder kept from a run before that is gone since: the chooser opens where the system likes
        FxDialogService.startIn(dir.resolve("已删除"), kept::add);
        assertThat(FxDialogService.startFolder()).isNull();
    }

    @Test
    void aMessageIsTitledInTheAppsLanguageNotTheSystems() throws Exception {
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // JavaFX titles its alerts in this one ("Message")
        try {
            robot.interact(() -> dialogs.inform("分工表", "还没有方案，无法生成分工表。"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownPane() != null);
            DialogPane pane = shownPane();
            assertThat(((Stage) pane.getScene().getWindow()).getTitle()).isEqualTo("落实");
            assertThat(pane.getHeaderText()).isEqualTo("分工表");
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        } finally {
            Locale.setDefault(system);
        }
    }

    private DialogPane shownPane() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w != owner)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane)
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    /** Runs the question for {@code file}; clicks the button named {@code click} if it is asked. */
    private Optional<Path> ask(Path file, String click) throws Exception {
        CompletableFuture<Optional<Path>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.notOverwriting("另存为…", file)));
        if (click != null) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question() != null);
            DialogPane pane = question();
            assertThat(pane.getHeaderText()).isEqualTo("“" + file.getFileName() + "”已存在。");
            assertThat(pane.getContentText()).isEqualTo(dir + " 中已有同名文件。另存为新名称，还是替换它？");
            Button button = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                    .filter(b -> b.getText().equals(click)).findFirst().orElseThrow();
            robot.interact(button::fire);
        }
        return answer.get(10, TimeUnit.SECONDS);
    }

    private static DialogPane question() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane p && "fileExists".equals(p.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
