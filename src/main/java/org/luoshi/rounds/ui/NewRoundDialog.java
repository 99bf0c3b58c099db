package org.luoshi.rounds.ui;

import org.luoshi.ui.DialogWindows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.RoundPeriod;
import org.luoshi.rounds.RoundScope;
import org.luoshi.rounds.UnitForms;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.ui.DateConverter;
import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.WindowLook;

/**
 * 新建报送轮次: the period (with this month's and this quarter's labels offered), the due day as a
 * date or as N working days after the period ends (counted on the workspace's working-day calendar
 * and shown as it is typed), the units asked as a checklist (all ticked; a filter box), optionally
 * only some tasks, the forms' format (.xlsx, .docx or both), file names with the plan's 文号 and
 * the period in front, the office's contact (remembered for the next round) and the folder the
 * forms are written to. OK stays disabled while something is missing, and a line says what.
 */
final class NewRoundDialog extends Dialog<NewRoundDialog.Choice> {
    /** What the person chose: the round to open and the forms to write. */
    record Choice(Rounds.OpenRequest request, Rounds.FormsRequest forms) {
    }

    /** The kinds of forms to write. */
    enum FormatChoice {
        XLSX(EnumSet.of(Rounds.Format.XLSX)), DOCX(EnumSet.of(Rounds.Format.DOCX)),
        BOTH(EnumSet.of(Rounds.Format.XLSX, Rounds.Format.DOCX));

        final Set<Rounds.Format> formats;

        FormatChoice(Set<Rounds.Format> formats) {
            this.formats = formats;
        }
    }

    /** A line of a checklist: a unit or a task, ticked or not. */
    static final class Pick {
        final String label;
        final String unit;
        final long taskId;
        final BooleanProperty ticked;

