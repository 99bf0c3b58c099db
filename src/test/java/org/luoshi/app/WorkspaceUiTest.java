package org.luoshi.app;

import org.luoshi.ui.UnitField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.app.AppHarness.fx;
import static org.luoshi.app.AppHarness.read;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.find.RoleChoice;
import org.luoshi.find.SmartList;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightColor;
import org.luoshi.report.PaceClass;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxRobot;

/**
 * The plan workspace, headless, on the sample plan 晋政办发〔2023〕1号 and a fixed day: filters,
 * search, edits with undo, lights, and the "My unit" view across two plans.
 */
class WorkspaceUiTest {
    /** 省审批服务管理局 in the sample plan: lead of 18, 19, 20, 28 and 32, responsible for 29. */
    private static final String UNIT = "省审批服务管理局";

    private final FxRobot robot = new FxRobot();

    private static List<String> taskNumbers(TreeItem<OutlineRow> item) {
        List<String> numbers = new ArrayList<>();
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (child.getValue().kind() == OutlineRow.Kind.TASK) {
                numbers.add(child.getValue().number());
            }
            numbers.addAll(taskNumbers(child));
        }
        return numbers;
    }

    /** One app on the sample plan on 2023-03-28, shared by tests that leave it as they found it. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheSamplePlan {
        private LuoshiApp app;

        @BeforeAll
        void start(@TempDir Path dir) throws Exception {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
            app = AppHarness.start(dir.resolve("workspace.db"), dir.resolve("settings.properties"),
                    AppHarness.clockAt(LocalDate.of(2023, 3, 28)));
        }

        @AfterAll
        void stop() throws Exception {
            AppHarness.stop(app);
            Messages.setLocale(Locale.getDefault());
        }

        @AfterEach
        void showThePlanUnfiltered() {
            long planId = app.model().planProperty().get().id();
            fx(() -> {
                window().tree().getSortOrder().clear();
                window().filters().searchField().clear();
                window().filters().clearFilters();
                window().views().viewProperty().set(new ViewKey.PlanView(planId));
            });
        }

        private MainWindow window() {
            return app.window();
        }

        private Task task(String number) {
            return app.model().planProperty().get().tasks().stream().filter(t -> number.equals(t.number()))
                    .findFirst().orElseThrow();
        }

        @Test
        void filterByUnitInAnyRoleThenLeadOnly() {
            PlanTreeTable tree = window().tree();
            UnitField unit = window().filters().unitField();

            // The field offers the directory's units that contain what is typed.
            fx(() -> {
                unit.requestFocus();
                unit.setText("审批");
            });
            assertThat(unit.suggesting()).isTrue();
            assertThat(unit.suggestions()).containsExactly(UNIT);

            fx(() -> {
                unit.setText(UNIT);
                unit.fireEvent(new ActionEvent());
            });
            assertThat(taskNumbers(tree.getRoot())).containsExactly("18", "19", "20", "28", "29", "32");
            assertThat(((Label) window().lookup("#filterShown")).getText()).isEqualTo("显示 6 / 47 项任务");

            @SuppressWarnings("unchecked")
            ChoiceBox<RoleChoice> role = (ChoiceBox<RoleChoice>) window().lookup("#filterRole");
            fx(() -> role.setValue(RoleChoice.LEAD));
            assertThat(taskNumbers(tree.getRoot())).containsExactly("18", "19", "20", "28", "32");

            fx(() -> window().filters().clearFilters());
            assertThat(tree.taskRowCount()).isEqualTo(47);
            assertThat(unit.getText()).isEmpty();
        }

        @Test
        void sortingOrdersTasksWithinTheirHeadingsAndKeepsTheHeadings() {
            PlanTreeTable tree = window().tree();
            var number = tree.getColumns().stream().filter(c -> "column.number".equals(c.getId())).findFirst()
                    .orElseThrow();
            fx(() -> {
                number.setSortType(javafx.scene.control.TreeTableColumn.SortType.DESCENDING);
                tree.getSortOrder().setAll(List.of(number));
            });
            assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().number())
                    .containsExactly("一、", "二、", "三、");
            assertThat(taskNumbers(tree.getRoot().getChildren().get(0).getChildren().get(0)))
                    .containsExactly("3", "2", "1");
            // by light: the red task (47) before the green ones of its section (二十一, task 46)
            var light = tree.getColumns().stream().filter(c -> "column.light".equals(c.getId())).findFirst()
                    .orElseThrow();
            fx(() -> {
                light.setSortType(javafx.scene.control.TreeTableColumn.SortType.ASCENDING);
                tree.getSortOrder().setAll(List.of(light));
            });
            List<TreeItem<OutlineRow>> part3 = tree.getRoot().getChildren().get(2).getChildren();
            assertThat(taskNumbers(part3.get(part3.size() - 1))).containsExactly("47", "46");
            fx(() -> tree.getSortOrder().clear());
            assertThat(taskNumbers(tree.getRoot().getChildren().get(0).getChildren().get(0)))
                    .containsExactly("1", "2", "3");
        }

        @Test
        void aDeletedPlanComesBackWithUndo() throws Exception {
            long planId = app.model().planProperty().get().id();
            fx(() -> window().fire(AppAction.DELETE_PLAN));
            javafx.scene.control.Button ok = robot.lookup(".dialog-pane .button")
                    .queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> "确定".equals(b.getText())).findFirst().orElseThrow();
            robot.clickOn(ok);
            waitUntil(() -> app.model().plansProperty().isEmpty());
            assertThat(AppHarness.<Object>read(app, ws -> ws.plans().list().size())).isEqualTo(0);
            assertThat(window().views().titleProperty().get()).isEqualTo("工作区中还没有方案。");
            assertThat(menuItem("menu-UNDO").getText())
                    .isEqualTo("撤销：删除方案“落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案”");

            fx(() -> window().fire(AppAction.UNDO));
            waitUntil(() -> window().tree().taskRowCount() == 47);
            assertThat(app.model().planProperty().get().id()).isEqualTo(planId);
            assertThat(AppHarness.<Object>read(app, ws -> ws.plans().load(planId).orElseThrow().tasks().size()))
                    .isEqualTo(47);
        }

        @Test
        void typingSearchesEveryPlanAndClearingGoesBack() {
            long planId = app.model().planProperty().get().id();
            fx(() -> window().filters().searchField().setText("电子证照"));
            assertThat(window().views().viewProperty().get()).isEqualTo(new ViewKey.SearchView("电子证照"));
            assertThat(taskNumbers(window().tree().getRoot())).containsExactly("29");
            fx(() -> window().filters().searchField().setText("审批服务管理局 数据"));
            assertThat(taskNumbers(window().tree().getRoot())).containsExactly("28");
            fx(() -> window().filters().searchField().clear());
            assertThat(window().views().viewProperty().get()).isEqualTo(new ViewKey.PlanView(planId));
            assertThat(window().tree().taskRowCount()).isEqualTo(47);
        }

        @Test
        void editThenUndoRestoresTheStoredValue() throws Exception {
            Task t29 = task("29");
            fx(() -> window().tree().selectTask(t29.id()));
            assertThat(window().selectedTask().id()).isEqualTo(t29.id());

            @SuppressWarnings("unchecked")
            ComboBox<TaskStatus> status = (ComboBox<TaskStatus>) window().lookup("#detailStatus");
            fx(() -> status.setValue(TaskStatus.DONE));
            waitUntil(() -> app.model().editStateProperty().get().canUndo());
            assertThat(AppHarness.<Object>read(app, ws -> ws.tasks().require(t29.id()).status()))
                    .isEqualTo(TaskStatus.DONE);
            assertThat(menuItem("menu-UNDO").getText()).isEqualTo("撤销：将任务 29 标为“已完成”");

            // Ctrl+Z with the table focused undoes it, in the workspace and on screen.
            robot.clickOn(window().tree());
            fx(() -> window().tree().selectTask(t29.id()));
            robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
            waitUntil(() -> !app.model().editStateProperty().get().canUndo());
            assertThat(AppHarness.<Object>read(app, ws -> ws.tasks().require(t29.id()).status()))
                    .isEqualTo(TaskStatus.NOT_STARTED);
            assertThat(status.getValue()).isEqualTo(TaskStatus.NOT_STARTED);
            assertThat(menuItem("menu-REDO").getText()).isEqualTo("重做：将任务 29 标为“已完成”");

            // The text, committed when the field loses focus; undone from the menu.
            TextArea text = (TextArea) window().lookup("#detailText");
            fx(() -> {
                text.requestFocus();
                text.setText("加快构建统一、实时的电子证照库。");
                window().tree().requestFocus();
            });
            waitUntil(() -> app.model().editStateProperty().get().canUndo());
            assertThat(AppHarness.<Object>read(app, ws -> ws.tasks().require(t29.id()).text()))
                    .isEqualTo("加快构建统一、实时的电子证照库。");
            fx(() -> menuItem("menu-UNDO").fire());
            waitUntil(() -> !app.model().editStateProperty().get().canUndo());
            assertThat(AppHarness.<Object>read(app, ws -> ws.tasks().require(t29.id()).text())).isEqualTo(t29.text());
            assertThat(text.getText()).isEqualTo(t29.text());
            assertThat(window().tree().selectedTask().text()).isEqualTo(t29.text());
        }

        @Test
        void aUnitTypedByAnotherOfItsNamesIsAssignedUnderTheDirectorysName() throws Exception {
            Task t29 = task("29");
            fx(() -> window().tree().selectTask(t29.id()));
            UnitField name = (UnitField) window().lookup("#detailUnitName");
            @SuppressWarnings("unchecked")
            ChoiceBox<Role> role = (ChoiceBox<Role>) window().lookup("#detailUnitRole");
            fx(() -> {
                name.setText("省发改委");
                role.setValue(Role.COOPERATING);
                ((javafx.scene.control.Button) window().lookup("#detailUnitAdd")).fire();
            });
            waitUntil(() -> app.model().editStateProperty().get().canUndo());

            List<String> cooperating = read(app, ws -> ws.tasks().require(t29.id()).assignments().stream()
                    .filter(a -> a.role() == Role.COOPERATING).map(a -> a.unit().name()).toList());
            assertThat(cooperating).contains("省发展改革委").doesNotContain("省发改委");

            // Left as found: the edit undone.
            fx(() -> menuItem("menu-UNDO").fire());
            waitUntil(() -> !app.model().editStateProperty().get().canUndo());
            List<Assignment> restored = read(app, ws -> ws.tasks().require(t29.id()).assignments());
            assertThat(restored).isEqualTo(t29.assignments());
        }

        @Test
        void remindersFollowAnEditAndItsUndo() throws Exception {
            Task t29 = task("29");
            var reminders = app.reminders().controller();
            waitUntil(() -> reminders.snapshot() != null);
            java.util.function.Supplier<Boolean> remindsOf29 = () -> reminders.active().stream()
                    .anyMatch(e -> e.item().taskId() == t29.id());
            // On 2023-03-28 the milestone and deadline of 31 March are three working days away.
            assertThat(remindsOf29.get()).isTrue();
            int before = reminders.pendingProperty().get();

            fx(() -> app.model().perform(org.luoshi.edit.TaskEdits.status(t29, TaskStatus.DONE)));
            waitUntil(() -> !remindsOf29.get());
            assertThat(reminders.pendingProperty().get()).isLessThan(before);

            fx(() -> menuItem("menu-UNDO").fire());
            waitUntil(() -> !app.model().editStateProperty().get().canUndo());
            waitUntil(remindsOf29);
            assertThat(reminders.pendingProperty().get()).isEqualTo(before);
        }

        @Test
        void anEditLeavesTheTableWhereTheUserHadScrolledIt() throws Exception {
            Task t29 = task("29");
            PlanTreeTable tree = window().tree();
            javafx.scene.control.skin.VirtualFlow<?> flow =
                    (javafx.scene.control.skin.VirtualFlow<?>) tree.lookup(".virtual-flow");
            int[] firstBefore = new int[1];
            fx(() -> {
                tree.selectTask(t29.id());
                int row = tree.getSelectionModel().getSelectedIndex();
                // the task in the middle of the view, as a user may have it (about ten two-line rows are
                // on show beside the detail pane at 1280×800)
                tree.scrollTo(row - 4);
            });
            fx(() -> firstBefore[0] = flow.getFirstVisibleCell().getIndex());

            fx(() -> app.model().perform(org.luoshi.edit.TaskEdits.status(t29, TaskStatus.IN_PROGRESS)));
            waitUntil(() -> app.model().editStateProperty().get().canUndo());
            waitUntil(() -> task("29").status() == TaskStatus.IN_PROGRESS);

            int[] firstAfter = new int[1];
            fx(() -> firstAfter[0] = flow.getFirstVisibleCell().getIndex());
            assertThat(firstAfter[0]).isEqualTo(firstBefore[0]);
            assertThat(window().selectedTask().id()).isEqualTo(t29.id());

            // A heading the user closed stays closed through an edit.
            fx(() -> tree.getRoot().getChildren().get(2).setExpanded(false)); // part 三
            fx(() -> app.model().perform(org.luoshi.edit.TaskEdits.status(task("29"), TaskStatus.DONE)));
            waitUntil(() -> task("29").status() == TaskStatus.DONE);
            assertThat(tree.getRoot().getChildren().get(2).isExpanded()).isFalse();
            assertThat(tree.getRoot().getChildren().get(1).isExpanded()).isTrue();
            fx(() -> tree.getRoot().getChildren().get(2).setExpanded(true));
            fx(() -> menuItem("menu-UNDO").fire());
            waitUntil(() -> task("29").status() == TaskStatus.IN_PROGRESS);

            fx(() -> menuItem("menu-UNDO").fire());
            waitUntil(() -> !app.model().editStateProperty().get().canUndo());
        }

        private MenuItem menuItem(String id) {
            MenuBar bar = (MenuBar) window().lookup(".menu-bar");
            return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                    .findFirst().orElseThrow();
        }

        @Test
        void theLightOfTaskTwentyNineOnTheTwentyEighthOfMarch() {
            Task t29 = task("29");
            fx(() -> window().tree().selectTask(t29.id()));
            // 2023-03-31 is three days away: yellow, and the pane says why.
            assertThat(lightCell(t29.id()).getStyleClass()).contains("light-yellow");
            assertThat(((Label) window().lookup("#detailLight")).getText())
                    .isEqualTo("“2023年3月底前”将于 2023年3月31日 到期，还有 3 天。");
            // Task 47 (to 2022-12-31) is red; 7 and 36 are behind pace, 29 due soon; 34 (2023年起, measured
            // over 2023) is not started with 86 of 364 days gone; the rest green.
            assertThat(((Label) window().lookup("#lightCount-RED")).getText()).isEqualTo("1");
            assertThat(((Label) window().lookup("#lightCount-YELLOW")).getText()).isEqualTo("4");
            assertThat(((Label) window().lookup("#lightCount-GREEN")).getText()).isEqualTo("42");
            assertThat(window().views().onShow(task("34").id()).light().pace()).isEqualTo(PaceClass.NOT_STARTED);
            assertThat(window().views().onShow(task("34").id()).light().color()).isEqualTo(LightColor.YELLOW);
            assertThat(window().views().smartCountsProperty().get().get(SmartList.OVERDUE)).isEqualTo(1);
            assertThat(window().views().onShow(task("47").id()).light().color()).isEqualTo(LightColor.RED);
        }

        /** The dot in the light column of the task's row (the row is on screen once selected). */
        private Circle lightCell(long taskId) {
            return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                    .filter(c -> "column.light".equals(c.getTableColumn().getId()))
                    .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof OutlineRow r
                            && r.task() != null && r.task().id() == taskId)
                    .map(c -> (Circle) c.getGraphic()).findFirst().orElseThrow();
        }
    }

    /** A workspace with the sample plan and a second plan; 省审批服务管理局 chosen as my unit. */
    @Nested
    class MyUnit {
        @TempDir
        Path dir;

        private LuoshiApp app;

        @BeforeEach
        void chinese() {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        }

        @AfterEach
        void stop() throws Exception {
            AppHarness.stop(app);
            Messages.setLocale(Locale.getDefault());
        }

        private MainWindow window() {
            return app.window();
        }

        private void start() throws Exception {
            app = AppHarness.start(dir.resolve("workspace.db"), dir.resolve("settings.properties"),
                    AppHarness.clockAt(LocalDate.of(2023, 3, 28)));
        }

        @Test
        void listsTheUnitsTasksFromTwoPlansAndIsRemembered() throws Exception {
            try (Workspace ws = Workspace.open(dir.resolve("workspace.db"))) {
                ws.plans().save(SamplePlan.parse().plan());
                ws.plans().save(secondPlan());
            }
            start();
            fx(() -> window().fire(AppAction.MY_UNIT));
            assertThat(window().views().placeholderProperty().get()).isEqualTo(Messages.get("app.myUnit.choose"));

            UnitField chooser = window().header().myUnitField();
            fx(() -> {
                chooser.setText(UNIT);
                chooser.fireEvent(new ActionEvent());
            });
            waitUntil(() -> window().tree().taskRowCount() == 8);
            assertMyUnitRows();
            // In the unit's own view a role alone is enough: its tasks as lead.
            @SuppressWarnings("unchecked")
            ChoiceBox<RoleChoice> role = (ChoiceBox<RoleChoice>) window().lookup("#filterRole");
            assertThat(role.isDisabled()).isFalse();
            fx(() -> role.setValue(RoleChoice.LEAD));
            assertThat(window().tree().getRoot().getChildren()).extracting(g -> g.getValue().text())
                    .containsExactly("牵头（6）");
            fx(() -> window().filters().clearFilters());
            assertThat(AppHarness.<Object>read(app, ws -> ws.settings().get("view.myUnit")))
                    .isEqualTo(java.util.Optional.of(UNIT));

            AppHarness.stop(app);
            start();
            assertThat(window().navigator().itemFor(new ViewKey.MyUnitView()).getValue().text())
                    .isEqualTo("我的单位：" + UNIT);
            fx(() -> window().navigator().getSelectionModel().select(
                    window().navigator().itemFor(new ViewKey.MyUnitView())));
            assertMyUnitRows();
        }

        private void assertMyUnitRows() {
            List<TreeItem<OutlineRow>> groups = window().tree().getRoot().getChildren();
            assertThat(groups).extracting(g -> g.getValue().text()).containsExactly("牵头（6）", "责任（1）", "配合（1）");
            assertThat(taskNumbers(groups.get(0))).containsExactly("18", "19", "20", "28", "32", "1");
            assertThat(groups.get(0).getChildren().get(5).getValue().text()).isEqualTo("推行政务服务事项清单管理");
            assertThat(taskNumbers(groups.get(1))).containsExactly("29");
            assertThat(groups.get(2).getChildren().get(0).getValue().text()).isEqualTo("建设全省统一的信用信息平台");
            assertThat(window().views().titleProperty().get()).isEqualTo("我的单位：" + UNIT);
            assertThat(window().views().subtitleProperty().get()).isEqualTo("共 8 项任务，来自 2 个方案");
        }
    }

    /** 晋政办发〔2023〕9号: 省审批服务管理局 leads task 1 and cooperates on task 2. */
    private static Plan secondPlan() {
        Task one = new Task(0, 1, "1", null, null, "推行政务服务事项清单管理",
                List.of(Assignment.of(UNIT, Role.LEAD), Assignment.of("省财政厅", Role.COOPERATING)), false,
                List.of(Deadline.by("2023年6月底前", LocalDate.of(2023, 6, 30))), List.of(), List.of(), null, 1);
        Task two = new Task(0, 2, "2", null, null, "建设全省统一的信用信息平台",
                List.of(Assignment.of("省发展改革委", Role.LEAD), Assignment.of(UNIT, Role.COOPERATING)), false,
                List.of(Deadline.by("2023年9月底前", LocalDate.of(2023, 9, 30))), List.of(), List.of(), null, 2);
        return new Plan(0, null, "营商环境若干措施", "晋政办发〔2023〕9号", "山西省人民政府办公厅",
                LocalDate.of(2023, 3, 1), "", List.of(), List.of(), List.of(one, two));
    }
}
