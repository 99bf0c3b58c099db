package org.luoshi.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.Edit;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;

/**
 * Status follows progress: recording a percent above 0 on task 29 (未开始) offers 进行中 under the
 * progress line; 100 % offers 已完成; the offer is a confirm — nothing changes until it is taken.
 */
class StatusOfferUiTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 28);

    @TempDir
    Path dir;

    private Task29Pane fixture;
    private Workspace ws;
    private Plan plan;
    private long task29;
    private TaskDetailPane pane;
    private List<String> performed;

    @BeforeEach
    void showTask29() throws Exception {
        fixture = Task29Pane.show(dir, TODAY);
        ws = fixture.ws;
        plan = fixture.plan;
        task29 = fixture.task29;
        pane = fixture.pane;
        performed = fixture.performed;
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void perform(Edit edit) {
        fixture.perform(edit);
    }

    private void show() {
        fixture.show();
    }

    private Task stored() {
        return fixture.stored();
    }

    private static void fx(Runnable r) {
        Task29Pane.fx(r);
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
