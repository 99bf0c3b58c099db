package org.luoshi.reminders.ui;

import org.luoshi.ui.DialogWindows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.files.FileNameFit;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.IcsExport;
import org.luoshi.reminders.IcsWindow;
import org.luoshi.reminders.workspace.ExportIcs;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.DialogService;
import org.luoshi.ui.WindowLook;

/** File → Export to calendar: the plan on show, all units or one, to an .ics file. */
final class IcsExportDialog {
    /** The outcome to show: a sentence, and whether it is a failure. */
    record Outcome(String message, boolean failed) {
    }

    private final Session session;
    private final DialogService dialogs;
    private final WorkingDayCalendar shipped;
    private final Clock clock;

    IcsExportDialog(Session session, DialogService dialogs, WorkingDayCalendar shipped, Clock clock) {
        this.session = session;
        this.dialogs = dialogs;
        this.shipped = shipped;
        this.clock = clock;
    }

    /** Asks for the unit and the file, then writes it. */
    void run(Window owner, Plan plan, WindowLook look) {
        if (plan == null) {
            dialogs.inform(Messages.get("action.exportIcs"), Messages.get("app.noPlans"));
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
        DialogWindows.fit(dialog);
        dialog.setTitle(Messages.get("action.exportIcs"));
        dialog.getDialogPane().setContent(grid);
        look.apply(dialog.getDialogPane());
        ButtonType next = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(next, DialogButtons.cancel());
        if (dialog.showAndWait().orElse(null) != next) {
            return;
        }
        String chosen = all.equals(unit.getValue()) ? null : unit.getValue();
        dialogs.chooseSaveFile(Messages.get("action.exportIcs"),
                FileNameFit.name(IcsWindow.name(plan, chosen).replace('·', ' '), "ics"),
                DialogService.FileFilter.of(Messages.get("ics.dialog.files"), "*.ics"))
                .ifPresent(file -> export(plan, chosen, file, outcome -> {
                    if (outcome.failed()) {
                        dialogs.error(Messages.get("action.exportIcs"), outcome.message());
                    } else {
                        dialogs.inform(Messages.get("action.exportIcs"), outcome.message());
                    }
                }));
    }

    /** Writes the .ics of the plan's open items (one unit's, or all with {@code unit} null). */
    void export(Plan plan, String unit, Path file, Consumer<Outcome> done) {
        session.run(Messages.get("ics.dialog.writing"), s -> {
            try {
                IcsExport.Result r = new ExportIcs(plan, unit, file, shipped, clock).run(s);
                StringBuilder b = new StringBuilder(Messages.get("cli.ics.written", r.events(), r.alarms(), file));
                r.missingYears().forEach((year, n) -> b.append("\n")
                        .append(Messages.get("cli.note.missingYear", String.valueOf(year), n)));
                return new Outcome(b.toString(), false);
            } catch (IOException e) {
                return new Outcome(Messages.get("cli.ics.writeFailed", file, IoReason.of(e)), true);
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
