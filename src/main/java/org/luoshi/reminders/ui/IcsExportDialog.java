package org.luoshi.reminders.ui;

import org.luoshi.ui.WindowLook;

import org.luoshi.ui.DialogButtons;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.IcsExport;
import org.luoshi.reminders.IcsWindow;
import org.luoshi.reminders.workspace.WorkspaceReminders;

/** File → Export to calendar: the plan on show, all units or one, to an .ics file. */
final class IcsExportDialog {
    /** The outcome to show: a sentence, and whether it is a failure. */
    record Outcome(String message, boolean failed) {
    }

    private final WorkspaceAccess access;
    private final WorkingDayCalendar shipped;
    private final Clock clock;

    IcsExportDialog(WorkspaceAccess access, WorkingDayCalendar shipped, Clock clock) {
        this.access = access;
        this.shipped = shipped;
        this.clock = clock;
    }

    /** Asks for the unit and the file, then writes it. */
    void run(Window owner, Plan plan, WindowLook look) {
        if (plan == null) {
            new Alert(Alert.AlertType.INFORMATION, Messages.get("app.noPlans")).showAndWait();
            return;
        }
        String all = Messages.get("ics.dialog.allUnits");
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("icsUnit");
        unit.getItems().add(all);
        unit.getItems().addAll(units(plan));
        unit.setValue(all);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("ics.dialog.plan")), new Label(IcsWindow.name(plan, null)));
        grid.addRow(1, new Label(Messages.get("ics.dialog.unit")), unit);
        Label hint = new Label(Messages.get("ics.dialog.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        grid.add(hint, 0, 2, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("action.exportIcs"));
        dialog.getDialogPane().setContent(grid);
        look.apply(dialog.getDialogPane());
        ButtonType next = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(next, DialogButtons.cancel());
        if (dialog.showAndWait().orElse(null) != next) {
            return;
        }
        String chosen = all.equals(unit.getValue()) ? null : unit.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("action.exportIcs"));
        chooser.setInitialFileName(IcsWindow.name(plan, chosen).replaceAll("[\\\\/:*?\"<>|·]+", " ").strip() + ".ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ics.dialog.files"), "*.ics"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        export(plan, chosen, file.toPath(), outcome -> {
            Alert alert = new Alert(outcome.failed() ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION,
                    outcome.message());
            alert.initOwner(owner);
            alert.setHeaderText(Messages.get("action.exportIcs"));
            alert.show();
        });
    }

    /** Writes the .ics of the plan's open items (one unit's, or all with {@code unit} null). */
    void export(Plan plan, String unit, Path file, Consumer<Outcome> done) {
        access.with(Messages.get("ics.dialog.writing"), ws -> {
            WorkspaceReminders.Snapshot s = WorkspaceReminders.load(ws, shipped, plan,
                    IcsWindow.of(plan, WorkspaceReminders.calendar(ws, shipped), clock.instant()
                            .atZone(clock.getZone()).toLocalDate()));
            List<DueItem> items = s.items().stream().filter(i -> !s.states().isDone(i))
                    .filter(i -> unit == null || i.involves(unit)).toList();
            try {
                IcsExport.Result r = new IcsExport(s.rules(), s.calendar(), clock.instant())
                        .write(items, IcsWindow.name(plan, unit), file);
                StringBuilder b = new StringBuilder(Messages.get("cli.ics.written", r.events(), r.alarms(), file));
                r.missingYears().forEach((year, n) -> b.append("\n")
                        .append(Messages.get("cli.note.missingYear", String.valueOf(year), n)));
                return new Outcome(b.toString(), false);
            } catch (IOException e) {
                return new Outcome(Messages.get("cli.ics.writeFailed", file, e.getMessage()), true);
            }
        }, done);
    }

    private static List<String> units(Plan plan) {
        Set<String> names = new LinkedHashSet<>();
        plan.tasks().forEach(t -> t.assignments().stream().map(Assignment::unit).forEach(u -> names.add(u.name())));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.text.Collator.getInstance(java.util.Locale.CHINA));
        return sorted;
    }
}
