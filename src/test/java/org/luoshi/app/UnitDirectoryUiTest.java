package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Role;
import org.luoshi.plan.Unit;
import org.luoshi.plan.ui.UnitDirectoryDialog.Entry;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class UnitDirectoryUiTest {
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
    void mergingTwoUnitsMovesTheirTasksAndAnAliasIsKept() throws Exception {
        robot.interact(() -> app.window().fire(AppAction.UNIT_DIRECTORY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unitTable").tryQuery().isPresent()
                && !robot.lookup("#unitTable").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<Entry> table = robot.lookup("#unitTable").queryAs(TableView.class);
        Entry bureau = table.getItems().stream().filter(e -> e.unit().name().equals("省贸促会")).findFirst().orElseThrow();
        assertThat(bureau.taskCount()).isEqualTo(2);

        robot.interact(() -> {
            table.getSelectionModel().select(bureau);
            @SuppressWarnings("unchecked")
            ComboBox<Unit> into = robot.lookup("#unitMergeInto").queryAs(ComboBox.class);
            into.setValue(into.getItems().stream().filter(u -> u.name().equals("省商务厅")).findFirst().orElseThrow());
            robot.lookup("#unitMerge").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().stream().noneMatch(e -> e.unit().name().equals("省贸促会")));
        robot.interact(() -> {
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(e -> e.unit().name().equals("省商务厅")).findFirst().orElseThrow());
            robot.lookup("#unitAlias").queryAs(TextField.class).setText("山西省商务厅");
            robot.lookup("#unitAddAlias").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(e -> e.unit().name().equals("省商务厅") && e.aliases().contains("山西省商务厅")));

        FxToolkit.cleanupApplication(app);
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            assertThat(ws.units().byName("省贸促会")).isEmpty();
            var tasks = ws.plans().load(ws.plans().list().get(0).id()).orElseThrow().tasks();
            assertThat(tasks.get(16).unitNames(Role.LEAD)).containsExactly("省商务厅"); // task 17 was 省贸促会's
            assertThat(tasks.get(11).unitNames(Role.COOPERATING)).containsExactly("省发展改革委", "省商务厅");
            assertThat(ws.units().aliases()).containsEntry("省贸促会", "省商务厅").containsEntry("山西省商务厅", "省商务厅");
        }
        app = RunningApp.start(dir.resolve("w.db"));
    }
}
