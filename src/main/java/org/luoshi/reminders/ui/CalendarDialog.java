package org.luoshi.reminders.ui;

import org.luoshi.ui.DialogWindows;

import java.util.List;
import java.util.function.Function;
import org.luoshi.ui.DialogService;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.HolidayDay;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.workspace.CalendarEdits;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.WindowLook;

/**
 * The working-day calendar: which years it knows and from where, loading a newer year's holiday
 * file, and days set by hand. Every change is saved at once and the reminders are dated again.
 */
final class CalendarDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final Session session;
    private final WorkingDayCalendar shipped;
    private final Runnable changed;
    private final ListView<CalendarEdits.Year> years = new ListView<>();
    private final ListView<HolidayDay> edits = new ListView<>();
    private final DatePicker date = new DatePicker();
    private final ComboBox<DayKind> kind = new ComboBox<>(FXCollections.observableArrayList(DayKind.values()));
    private final TextField note = new TextField();
    private final Label dayInfo = new Label();
    private final Label message = new Label();
    private WorkingDayCalendar calendar;

    private final Function<Window, DialogService> dialogs;

    /** @param dialogs the dialog service for a window (the calendar's own, for its file chooser) */
    CalendarDialog(Window owner, Session session, WorkingDayCalendar shipped, Runnable changed, WindowLook look,
            Function<Window, DialogService> dialogs) {
        this.dialogs = dialogs;
        this.session = session;
        this.shipped = shipped;
        this.changed = changed;
        this.calendar = shipped;
        dialog.initOwner(owner);
        DialogWindows.fit(dialog);
        dialog.setTitle(Messages.get("calendar.dialog.title"));
        dialog.setHeaderText(Messages.get("calendar.dialog.header"));

        years.setId("calendarYears");
        years.setPrefHeight(170);
        years.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CalendarEdits.Year r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.year() + "　" + (!r.loaded()
                        ? Messages.get("cli.calendar.shipped")
                        : Messages.get("calendar.dialog.loadedFrom", r.loadedFrom())));
            }
        });
        Button load = new Button(Messages.get("calendar.dialog.load"), new FontIcon("mdi2c-calendar-import"));
        load.setId("calendarLoad");
        load.setOnAction(e -> chooseFile(owner));
        Button forget = new Button(Messages.get("calendar.dialog.forget"), new FontIcon("mdi2d-delete-outline"));
        forget.setId("calendarForget");
        forget.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> years.getSelectionModel().getSelectedItem() == null
                        || !years.getSelectionModel().getSelectedItem().loaded(),
                years.getSelectionModel().selectedItemProperty()));
        forget.setOnAction(e -> forget(years.getSelectionModel().getSelectedItem().year()));

        edits.setId("calendarEdits");
        edits.setPrefHeight(130);
        edits.setPlaceholder(new Label(Messages.get("calendar.dialog.noEdits")));
        edits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HolidayDay d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : dayText(d.date()) + "　" + Messages.get("calendar.kind." + d.kind())
                        + (d.name().isEmpty() ? "" : "　" + d.name()));
            }
        });
        date.setId("calendarDate");
        date.setConverter(new org.luoshi.ui.DateConverter()); // 2026年12月6日 in Chinese
        date.setValue(LocalDate.now());
        date.valueProperty().addListener((o, a, d) -> showDay(d));
        kind.setId("calendarKind");
        kind.setValue(DayKind.OFF);
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        note.setId("calendarNote");
        note.setPromptText(Messages.get("calendar.dialog.note"));
        Button set = new Button(Messages.get("calendar.dialog.set"));
        set.setId("calendarSet");
        set.setOnAction(e -> setDay(date.getValue(), kind.getValue(), note.getText()));
        Button unset = new Button(Messages.get("calendar.dialog.unset"));
        unset.setId("calendarUnset");
        unset.disableProperty().bind(edits.getSelectionModel().selectedItemProperty().isNull());
        unset.setOnAction(e -> unsetDay(edits.getSelectionModel().getSelectedItem().date()));
        dayInfo.setId("calendarDayInfo");
        message.setId("calendarMessage");
        message.setWrapText(true);
        message.getStyleClass().add("reminder-error");

        HBox yearButtons = new HBox(8, load, forget);
        HBox editRow = new HBox(8, date, kind, note, set, unset);
        editRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, new Label(Messages.get("calendar.dialog.years")), years, yearButtons,
                new Label(Messages.get("calendar.dialog.edits")), edits, editRow, dayInfo, message);
        content.setPadding(new Insets(6));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        look.apply(dialog.getDialogPane());
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.close());
        refresh();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    /** Loads a holiday file; a bad one is refused with its reason and changes nothing. */
    void load(Path file) {
        session.run(Messages.get("calendar.dialog.loading"), CalendarEdits.loadFile(file), result -> {
            message.setText(result.message());
            message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ok"), !result.refused());
            if (!result.refused()) {
                refresh();
                changed.run();
            }
        });
    }

    void setDay(LocalDate day, DayKind k, String text) {
        if (day == null || k == null) {
            return;
        }
        session.run(Messages.get("calendar.dialog.saving"), CalendarEdits.setDay(day, k, text), done -> {
            note.clear();
            refresh();
            changed.run();
        });
    }

    void unsetDay(LocalDate day) {
        session.run(Messages.get("calendar.dialog.saving"), CalendarEdits.clearDay(day), done -> {
            refresh();
            changed.run();
        });
    }

    void forget(int year) {
        session.run(Messages.get("calendar.dialog.saving"), CalendarEdits.forget(year), done -> {
            refresh();
            changed.run();
        });
    }

    private void refresh() {
        session.run(Messages.get("calendar.dialog.loading"), CalendarEdits.view(shipped), v -> {
            calendar = v.calendar();
            years.getItems().setAll(v.years());
            edits.getItems().setAll(v.edits());
            showDay(date.getValue());
        });
    }

    private void showDay(LocalDate d) {
        if (d == null) {
            dayInfo.setText("");
            return;
        }
        try {
            boolean working = calendar.isWorkingDay(d);
            Optional<String> name = calendar.listed(d).map(HolidayDay::name).filter(n -> !n.isEmpty());
            String kindText = Messages.get(working ? "calendar.kind.WORK" : "calendar.kind.OFF");
            dayInfo.setText(name.isPresent() ? Messages.get("calendar.dialog.dayNamed", dayText(d), kindText, name.get())
                    : Messages.get("calendar.dialog.day", dayText(d), kindText));
        } catch (UnknownYearException e) {
            dayInfo.setText(Messages.get("calendar.dialog.day", dayText(d), e.getMessage()));
        }
    }

    private static String dayText(LocalDate d) {
        return Dates.format(d) + " " + Messages.get("calendar.weekday." + d.getDayOfWeek().getValue());
    }

    private static ListCell<DayKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DayKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : Messages.get("calendar.kind." + k));
            }
        };
    }

    private void chooseFile(Window owner) {
        // Owned by this dialog's own window, so the chooser never opens behind it.
        dialogs.apply(dialog.getDialogPane().getScene().getWindow()).chooseOpenFile(
                Messages.get("calendar.dialog.load"),
                List.of(DialogService.FileFilter.of(Messages.get("calendar.dialog.csv"), "*.csv", "*.txt"),
                        DialogService.FileFilter.of(Messages.get("calendar.dialog.all"), "*.*")))
                .ifPresent(this::load);
    }
}