        Pick(String label, String unit, long taskId, boolean ticked) {
            this.label = label;
            this.unit = unit;
            this.taskId = taskId;
            this.ticked = new SimpleBooleanProperty(ticked);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Plan plan;
    private final LocalDate today;
    private final Rounds.NewRoundDefaults defaults;

    final ComboBox<String> period = new ComboBox<>();
    final RadioButton onDate = new RadioButton(Messages.get("rounds.new.onDate"));
    final RadioButton afterEnd = new RadioButton(Messages.get("rounds.new.afterEnd"));
    final DatePicker dueDate = DateConverter.picker(null);
    final Spinner<Integer> days = new Spinner<>(0, 60, 5);
    final DatePicker periodEnd = DateConverter.picker(null);
    final Label dueShown = new Label();
    final TextField unitFilter = new TextField();
    final ObservableList<Pick> units = FXCollections.observableArrayList(p -> new javafx.beans.Observable[] {p.ticked});
    final ListView<Pick> unitList = new ListView<>();
    final Label unitCount = new Label();
    final CheckBox someTasks = new CheckBox(Messages.get("rounds.new.someTasks"));
    final ObservableList<Pick> tasks = FXCollections.observableArrayList(p -> new javafx.beans.Observable[] {p.ticked});
    final ListView<Pick> taskList = new ListView<>();
    final ChoiceBox<FormatChoice> format = new ChoiceBox<>(FXCollections.observableArrayList(FormatChoice.values()));
    final CheckBox prefix = new CheckBox();
    final TextField contact = new TextField();
    final TextField folder = new TextField();
    final Label problem = new Label();
    private final ButtonType ok = DialogButtons.ok();

    NewRoundDialog(Window owner, Plan plan, LocalDate today, Rounds.NewRoundDefaults defaults,
            Function<String, Optional<Path>> chooseFolder, WindowLook look) {
        this.plan = plan;
        this.today = today;
        this.defaults = defaults;
        initOwner(owner);
        DialogWindows.fit(this);
        setTitle(Messages.get("rounds.new.title"));
        setHeaderText(Messages.get("rounds.new.header", plan.displayTitle()));
        setResizable(true);

        period.setId("newRoundPeriod");
        period.setEditable(true);
        period.getItems().setAll(RoundPeriod.suggestions(today));
        period.setValue(period.getItems().get(0));
        period.getEditor().setText(period.getValue());
        period.setPrefWidth(220);

        ToggleGroup due = new ToggleGroup();
        onDate.setToggleGroup(due);
        afterEnd.setToggleGroup(due);
        onDate.setId("dueOnDate");
        afterEnd.setId("dueAfterEnd");
        afterEnd.setSelected(true);
        dueDate.setId("dueDate");
        days.setId("dueDays");
        days.setEditable(true);
        days.setPrefWidth(80);
        periodEnd.setId("periodEnd");
        dueShown.setId("dueShown");
        dueDate.disableProperty().bind(onDate.selectedProperty().not());
        days.disableProperty().bind(afterEnd.selectedProperty().not());
        periodEnd.disableProperty().bind(afterEnd.selectedProperty().not());
        periodEnd.setValue(RoundPeriod.end(period.getValue()).orElse(null));
        period.getEditor().textProperty().addListener((o, was, is) ->
                RoundPeriod.end(is).ifPresent(periodEnd::setValue));

        for (String u : unitsOf(plan, today)) {
            units.add(new Pick(u, u, 0, true));
        }
        FilteredList<Pick> shownUnits = new FilteredList<>(units);
        unitFilter.setId("unitFilter");
        unitFilter.setPromptText(Messages.get("rounds.new.filter"));
        unitFilter.textProperty().addListener((o, was, is) -> shownUnits.setPredicate(
                p -> is == null || is.isBlank() || p.label.contains(is.strip())));
        unitList.setId("unitList");
        unitList.setItems(shownUnits);
        unitList.setCellFactory(CheckBoxListCell.forListView(p -> p.ticked, converter()));
        unitList.setPrefHeight(220);
        unitCount.setId("unitCount");
        Button all = new Button(Messages.get("rounds.new.tickAll"));
        all.setId("tickAllUnits");
        all.setOnAction(e -> shownUnits.forEach(p -> p.ticked.set(true)));
        Button none = new Button(Messages.get("rounds.new.tickNone"));
        none.setId("tickNoUnits");
        none.setOnAction(e -> shownUnits.forEach(p -> p.ticked.set(false)));

        for (Task t : RoundScope.of(plan, allOf(plan, today)).tasks()) {
            String text = t.text().length() > 60 ? t.text().substring(0, 60) + "…" : t.text();
            tasks.add(new Pick(UnitForms.seq(t) + "　" + text, null, t.id(), true));
        }
        someTasks.setId("someTasks");
        taskList.setId("taskList");
        taskList.setItems(tasks);
        taskList.setCellFactory(CheckBoxListCell.forListView(p -> p.ticked, converter()));
        taskList.setPrefHeight(160);
        taskList.visibleProperty().bind(someTasks.selectedProperty());
        taskList.managedProperty().bind(someTasks.selectedProperty());

        format.setId("formFormat");
        format.setValue(FormatChoice.XLSX);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(FormatChoice f) {
                return f == null ? "" : Messages.get("rounds.new.format." + f.name());
            }

            @Override
            public FormatChoice fromString(String s) {
                return null;
            }
        });
        prefix.setId("prefixNames");
        String doc = plan.docNumber() == null ? "" : plan.docNumber().strip();
        prefix.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("rounds.new.prefix",
                (doc.isEmpty() ? "" : doc + " ") + period.getEditor().getText().strip() + " "),
                period.getEditor().textProperty()));
        contact.setId("officeContact");
        contact.setText(defaults.contact());
        contact.setPromptText(Messages.get("rounds.new.contactPrompt"));
        folder.setId("formsFolder");
        folder.setPromptText(Messages.get("rounds.new.folderPrompt"));
        folder.setPrefColumnCount(30);
        Button pick = new Button(Messages.get("rounds.new.chooseFolder"));
        pick.setId("chooseFormsFolder");
        pick.setOnAction(e -> chooseFolder.apply(Messages.get("rounds.ui.forms.choose"))
                .ifPresent(p -> folder.setText(p.toString())));
        problem.setId("newRoundProblem");
        problem.setStyle("-fx-text-fill: #b00020");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, new Label(Messages.get("rounds.new.period")), period);
        grid.addRow(r++, new Label(Messages.get("rounds.new.due")), new VBox(6,
                new HBox(6, onDate, dueDate),
                new HBox(6, afterEnd, periodEnd, new Label(Messages.get("rounds.new.after")), days,
                        new Label(Messages.get("rounds.new.workingDays"))),
                dueShown));
        VBox unitBox = new VBox(6, new HBox(6, unitFilter, all, none), unitList, unitCount);
        HBox.setHgrow(unitFilter, Priority.ALWAYS);
        grid.addRow(r++, top(new Label(Messages.get("rounds.new.units"))), unitBox);
        grid.addRow(r++, top(new Label(Messages.get("rounds.new.tasks"))), new VBox(6, someTasks, taskList));
        grid.addRow(r++, new Label(Messages.get("rounds.new.format")), format);
        grid.addRow(r++, new Label(""), prefix);
        grid.addRow(r++, new Label(Messages.get("rounds.new.contact")), contact);
        grid.addRow(r++, new Label(Messages.get("rounds.new.folder")), new HBox(6, folder, pick));
        grid.add(problem, 0, r, 2, 1);
        GridPane.setHgrow(unitBox, Priority.ALWAYS);
        grid.setPadding(new Insets(4));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel());
        look.apply(getDialogPane());

        Runnable check = this::check;
        period.getEditor().textProperty().addListener((o, w, i) -> check.run());
        onDate.selectedProperty().addListener((o, w, i) -> check.run());
        dueDate.valueProperty().addListener((o, w, i) -> check.run());
        periodEnd.valueProperty().addListener((o, w, i) -> check.run());
        days.valueProperty().addListener((o, w, i) -> check.run());
        units.addListener((javafx.collections.ListChangeListener<Pick>) c -> check.run());
        tasks.addListener((javafx.collections.ListChangeListener<Pick>) c -> check.run());
        someTasks.selectedProperty().addListener((o, w, i) -> check.run());
        check();
        setResultConverter(button -> DialogButtons.isOk(button) ? choice().orElse(null) : null);
        setOnShown(e -> period.requestFocus());
    }

    private static Node top(Label label) {
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return label;
    }

    private static StringConverter<Pick> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Pick p) {
                return p == null ? "" : p.label;
            }

            @Override
            public Pick fromString(String s) {
                return null;
            }
        };
    }

    private static Round allOf(Plan plan, LocalDate today) {
        return new Round(0, plan.id(), "-", today, "", "", today, "", List.of(), List.of());
    }

    /** The units the plan's open tasks name, leads first (the order of the forms). */
    static List<String> unitsOf(Plan plan, LocalDate today) {
        return RoundScope.of(plan, allOf(plan, today)).units();
    }

    /** The due day as chosen now, or why there is none. */
    private Object due() {
        if (onDate.isSelected()) {
            LocalDate d = dueDate.getValue();
            return d == null ? Messages.get("rounds.new.problem.noDueDate") : RoundDue.on(d);
        }
        LocalDate end = periodEnd.getValue();
        if (end == null) {
            return Messages.get("rounds.new.problem.noPeriodEnd");
        }
        try {
            return RoundDue.workingDaysAfter(end, days.getValue() == null ? 0 : days.getValue(), defaults.calendar());
        } catch (UnknownYearException e) {
            return Messages.get("rounds.new.problem.unknownYear", e.getMessage());
        }
    }

    private void check() {
        Object due = due();
        if (due instanceof RoundDue d) {
            dueShown.setText(Messages.get("rounds.new.dueShown", Dates.format(d.date()),
                    d.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Messages.locale())));
        } else {
            dueShown.setText("");
        }
        long ticked = units.stream().filter(p -> p.ticked.get()).count();
        unitCount.setText(Messages.get("rounds.new.unitCount", ticked, units.size()));
        String why = null;
        if (period.getEditor().getText() == null || period.getEditor().getText().isBlank()) {
            why = Messages.get("rounds.new.problem.noPeriod");
        } else if (due instanceof String s) {
            why = s;
        } else if (ticked == 0) {
            why = Messages.get("rounds.new.problem.noUnits");
        } else if (someTasks.isSelected() && tasks.stream().noneMatch(p -> p.ticked.get())) {
            why = Messages.get("rounds.new.problem.noTasks");
        }
        problem.setText(why == null ? "" : why);
        getDialogPane().lookupButton(ok).setDisable(why != null);
    }

    /** The choice as the fields say now, if it is complete. */
    Optional<Choice> choice() {
        if (!(due() instanceof RoundDue d) || period.getEditor().getText().isBlank()) {
            return Optional.empty();
        }
        List<String> asked = new ArrayList<>();
        units.stream().filter(p -> p.ticked.get()).forEach(p -> asked.add(p.unit));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        if (asked.size() == units.size()) {
            asked.clear(); // every unit: the round asks all, including units the plan gains later
        }
        List<Long> taskIds = new ArrayList<>();
        if (someTasks.isSelected()) {
            tasks.stream().filter(p -> p.ticked.get()).forEach(p -> taskIds.add(p.taskId));
            if (taskIds.isEmpty()) {
                return Optional.empty();
            }
            if (taskIds.size() == tasks.size()) {
                taskIds.clear();
            }
        }
        String where = folder.getText() == null ? "" : folder.getText().strip();
        Rounds.FormsRequest forms = where.isEmpty() ? Rounds.FormsRequest.none()
                : new Rounds.FormsRequest(format.getValue().formats, Path.of(where), prefix.isSelected());
        return Optional.of(new Choice(new Rounds.OpenRequest(plan.id(), period.getEditor().getText().strip(), d,
                contact.getText(), asked, taskIds, today), forms));
    }

    ButtonType okButton() {
        return ok;
    }
}
