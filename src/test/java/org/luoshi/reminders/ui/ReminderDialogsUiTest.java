package org.luoshi.reminders.ui;

import org.luoshi.ui.WindowLook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.ScriptedDialogs;
import org.luoshi.ui.ScriptedDialogs.Kind;
import org.luoshi.ui.ScriptedDialogs.Shown;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The rules and working-day calendar dialogs, headless, saving into a real workspace. */
class ReminderDialogsUiTest extends FxRobot {
    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Stage stage;
    private final ScriptedDialogs dialogs = new ScriptedDialogs().cancellingUnanswered();

    @BeforeEach
    void start() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("workspace.db"));
        plan = ws.plans().save(SamplePlanFixture.plan());
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 600, 400));
            s.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void badOffsetsKeepTheRulesDialogOpenAndGoodOnesAreSavedPerLevel() throws Exception {
        DueItem june = DueItems.of(plan, new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                false)).stream().filter(i -> i.taskNumber().equals("29") && i.date().getMonthValue() == 6)
                .findFirst().orElseThrow();
        RemindersFeature feature = WaitForAsyncUtils.asyncFx(() -> new RemindersFeature(stage,
                SameThreadSession.of(ws), dialogs, new MutableClock(LocalDateTime.of(2023, 6, 20, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                        ZoneId.of("Asia/Shanghai")), () -> plan, id -> { })).get();
        RulesDialog rules = WaitForAsyncUtils.asyncFx(() -> {
            RulesDialog d = new RulesDialog(stage, june.planLabel(), plan.id(), june, ReminderRuleBook.DEFAULTS,
                    WindowLook.of(stage, RemindersFeature.STYLESHEET));
            d.dialog().show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#rulesPlan").queryAs(TextField.class).getText()).isEqualTo("7,3,1,0");

        WaitForAsyncUtils.asyncFx(() -> {
            lookup("#rulesPlan").queryAs(TextField.class).setText("5, soon");
            okButton(rules).fire();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rules.dialog().isShowing()).isTrue();
        assertThat(lookup("#rulesError").queryAs(Label.class).getText()).contains("“soon” is not a number");

        WaitForAsyncUtils.asyncFx(() -> {
            lookup("#rulesPlan").queryAs(TextField.class).setText("5,0");
            lookup("#rulesMilestoneOwn").queryAs(CheckBox.class).setSelected(true);
            lookup("#rulesMilestone").queryAs(TextField.class).setText("10");
            okButton(rules).fire();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rules.dialog().isShowing()).isFalse();
        RulesDialog.Choice choice = rules.dialog().getResult();
        WaitForAsyncUtils.asyncFx(() -> feature.saveRules(plan.id(), june, choice)).get();
        ReminderRuleBook book = ws.reminders().ruleBook();
        assertThat(book.plans()).containsEntry(plan.id(), ReminderRules.of(5, 0));
        assertThat(book.milestones()).containsEntry(june.milestoneId(), ReminderRules.of(10));
        assertThat(book.tasks()).isEmpty();
    }

    @Test
    void theCalendarDialogLoadsAYearRefusesABadFileAndSetsDays() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        CalendarDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            CalendarDialog d = new CalendarDialog(stage, SameThreadSession.of(ws), WorkingDayCalendar.bundled(),
                    changes::incrementAndGet, WindowLook.of(stage, RemindersFeature.STYLESHEET), w -> new ScriptedDialogs().cancellingUnanswered());
            d.dialog().show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> years = lookup("#calendarYears").queryAs(ListView.class);
        assertThat(years.getItems()).hasSize(7);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "2027-02-08,holiday,春节\n");
        WaitForAsyncUtils.asyncFx(() -> dialog.load(bad)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#calendarMessage").queryAs(Label.class).getText()).contains("Line 1");
        assertThat(changes.get()).isZero();
        assertThat(ws.calendar().loadedYears()).isEmpty();

        Path good = Files.writeString(dir.resolve("2027.csv"), "2027-02-06,work,春节\n2027-02-08,off,春节\n");
        WaitForAsyncUtils.asyncFx(() -> dialog.load(good)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(years.getItems()).hasSize(8);
        assertThat(changes.get()).isEqualTo(1);

        WaitForAsyncUtils.asyncFx(() -> dialog.setDay(LocalDate.of(2027, 2, 9), DayKind.OFF, "春节")).get();
        WaitForAsyncUtils.asyncFx(() -> lookup("#calendarDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2027, 2, 9))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#calendarEdits").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(lookup("#calendarDayInfo").queryAs(Label.class).getText()).isEqualTo("February 9, 2027 Tuesday: a day off (春节)");
        assertThat(changes.get()).isEqualTo(2);
    }

    @Test
    void theExportActionWritesOneUnitsOpenItems() throws Exception {
        Path file = dir.resolve("unit.ics");
        java.util.concurrent.atomic.AtomicReference<IcsExportDialog.Outcome> outcome =
                new java.util.concurrent.atomic.AtomicReference<>();
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        MutableClock clock = new MutableClock(LocalDateTime.of(2023, 6, 20, 10, 0).atZone(beijing).toInstant(), beijing);
        WaitForAsyncUtils.asyncFx(() -> new IcsExportDialog(SameThreadSession.of(ws), dialogs,
                WorkingDayCalendar.bundled(), clock).export(plan, "省人社厅", file, outcome::set)).get();
        assertThat(outcome.get().failed()).isFalse();
        assertThat(outcome.get().message()).isEqualTo("Wrote 1 event with 4 alarms to " + file + ".");
        // Task 36 (省人社厅、省税务局) is the unit's only dated item: 2023年底前.
        // The window speaks English, the .ics (a document) Chinese.
        assertThat(Files.readString(file)).contains("DTSTART;VALUE=DATE:20231231").contains("SUMMARY:任务36：");

        WaitForAsyncUtils.asyncFx(() -> new IcsExportDialog(SameThreadSession.of(ws), dialogs,
                WorkingDayCalendar.bundled(), clock).export(plan, null, dir.resolve("none/x.ics"), outcome::set)).get();
        assertThat(outcome.get().failed()).isTrue();
        assertThat(outcome.get().message()).startsWith("Could not write");
    }

    @Test
    void withoutAPlanTheRulesAndTheExportSaySoThroughTheDialogService() throws Exception {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        MutableClock clock = new MutableClock(LocalDateTime.of(2023, 6, 20, 10, 0).atZone(beijing).toInstant(), beijing);
        WaitForAsyncUtils.asyncFx(() -> {
            RemindersFeature feature = new RemindersFeature(stage, SameThreadSession.of(ws), dialogs, clock,
                    () -> null, id -> { });
            feature.editRules();
            feature.exportIcs();
        }).get();
        assertThat(dialogs.shown()).containsExactly(
                new Shown(Kind.WARN, Messages.get("reminders.centre.title"), Messages.get("app.noPlans")),
                new Shown(Kind.INFORM, Messages.get("action.exportIcs"), Messages.get("app.noPlans")));
    }

    private Button okButton(RulesDialog rules) {
        for (ButtonType t : rules.dialog().getDialogPane().getButtonTypes()) {
            if (t.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                return (Button) rules.dialog().getDialogPane().lookupButton(t);
            }
        }
        throw new AssertionError("no OK button");
    }
}
