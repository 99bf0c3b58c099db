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

    /** Clicks 新建轮次… and returns the dialog, shown without waiting; OK opens the round as the window does. */
    private NewRoundDialog newRoundDialog() {
        java.util.concurrent.atomic.AtomicReference<NewRoundDialog> shown = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> window.showNewRound = d -> {
            shown.set(d);
            d.setOnHidden(e -> {
                if (d.getResult() != null) {
                    model.openRound(d.getResult().request(), d.getResult().forms());
                }
            });
            d.show();
        });
        robot.clickOn("#newRound");
        assertThat(shown.get()).isNotNull();
        return shown.get();
    }

    private static void ok(NewRoundDialog d) {
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(d.okButton())).fire();
    }

    @Test
    void openARoundWriteItsFormsDropAFilledOneReviewApplyAndSeeTheBoard() throws Exception {
        Path out = dir.resolve("forms");
        dialogs.choosingFolder(out);
        NewRoundDialog d = newRoundDialog();
        // Today is 12 April 2023: this month, this quarter, then the month and quarter just ended are offered.
        assertThat(d.period.getItems()).containsExactly("2023年4月", "2023年二季度", "2023年3月", "2023年一季度");
        robot.interact(() -> d.period.getEditor().setText("2023年3月"));
        assertThat(d.periodEnd.getValue()).isEqualTo(LocalDate.of(2023, 3, 31));
        // 31 March is a Friday, 5 April (清明) a holiday: the 5th working day after is Monday 10 April.
        assertThat(d.dueShown.getText()).isEqualTo("截止日期：2023年4月10日（星期一）");
        robot.interact(() -> d.days.getValueFactory().setValue(3));
        assertThat(d.dueShown.getText()).contains("2023年4月6日");
        robot.interact(() -> d.days.getValueFactory().setValue(5));
        assertThat(d.unitList.getItems()).hasSize(38);
        assertThat(d.unitCount.getText()).isEqualTo("已选 38 个单位，共 38 个");
        robot.clickOn("#chooseFormsFolder");
        assertThat(d.folder.getText()).isEqualTo(out.toString());
        robot.interact(() -> d.contact.setText("督查室 王五 0351-7654321"));
        robot.interact(() -> ok(d));
        assertThat(Files.list(out).count()).isEqualTo(38);
        assertThat(model.message()).contains("38");
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
        assertThat(model.selectedProperty().get().round().contact()).isEqualTo("督查室 王五 0351-7654321");

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
    void theDialogFiltersAndTicksUnitsAsksSomeTasksWritesBothFormatsWithPrefixAndRemembersTheContact()
            throws Exception {
        NewRoundDialog d = newRoundDialog();
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(d.okButton());
        assertThat(okButton.isDisabled()).isFalse();
        robot.interact(() -> d.unitFilter.setText("审批"));
        assertThat(d.unitList.getItems()).extracting(p -> p.unit).containsExactly(UNIT);
        robot.clickOn("#tickNoUnits");
        robot.interact(() -> d.unitFilter.setText(""));
        assertThat(d.unitCount.getText()).isEqualTo("已选 37 个单位，共 38 个");
        robot.interact(() -> d.units.forEach(p -> p.ticked.set(false)));
        assertThat(okButton.isDisabled()).isTrue();
        assertThat(d.problem.getText()).isEqualTo("请至少选择一个单位。");
        robot.interact(() -> d.units.stream().filter(p -> p.unit.equals(UNIT) || p.unit.equals("省发展改革委"))
                .forEach(p -> p.ticked.set(true)));
        assertThat(okButton.isDisabled()).isFalse();

        robot.interact(() -> {
            d.someTasks.setSelected(true);
            d.tasks.forEach(p -> p.ticked.set(false));
        });
        assertThat(okButton.isDisabled()).isTrue();
        long task = plan.tasks().stream().filter(t -> t.roleOf(UNIT) != null).findFirst().orElseThrow().id();
        robot.interact(() -> d.tasks.stream().filter(p -> p.taskId == task).forEach(p -> p.ticked.set(true)));

        robot.interact(() -> {
            d.period.getEditor().setText("2023年一季度");
            d.onDate.setSelected(true);
        });
        assertThat(okButton.isDisabled()).isTrue();
        assertThat(d.problem.getText()).isEqualTo("请选择截止日期。");
        Path out = dir.resolve("out");
        robot.interact(() -> {
            d.dueDate.setValue(LocalDate.of(2023, 4, 20));
            d.format.setValue(NewRoundDialog.FormatChoice.BOTH);
            d.prefix.setSelected(true);
            d.contact.setText("督查室 李四 0351-1111111");
            d.folder.setText(out.toString());
        });
        assertThat(d.prefix.getText()).contains("晋政办发〔2023〕1号 2023年一季度");
        robot.interact(() -> ok(d));

        org.luoshi.rounds.Round round = model.selectedProperty().get().round();
        assertThat(round.period()).isEqualTo("2023年一季度");
        assertThat(round.due()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(round.units()).containsExactlyInAnyOrder(UNIT, "省发展改革委");
        assertThat(round.taskIds()).containsExactly(task);
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
                    "晋政办发〔2023〕1号 2023年一季度 省发展改革委.docx", "晋政办发〔2023〕1号 2023年一季度 省发展改革委.xlsx",
                    "晋政办发〔2023〕1号 2023年一季度 " + UNIT + ".docx", "晋政办发〔2023〕1号 2023年一季度 " + UNIT + ".xlsx");
        }
        // The next round's dialog starts with the contact given this time.
        NewRoundDialog next = newRoundDialog();
        assertThat(next.contact.getText()).isEqualTo("督查室 李四 0351-1111111");
        robot.interact(next::close);
        assertThat(dialogs.errors()).isEmpty();
    }
}
