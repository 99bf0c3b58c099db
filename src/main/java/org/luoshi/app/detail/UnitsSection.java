package org.luoshi.app.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.ui.UnitField;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * 责任单位: the task's units under 牵头 / 责任 / 配合, each removable; a unit is added with a
 * role, its name completed from the directory. Every change is one edit of the whole list.
 */
final class UnitsSection extends Section {
    private final VBox roles = new VBox(4);
    private final UnitField name;
    private final ChoiceBox<Role> role = new ChoiceBox<>();
    private final CheckBox others = new CheckBox(Messages.get("detail.units.others"));
    private final UnitNames unitNames;
    private Task shown;
    private boolean showing;

    UnitsSection(EditSink sink, UnitNames unitNames) {
        super("detail.units", sink);
        this.unitNames = unitNames;
        name = new UnitField(unitNames::all);
        name.setId("detailUnitName");
        name.setPromptText(Messages.get("detail.units.prompt"));
        role.setId("detailUnitRole");
        role.getItems().setAll(Role.values());
        role.setValue(Role.LEAD);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : Messages.get("role." + r.name());
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        Button addButton = addButton("detailUnitAdd", this::addUnit);
        name.setOnAction(e -> addUnit());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox addRow = line(name, role, addButton);
        others.setId("detailUnitOthers");
        others.setTooltip(new Tooltip(Messages.get("detail.units.others.tip")));
        others.selectedProperty().addListener((obs, old, on) -> {
            if (!showing && shown != null && on != shown.othersIncluded()) {
                change(shown.assignments(), on);
            }
        });
        add(roles, addRow, others);
    }

    @Override
    void show(TaskFacts facts) {
        shown = facts.task();
        showing = true;
        others.setSelected(shown.othersIncluded());
        showing = false;
        List<HBox> made = new ArrayList<>();
        for (Role r : Role.values()) {
            List<Assignment> inRole = shown.assignments().stream().filter(a -> a.role() == r).toList();
            if (!inRole.isEmpty()) {
                made.add(roleRows.computeIfAbsent(r, RoleRow::new).show(inRole));
            }
        }
        showRows(roles, made, "detail.units.none");
    }

    private final java.util.Map<Role, RoleRow> roleRows = new java.util.EnumMap<>(Role.class);

    /** A role's label and its units' chips; kept, with its chips, and shown again for the next task. */
    private final class RoleRow {
        private final FlowPane chips = new FlowPane(4, 4);
        private final Kept<Chip> kept = new Kept<>(this::newChip);
        private final HBox node;

        RoleRow(Role role) {
            Label label = new Label(Messages.get("role." + role.name()));
            label.getStyleClass().add("role-label");
            label.setMinWidth(36);
            // A long unit name (…工作专班) must not widen the pane past its edge: the chips' row may be
            // narrower than its widest chip, and a chip no wider than the row cuts its name with "…".
            chips.setMinWidth(0);
            HBox.setHgrow(chips, Priority.ALWAYS);
            node = new HBox(6, label, chips);
            node.setAlignment(Pos.TOP_LEFT);
        }

        private Chip newChip() {
            Chip chip = new Chip();
            chip.node.maxWidthProperty().bind(chips.widthProperty());
            return chip;
        }

        HBox show(List<Assignment> inRole) {
            List<HBox> made = new ArrayList<>();
            for (int i = 0; i < inRole.size(); i++) {
                made.add(kept.get(i).show(inRole.get(i)));
            }
            keepChildren(chips, made);
            return node;
        }
    }

    /** A unit's chip: its name and × to take it off the task. */
    private final class Chip {
        private final Label text = new Label();
        private final Button remove = new Button(null, new FontIcon("mdi2c-close"));
        private final HBox node = new HBox(2, text, remove);
        private Assignment shownUnit;

        Chip() {
            remove.getStyleClass().add("chip-remove");
            remove.setTooltip(new Tooltip());
            remove.setOnAction(e -> {
                List<Assignment> rest = new ArrayList<>(shown.assignments());
                rest.remove(shownUnit);
                change(rest, shown.othersIncluded());
            });
            node.setAlignment(Pos.CENTER_LEFT);
            node.getStyleClass().add("unit-chip");
        }

        HBox show(Assignment a) {
            shownUnit = a;
            text.setText(a.unit().name());
            remove.getTooltip().setText(Messages.get("detail.units.remove", a.unit().name()));
            return node;
        }
    }

    private void addUnit() {
        String typed = name.getText() == null ? "" : name.getText().strip();
        if (typed.isEmpty() || shown == null) {
            return;
        }
        // A unit typed by another of its names goes to the unit the directory knows (省发改委 → 省发展改革委).
        String unit = unitNames.canonical(typed);
        Assignment added = Assignment.of(unit, role.getValue());
        if (shown.assignments().stream().anyMatch(a -> a.unit().name().equals(unit) && a.role() == added.role())) {
            sink.refuse(Messages.get("detail.units.twice", unit, Messages.get("role." + added.role().name())));
            return;
        }
        List<Assignment> more = new ArrayList<>(shown.assignments());
        more.add(added);
        name.clear();
        change(more, shown.othersIncluded());
    }

    private void change(List<Assignment> assignments, boolean othersIncluded) {
        Task task = shown;
        sink.attempt(() -> TaskEdits.units(task, assignments, othersIncluded));
    }
}
