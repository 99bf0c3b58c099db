package org.luoshi.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.Edit;
import org.luoshi.i18n.Messages;
import org.luoshi.edit.TaskEdits;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/**
 * The detail pane's editors of deadlines, milestones and progress, headless, against a real
 * workspace: what is typed is stored once (Enter, then leaving the field, sends one edit), an
 * empty phrase is refused with a message, rows are added and removed.
 */
class TaskDetailPaneUiTest {
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

    @Test
    void aDeadlinePhraseIsStoredOnceAndAnEmptyOneIsRefused() {
        TextField first = (TextField) pane.lookupAll(".deadline-raw").iterator().next();
        assertThat(first.getText()).isEqualTo("2023年3月底前");

        fx(() -> {
            first.requestFocus();
            first.setText(" 2023年3月31日前 ");
            first.fireEvent(new javafx.event.ActionEvent());
            pane.requestFocus(); // leaving the field after Enter sends nothing more
        });
        assertThat(performed).hasSize(1);
        Deadline renamed = stored().deadlines().get(0);
        assertThat(renamed.raw()).isEqualTo("2023年3月31日前");
        assertThat(renamed.date()).as("the date stays").isEqualTo(LocalDate.of(2023, 3, 31));

        TextField again = (TextField) pane.lookupAll(".deadline-raw").iterator().next();
        fx(() -> {
            again.setText("  ");
            again.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(performed).hasSize(1);
        assertThat(((Label) pane.lookup("#detailRefusal")).getText()).isNotBlank();
        assertThat(stored().deadlines().get(0).raw()).isEqualTo("2023年3月31日前");
    }

    @Test
    void aStoredDateNoViewCanShowIsFlaggedAndPickingADateCorrectsIt() {
        // As a hand edit or an older version could have left it: no picker can page to year -999999999.
        List<Deadline> poisoned = new ArrayList<>(stored().deadlines());
        poisoned.set(0, Deadline.by(poisoned.get(0).raw(), LocalDate.MIN));
        fx(() -> perform(org.luoshi.edit.TaskEdits.deadlines(stored(), poisoned)));

        List<DatePicker> flagged = pane.lookupAll(".date-picker").stream().map(n -> (DatePicker) n)
                .filter(p -> p.getStyleClass().contains("invalid-date")).toList();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).getValue()).isNull();
        assertThat(flagged.get(0).getPromptText()).isEqualTo("无效日期（-999999999-01-01）");

        fx(() -> flagged.get(0).setValue(LocalDate.of(2023, 3, 31)));
        assertThat(stored().deadlines().get(0).date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(pane.lookupAll(".invalid-date")).isEmpty();
    }

    /**
     * The pane keeps its rows from task to task; a row out of the pane while the workspace stopped being
     * read-only is editable again when a task needs it.
     */
    @Test
    void keptRowsFollowTheReadOnlyLock() {
        long undated = plan.tasks().stream().filter(t -> t.deadlines().isEmpty()).findFirst().orElseThrow().id();
        fx(() -> pane.readOnlyProperty().set(true));
        assertThat(pane.lookupAll(".deadline-raw")).isNotEmpty()
                .allMatch(n -> !((TextField) n).isEditable());
        fx(() -> fixture.show(undated)); // task 29's deadline rows leave the pane
        assertThat(pane.lookupAll(".deadline-raw")).isEmpty();
        fx(() -> pane.readOnlyProperty().set(false));
        fx(this::show); // and come back
        assertThat(pane.lookupAll(".deadline-raw")).hasSize(stored().deadlines().size())
                .allMatch(n -> ((TextField) n).isEditable());
    }

    @Test
    void milestonesAreAddedRenamedAndRemoved() {
        fx(() -> {
            ((DatePicker) pane.lookup("#detailMilestoneDate")).setValue(LocalDate.of(2023, 9, 30));
            ((TextField) pane.lookup("#detailMilestoneLabel")).setText("全面推广");
            ((Button) pane.lookup("#detailMilestoneAdd")).fire();
        });
        assertThat(stored().milestones()).extracting(Milestone::label)
                .containsExactly("完成省级电子证照系统升级", "国家目录内涉及我省事项电子证照同步签发率达到80%", "全面推广");

        // The label of the new (third) row, renamed with Enter.
        List<TextField> labels = pane.lookupAll(".text-field").stream().map(n -> (TextField) n)
                .filter(f -> "全面推广".equals(f.getText())).toList();
        assertThat(labels).hasSize(1);
        fx(() -> {
            labels.get(0).setText("全省推广");
            labels.get(0).fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(stored().milestones()).extracting(Milestone::label).contains("全省推广").doesNotContain("全面推广");

        int before = stored().milestones().size();
        Button remove = pane.lookupAll(".row-remove").stream().map(n -> (Button) n)
                .filter(b -> b.getTooltip() != null && b.getTooltip().getText().equals(Messages.get("detail.milestones.remove")))
                .reduce((a, b) -> b).orElseThrow(); // the last milestone's ×
        fx(remove::fire);
        assertThat(stored().milestones()).hasSize(before - 1).extracting(Milestone::label).doesNotContain("全省推广");
    }

    @Test
    void aProgressEntryIsRecordedAndRemoved() {
        int before = stored().progress().size();
        fx(() -> {
            ((TextField) pane.lookup("#detailProgressText")).setText("系统升级进入联调");
            ((Button) pane.lookup("#detailProgressRecord")).fire();
        });
        assertThat(stored().progress()).hasSize(before + 1);
        assertThat(stored().latestProgress().text()).isEqualTo("系统升级进入联调");
        assertThat(stored().latestProgress().date()).isEqualTo(TODAY);

        Button remove = pane.lookupAll(".row-remove").stream().map(n -> (Button) n)
                .filter(b -> b.getTooltip() != null && b.getTooltip().getText().equals(Messages.get("detail.progress.remove")))
                .findFirst().orElseThrow(); // newest first
        fx(remove::fire);
        assertThat(stored().progress()).hasSize(before);
        assertThat(stored().progress()).extracting(p -> p.text()).doesNotContain("系统升级进入联调");
    }

    /**
     * A lead unit with a long name (the sample plan's task 1: 省优化营商环境促进市场主体倍增工作专班) once widened the
     * pane past its edge and cut off its Add buttons; its chip now stays inside the pane and cuts the name.
     */
    @Test
    void aLongUnitNameStaysInsideThePane() {
        String longName = "省优化营商环境促进市场主体倍增工作专班省优化营商环境促进市场主体倍增工作专班";
        fx(() -> {
            List<Assignment> units = new ArrayList<>(stored().assignments());
            units.add(0, Assignment.of(longName, units.get(0).role()));
            perform(TaskEdits.units(stored(), units, stored().othersIncluded()));
            pane.applyCss();
            pane.layout();
        });

        double paneRight = pane.localToScene(pane.getLayoutBounds()).getMaxX();
        List<Node> chips = new ArrayList<>(pane.lookupAll(".unit-chip"));
        assertThat(chips).isNotEmpty();
        for (Node chip : chips) {
            Bounds b = chip.localToScene(chip.getLayoutBounds());
            assertThat(b.getMaxX()).as("a unit chip's right edge").isLessThanOrEqualTo(paneRight);
        }
        for (Node n : pane.lookupAll(".button")) {
            if (n instanceof Button button && Messages.get("detail.add").equals(button.getText()) && button.isVisible()) {
                Bounds b = button.localToScene(button.getLayoutBounds());
                assertThat(b.getMaxX()).as("an Add button's right edge").isLessThanOrEqualTo(paneRight);
            }
        }
    }
}
