package org.luoshi.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.edit.TaskEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;

/**
 * The detail pane's chase log and history timeline, headless, against a real workspace: a chase typed
 * in is stored and listed, every edit shows in the timeline (newest first, who, when, from → to), and
 * undo takes the change and its line away together.
 */
class TaskRecordUiTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 4, 3);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Task29Pane fixture;
    private Workspace ws;
    private Plan plan;
    private long task29;
    private TaskDetailPane pane;
    private List<String> performed;
    private final EditHistory history = new EditHistory(() -> "李明",
            Clock.fixed(Instant.parse("2023-04-03T02:05:00Z"), ZONE));

    @BeforeEach
    void showTask29() throws Exception {
        fixture = Task29Pane.show(dir, TODAY, ZONE, history, f -> f.pane.setRecords((id, shown) ->
                shown.accept(new TaskRecords.Of(id, f.ws.history().ofTask(id), f.ws.chases().ofTask(id)))));
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

    /** The timeline's steps, newest first, each as its lines of text. */
    private List<List<String>> timeline() {
        VBox steps = (VBox) pane.lookup("#detailHistory");
        return steps.getChildren().stream().filter(n -> n.getStyleClass().contains("history-step"))
                .map(n -> ((VBox) n).getChildren().stream().map(l -> ((Label) l).getText()).toList()).toList();
    }

    @Test
    void aChaseIsLoggedAndEveryEditShowsInTheTimelineUntilUndone() {
        assertThat(timeline()).isEmpty();
        fx(() -> perform(TaskEdits.status(stored(), TaskStatus.IN_PROGRESS)));
        fx(() -> {
            ((TextField) pane.lookup("#detailChaseWho")).setText("省审批服务管理局 张伟");
            ((TextField) pane.lookup("#detailChaseSaid")).setText("4月底前完成升级");
            ((Button) pane.lookup("#detailChaseAdd")).fire();
        });

        assertThat(ws.chases().ofTask(task29)).singleElement().satisfies(e ->
                assertThat(e.line()).isEqualTo("2023-04-03 电话 省审批服务管理局 张伟：4月底前完成升级"));
        assertThat(pane.lookupAll(".detail-chase-row")).extracting(n -> ((Label) n).getText())
                .containsExactly("2023-04-03 电话 省审批服务管理局 张伟：4月底前完成升级");
        assertThat(timeline()).containsExactly(
                List.of("2023-04-03 10:05  李明", "记录催办（任务 29）：2023-04-03 电话 省审批服务管理局 张伟：4月底前完成升级"),
                List.of("2023-04-03 10:05  李明", "将任务 29 标为“进行中”", "状态：未开始 → 进行中"));

        fx(() -> {
            history.undo(ws);
            show();
        });
        assertThat(timeline()).containsExactly(
                List.of("2023-04-03 10:05  李明", "将任务 29 标为“进行中”", "状态：未开始 → 进行中"));
        assertThat(pane.lookupAll(".detail-chase-row")).isEmpty();
        Node none = pane.lookup("#detailHistory");
        assertThat(none).isNotNull();
    }

    @Test
    void nobodyNamedIsRefusedAndNothingStored() {
        fx(() -> {
            ((TextField) pane.lookup("#detailChaseSaid")).setText("无人接听");
            ((Button) pane.lookup("#detailChaseAdd")).fire();
        });
        assertThat(ws.chases().ofTask(task29)).isEmpty();
        assertThat(((Label) pane.lookup("#detailRefusal")).getText()).isEqualTo("请写明联系到的人。");
        assertThat(timeline()).isEmpty();
    }
}
