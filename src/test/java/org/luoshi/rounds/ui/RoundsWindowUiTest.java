package org.luoshi.rounds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.UnitFiller;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The rounds window headless on the sample plan, the main path: a new round (due 5 working days
 * after the period), its forms into a folder, a filled form dropped on the window, the review, 收取,
 * the board; then undo.
 */
class RoundsWindowUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();
    static final String UNIT = "省审批服务管理局";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private Session session;
    private Plan plan;
    private RoundsViewModel model;
    private RoundsWindow window;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        plan = ws.plans().save(SamplePlanFixture.plan());
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            model = new RoundsViewModel(session, dialogs, LocalDate.of(2023, 4, 12), said -> { });
            window = new RoundsWindow(new Stage(), model);
            window.stage().show();
            model.load(plan, 0);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void openARoundWriteItsFormsDropAFilledOneReviewApplyAndSeeTheBoard() throws Exception {
        dialogs.answeringText("2023年3月", "2023-03-31+5", "督查室 王五 0351-7654321");
        robot.clickOn("#newRound");
        ListView<?> rounds = robot.lookup("#roundList").queryAs(ListView.class);
        assertThat(rounds.getItems()).hasSize(1);
        assertThat(model.selectedProperty().get().round().due()).isEqualTo(LocalDate.of(2023, 4, 10));
        TableView<?> board = robot.lookup("#roundBoard").queryAs(TableView.class);
        assertThat(board.getItems()).hasSize(38);
        // The longest unit name is not clipped: its column is at least as wide as the name's text.
        String longest = "省优化营商环境促进市场主体倍增工作专班";
        javafx.scene.text.Text probe = new javafx.scene.text.Text(longest);
        probe.setFont(robot.lookup("#boardCounts").queryAs(Label.class).getFont());
        assertThat(board.getColumns().get(0).getWidth()).isGreaterThan(probe.getLayoutBounds().getWidth() + 10);
        assertThat(robot.lookup("#boardCounts").queryAs(Label.class).getText()).contains("未报送 38").contains("逾期 38");

        Path out = dir.resolve("forms");
        dialogs.choosingFolder(out);
        robot.clickOn("#writeForms");
        assertThat(Files.list(out).count()).isEqualTo(38);
        assertThat(model.message()).contains("38");

        long task = plan.tasks().stream().filter(t -> t.roleOf(UNIT) != null).findFirst().orElseThrow().id();
        Path filled;
        try (UnitFiller f = UnitFiller.open(out.resolve(UNIT + ".xlsx"))) {
            filled = f.fill(task, "已上线运行", "", "", 90, "是").saveAs(dir.resolve("回执.xlsx"));
        }
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "x");
        robot.interact(() -> window.drop(List.of(filled, junk)));
        Review review = model.reviewProperty().get();
        assertThat(review.submissions()).hasSize(1);
        ListView<?> problems = robot.lookup("#reviewProblems").queryAs(ListView.class);
        assertThat(problems.getItems()).singleElement()
                .satisfies(p -> assertThat(((Review.Problem) p).file()).isEqualTo(junk));
        TableView<?> lines = robot.lookup("#reviewLines").queryAs(TableView.class);
        assertThat(lines.getItems()).singleElement().satisfies(l -> {
            assertThat(((Review.Line) l).proposesDone()).isTrue();
            assertThat(((Review.Line) l).reported().percent()).isEqualTo(90);
        });
        // Nothing stored before 收取.
        assertThat(ws.tasks().require(task).progress()).isEmpty();
        // The file counts as received today (its time is not earlier); the person says it came on 7 April.
        TableView<?> files = robot.lookup("#reviewFiles").queryAs(TableView.class);
        assertThat(files.getItems()).hasSize(2);
        javafx.scene.control.DatePicker picker = robot.lookup(".received-picker")
                .queryAs(javafx.scene.control.DatePicker.class);
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2023, 4, 12));
        robot.interact(() -> picker.setValue(LocalDate.of(2023, 4, 7)));
        assertThat(model.reviewProperty().get().lines().get(0).reported().date()).isEqualTo(LocalDate.of(2023, 4, 7));

        robot.interact(() -> model.confirmedDone().add(task));
        robot.clickOn("#applyReview");
        Task after = ws.tasks().require(task);
        ProgressEntry entry = after.latestProgress();
        assertThat(entry.unit()).isEqualTo(UNIT);
        assertThat(entry.percent()).isEqualTo(90);
        assertThat(entry.date()).isEqualTo(LocalDate.of(2023, 4, 7));
        assertThat(after.status()).isEqualTo(org.luoshi.plan.TaskStatus.DONE);
        assertThat(model.reviewProperty().get()).isNull();
        RoundBoard b = model.boardProperty().get();
        RoundBoard.UnitState mine = b.units().stream().filter(u -> u.unit().equals(UNIT)).findFirst().orElseThrow();
        assertThat(mine.received()).isEqualTo(LocalDate.of(2023, 4, 7));
        assertThat(mine.late()).isFalse(); // due 10 April
        assertThat(robot.lookup("#boardCounts").queryAs(Label.class).getText()).contains("未报送 37");

        robot.interact(() -> session.undo("撤销"));
        assertThat(ws.tasks().require(task).progress()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aDueDayThatIsNeitherADateNorDaysAfterIsRefusedWithAMessage() {
        dialogs.answeringText("2023年3月", "下月初");
        robot.clickOn("#newRound");
        assertThat(dialogs.warnings()).singleElement().satisfies(w -> assertThat(w).contains("下月初"));
        assertThat(ws.rounds().ofPlan(plan.id())).isEmpty();
    }
}
