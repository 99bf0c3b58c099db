package org.luoshi.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.find.PlanRef;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Status follows progress: recording a percent above 0 on task 29 (未开始) offers 进行中 under the
 * progress line; 100 % offers 已完成; the offer is a confirm — nothing changes until it is taken.
 */
class StatusOfferUiTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 28);

    @TempDir
    Path dir;

    private Workspace ws;
    private final EditHistory history = new EditHistory();
    private final List<String> performed = new ArrayList<>();
    private Plan plan;
    private long task29;
    private TaskDetailPane pane;
    private final StatusLights lights = new StatusLights(
            Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()),
            LightThresholds.DEFAULT);

    @BeforeEach
    void showTask29() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ws = Workspace.open(dir.resolve("w.db"));
        plan = ws.plans().save(SamplePlan.parse().plan());
        task29 = plan.tasks().stream().filter(t -> "29".equals(t.number())).findFirst().orElseThrow().id();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            pane = new TaskDetailPane(this::perform, new UnitNames() {
                @Override
                public List<String> all() {
                    return List.of();
                }

                @Override
                public String canonical(String typed) {
                    return typed;
                }
            }, () -> TODAY);
            stage.setScene(new Scene(pane, 420, 780)); // within Monocle's 1280×800 screen (no BufferOverflowException traces)
            stage.show();
            show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    /** As the window does: the edit goes through the history, then the pane shows the stored task. */
    private void perform(Edit edit) {
        history.perform(ws, edit);
        performed.add(edit.description());
        show();
    }

    private void show() {
        pane.show(TaskFacts.of(stored(), PlanRef.of(plan), lights));
    }

    private Task stored() {
        return ws.tasks().require(task29);
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void record(int percent, String text) {
        fx(() -> {
            javafx.scene.control.Spinner<?> spinner = (javafx.scene.control.Spinner<?>) pane.lookup("#detailProgressPercent");
            spinner.getEditor().setText(String.valueOf(percent));
            ((TextField) pane.lookup("#detailProgressText")).setText(text);
            ((Button) pane.lookup("#detailProgressRecord")).fire();
        });
    }

    @Test
    void progressAboveZeroOffersInProgressAndAHundredOffersDone() {
        assertThat(stored().status()).isEqualTo(TaskStatus.NOT_STARTED);
        javafx.scene.Node offer = pane.lookup("#detailStatusOffer");
        assertThat(offer.isVisible()).isFalse();

        record(30, "完成需求调研");
        assertThat(offer.isVisible()).isTrue();
        Button apply = (Button) pane.lookup("#detailStatusOfferApply");
        assertThat(apply.getText()).isEqualTo("改为“进行中”");
        // Only offered: the status is unchanged until the person takes it.
        assertThat(stored().status()).isEqualTo(TaskStatus.NOT_STARTED);
        fx(apply::fire);
        assertThat(stored().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(offer.isVisible()).isFalse();

        record(60, "系统联调");
        assertThat(offer.isVisible()).isFalse();

        record(100, "系统升级完成");
        assertThat(offer.isVisible()).isTrue();
        assertThat(apply.getText()).isEqualTo("改为“已完成”");
        fx(apply::fire);
        assertThat(stored().status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void keepingTheStatusLeavesItAsItWas() {
        record(20, "开始梳理目录");
        fx(() -> ((Button) pane.lookup("#detailStatusOffer").lookupAll(".button").stream()
                .filter(b -> ((Button) b).getText().equals("不改")).findFirst().orElseThrow()).fire());
        assertThat(pane.lookup("#detailStatusOffer").isVisible()).isFalse();
        assertThat(stored().status()).isEqualTo(TaskStatus.NOT_STARTED);
    }
}
