package org.luoshi.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The requests window headless on the sample plan: an extension of task 29 asked and approved, a closing of task
 * 30 asked with evidence and passed, the filter by state, the details and evidence list, the evidence opened (a
 * temporary copy handed to the viewer) and exported; a decision on a request already decided cannot be asked for.
 */
class RequestsWindowUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Scripted forms = new Scripted();
    private final List<Path> viewed = new ArrayList<>();
    private Workspace ws;
    private Session session;
    private Plan plan;
    private Task t29;
    private Task t30;
    private RequestsViewModel model;
    private RequestsWindow window;

    /** Answers the request forms in order. */
    static final class Scripted implements RequestDialogs {
        final Deque<Object> answers = new ArrayDeque<>();

        @Override
        public Optional<Requests.Extend> askExtension(Task task, LocalDate today) {
            return Optional.ofNullable((Requests.Extend) answers.poll());
        }

        @Override
        public Optional<Requests.Close> askClosing(Task task, LocalDate today) {
            return Optional.ofNullable((Requests.Close) answers.poll());
        }

        @Override
        public Optional<Decision> askDecision(TaskRequest request, Task task) {
            return Optional.ofNullable((Decision) answers.poll());
        }
    }

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        session.recordAs("王科长");
        plan = ws.plans().save(SamplePlanFixture.plan());
        t29 = SamplePlanFixture.task(plan, "29");
        t30 = SamplePlanFixture.task(plan, "30");
        FxToolkit.registerPrimaryStage();
        Clock clock = Clock.fixed(LocalDate.of(2023, 6, 20).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        robot.interact(() -> {
            model = new RequestsViewModel(session, dialogs, forms, clock, said -> { }, viewed::add);
            model.load(plan, 0);
            window = new RequestsWindow(new Stage(), model);
            window.stage().show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void askDecideFilterOpenAndExport() throws Exception {
        forms.answers.add(new Requests.Extend(t29.id(), null, LocalDate.of(2023, 9, 30), "联调未完成", "已完成升级", null,
                LocalDate.of(2023, 6, 20)));
        robot.interact(() -> model.extend(t29));
        Path report = Files.writeString(dir.resolve("验收报告.txt"), "验收合格", StandardCharsets.UTF_8);
        forms.answers.add(new Requests.Close(t30.id(), "已放宽货车通行限制", List.of(report), null, LocalDate.of(2023, 6, 20)));
        robot.interact(() -> model.close(t30));
        TableView<?> table = robot.lookup("#requestTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);

        // 审批… the extension: 同意
        robot.interact(() -> model.selectedProperty().set(model.rows().get(0)));
        assertThat(robot.lookup("#requestDetails").queryAs(TextArea.class).getText())
                .contains("原定时限：2023年6月30日").contains("申请延期至：2023年9月30日").contains("理由：联调未完成");
        forms.answers.add(new RequestDialogs.Decision(true, "同意"));
        robot.clickOn("#decide");
        assertThat(ws.requests().find(model.rows().get(0).request().id()).orElseThrow().state())
                .isEqualTo(RequestState.APPROVED);
        assertThat(robot.lookup("#decide").queryButton().isDisabled()).as("decided: no second decision").isTrue();

        // 审核… the closing: 通过; the task is 已销号
        robot.interact(() -> model.selectedProperty().set(model.rows().get(1)));
        ListView<?> evidence = robot.lookup("#evidenceList").queryAs(ListView.class);
        assertThat(evidence.getItems()).hasSize(1);
        assertThat(robot.lookup("#decide").queryButton().getText()).isEqualTo("审核…");
        forms.answers.add(new RequestDialogs.Decision(true, "材料齐全"));
        robot.clickOn("#decide");
        assertThat(ws.tasks().require(t30.id()).status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(table.getItems().get(1)).satisfies(r -> assertThat(((RequestsViewModel.Row) r).request().stateWord())
                .isEqualTo("通过"));

        // the filter
        ChoiceBox<?> filter = robot.lookup("#stateFilter").queryAs(ChoiceBox.class);
        robot.interact(() -> model.filterProperty().set(RequestsViewModel.Filter.PENDING));
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> model.filterProperty().set(RequestsViewModel.Filter.APPROVED));
        assertThat(table.getItems()).hasSize(2);
        assertThat(filter.getValue()).isEqualTo(RequestsViewModel.Filter.APPROVED);

        // open (a temporary copy to the viewer) and export
        robot.interact(() -> model.selectedProperty().set(model.rows().get(1)));
        robot.interact(() -> model.open(model.selectedProperty().get().request().evidence().get(0)));
        assertThat(viewed).singleElement().satisfies(p -> assertThat(Files.readString(p, StandardCharsets.UTF_8))
                .isEqualTo("验收合格"));
        Path zip = dir.resolve("佐证.zip");
        dialogs.savingTo(zip);
        robot.interact(() -> model.exportEvidence(true));
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertThat(z.getEntry("封面.txt")).isNotNull();
            assertThat(z.getEntry("任务30/销号申请2/验收报告.txt")).isNotNull();
        }

        // the office's rule, stored in the workspace as an undoable change
        ChoiceBox<?> rule = robot.lookup("#deadlineRule").queryAs(ChoiceBox.class);
        assertThat(rule.getValue()).isEqualTo(org.luoshi.requests.DeadlineRule.APPROVED);
        robot.interact(() -> model.ruleProperty().set(org.luoshi.requests.DeadlineRule.ORIGINAL));
        assertThat(ws.settings().get("deadline.rule")).contains("original");
        assertThat(session.editState().undoDescription()).isEqualTo("考核口径改为按原定时限");
        robot.interact(() -> session.undo("撤销"));
        assertThat(ws.settings().get("deadline.rule")).contains("approved");
        assertThat(dialogs.warnings()).isEmpty();
    }

    @Test
    void aRefusedInputIsToldAndNothingIsStored() {
        forms.answers.add(new Requests.Extend(t29.id(), null, LocalDate.of(2023, 5, 1), "理由", "", null,
                LocalDate.of(2023, 6, 20)));
        robot.interact(() -> model.extend(t29));
        assertThat(dialogs.warnings()).singleElement().satisfies(w -> assertThat(w).contains("不晚于原定时限"));
        assertThat(ws.requests().ofTask(t29.id())).isEmpty();
    }
}
