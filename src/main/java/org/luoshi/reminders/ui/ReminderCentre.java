package org.luoshi.reminders.ui;

import org.luoshi.ui.DialogWindows;

import org.luoshi.ui.WindowLook;

import java.util.List;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueText;
import org.luoshi.reminders.Snooze;
import org.luoshi.reminders.Urgency;

/**
 * The reminder centre: every due and overdue item with its latest reminder, and what to do with
 * it — open the task's plan, snooze (1 hour, tomorrow, next working day), dismiss, mark done.
 * A window of its own beside the main window, so it stays open while the user works.
 */
final class ReminderCentre {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");

    /** What the centre's buttons outside its own list do. */
    record Actions(Consumer<DueItem> open, Consumer<DueItem> rules, Runnable export, Runnable calendar) {
    }

    private final Stage stage = new Stage();
    private final ReminderController controller;
    private final TableView<DueEntry> table = new TableView<>();
    private final Label summary = new Label();
    private final Label detail = new Label();
    private final Label missing = new Label();

    ReminderCentre(Window owner, ReminderController controller, Actions actions, WindowLook look) {
        this.controller = controller;
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        stage.setTitle(Messages.get("reminders.centre.title"));

        table.setId("reminderTable");
        table.setItems(controller.active());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(Messages.get("reminders.centre.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("reminders.column.date", e -> Dates.format(e.item().date()), 130),
                column("reminders.column.status", DueText::urgency, 130),
                column("reminders.column.reminder", e -> DueText.offset(e.reminder().offset()), 120),
                column("reminders.column.task", e -> e.item().taskNumber(), 50),
                column("reminders.column.item", e -> e.item().title(), 320),
                column("reminders.column.units", e -> DueText.units(e.item()), 220),
                column("reminders.column.plan", e -> e.item().planLabel(), 150)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DueEntry e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(OVERDUE, !empty && e != null && e.urgency() == Urgency.OVERDUE);
                pseudoClassStateChanged(TODAY, !empty && e != null && e.urgency() == Urgency.TODAY);
            }
        });

        Button open = button("reminderOpen", "reminders.centre.open", "mdi2o-open-in-app",
                () -> selected(e -> actions.open().accept(e.item())));
        MenuButton snooze = new MenuButton(Messages.get("reminders.centre.snooze"), new FontIcon("mdi2a-alarm-snooze"));
        snooze.setId("reminderSnooze");
        for (Snooze s : Snooze.values()) {
            MenuItem item = new MenuItem(Messages.get(s.textKey()));
            item.setId("snooze-" + s.name());
            item.setOnAction(ev -> selected(e -> controller.snooze(e, s)));
            snooze.getItems().add(item);
        }
        Button dismiss = button("reminderDismiss", "reminders.centre.dismiss", "mdi2b-bell-off-outline",
                () -> selected(controller::dismiss));
        Button done = button("reminderDone", "reminders.centre.done", "mdi2c-check-circle-outline",
                () -> selected(controller::markDone));
        Button rules = button("reminderRules", "reminders.centre.rules", "mdi2b-bell-cog-outline",
                () -> actions.rules().accept(selectedItem()));
        Button export = button("reminderExport", "reminders.centre.export", "mdi2c-calendar-export", actions.export());
        Button calendar = button("reminderCalendar", "reminders.centre.calendar", "mdi2c-calendar-month-outline",
                actions.calendar());
        for (var b : List.of(open, snooze, dismiss, done)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = button("reminderClose", "dialog.close", "mdi2c-close", stage::close);
        close.setCancelButton(true);
        HBox buttons = new HBox(8, open, snooze, dismiss, done, spacer, rules, export, calendar, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        summary.setId("reminderSummary");
        summary.getStyleClass().add("reminder-summary");
        missing.setId("missingYears");
        missing.getStyleClass().add("reminder-missing");
        missing.setWrapText(true);
        missing.setGraphic(new FontIcon("mdi2c-calendar-alert"));
        Button load = new Button(Messages.get("reminders.centre.loadYear"));
        load.setOnAction(e -> actions.calendar().run());
        HBox missingBar = new HBox(10, missing, load);
        missingBar.setAlignment(Pos.CENTER_LEFT);
        missingBar.getStyleClass().add("reminder-missing-bar");
        missingBar.managedProperty().bind(missingBar.visibleProperty());

        detail.setId("reminderDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("reminder-detail");
        detail.setMinHeight(Region.USE_PREF_SIZE);

        VBox top = new VBox(8, summary, missingBar);
        VBox bottom = new VBox(8, detail, buttons);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("reminder-centre");

        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> showDetail(e));
        table.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                selected(e -> actions.open().accept(e.item()));
            } else if (k.getCode() == KeyCode.DELETE) {
                selected(controller::dismiss);
            }
        });
        controller.active().addListener((javafx.collections.ListChangeListener<DueEntry>) c -> updateSummary());
        controller.missingYearsProperty().addListener((o, a, m) -> {
            showMissing(m);
            missingBar.setVisible(!m.isEmpty());
        });
        showMissing(controller.missingYearsProperty().get());
        missingBar.setVisible(!controller.missingYearsProperty().get().isEmpty());
        updateSummary();

        look.apply(root);
        Scene scene = new Scene(root, 1100, 560);
        stage.setScene(scene);
    }

    void show() {
        updateSummary();
        stage.show();
        stage.toFront();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    Stage stage() {
        return stage;
    }

    private void updateSummary() {
        summary.setText(Messages.get("reminders.centre.summary", Dates.format(controller.today()),
                controller.pendingProperty().get(), controller.overdueProperty().get()));
    }

    private void showMissing(SortedMap<Integer, Integer> m) {
        missing.setText(m.entrySet().stream()
                .map(e -> Messages.get("reminders.centre.missingYear", String.valueOf(e.getKey()), e.getValue()))
                .collect(Collectors.joining("\n")));
    }

    private void showDetail(DueEntry e) {
        if (e == null) {
            detail.setText("");
            return;
        }
        DueItem i = e.item();
        StringBuilder b = new StringBuilder();
        b.append(DueText.kind(i.kind())).append(" · ").append(Dates.format(i.date()));
        if (!i.limit().isBlank()) {
            b.append(" · ").append(Messages.get("ics.limit", i.limit()));
        }
        b.append("\n").append(Messages.get("ics.summary", i.taskNumber(), i.taskText()));
        detail.setText(b.toString());
    }

    private DueItem selectedItem() {
        DueEntry e = table.getSelectionModel().getSelectedItem();
        return e == null ? null : e.item();
    }

    private void selected(Consumer<DueEntry> action) {
        DueEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            action.accept(e);
        }
    }

    private static Button button(String id, String textKey, String icon, Runnable action) {
        Button b = new Button(Messages.get(textKey), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<DueEntry, String> column(String key, Function<DueEntry, String> value, double width) {
        TableColumn<DueEntry, String> c = new TableColumn<>(Messages.get(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        return c;
    }

    /** For tests: the rows' item keys in order. */
    List<String> keys() {
        return table.getItems().stream().map(e -> e.item().key()).toList();
    }

    /** For tests. */
    TableView<DueEntry> table() {
        return table;
    }
}
