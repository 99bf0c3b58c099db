package org.luoshi.app;

import org.luoshi.ui.UnitField;

import java.util.Arrays;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.luoshi.ui.TooltipOnHover;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.find.DeadlineWindow;
import org.luoshi.find.RoleChoice;
import org.luoshi.find.TaskFilter;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightColor;
import org.luoshi.lights.LightText;
import org.luoshi.plan.TaskStatus;

/**
 * Search and filters above the task table. Typing in the search field shows the tasks of every
 * plan that contain the words (Esc goes back); the filters narrow whatever is on show: a unit in
 * any role or one role (牵头 only), a status, a light, a deadline window.
 */
public final class FilterBar extends FlowPane {
    private final TaskViewModel views;
    private final TextField search = new TextField();
    private final UnitField unit;
    private final ChoiceBox<RoleChoice> role = new ChoiceBox<>();
    private final ChoiceBox<TaskStatus> status = new ChoiceBox<>();
    private final ChoiceBox<LightColor> light = new ChoiceBox<>();
    private final ChoiceBox<DeadlineWindow> window = new ChoiceBox<>();
    private final Label shown = new Label();
    private ViewKey beforeSearch;
    private boolean updating;

    public FilterBar(TaskViewModel views) {
        super(8, 6);
        this.views = views;
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);

        search.setId("search");
        search.setPromptText(Messages.get("filter.search.prompt"));
        search.setPrefColumnCount(16);
        search.textProperty().addListener((obs, old, text) -> search(text));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        Label searchIcon = new Label(null, new FontIcon("mdi2m-magnify"));
        HBox searchBox = new HBox(4, searchIcon, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);

        unit = new UnitField(() -> views.main().cache().unitNames());
        unit.setId("filterUnit");
        unit.setPromptText(Messages.get("filter.unit.prompt"));
        unit.setPrefColumnCount(10);
        unit.setOnAction(e -> apply());
        unit.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                apply();
            }
        });
        unit.textProperty().addListener((obs, old, text) -> {
            if (text == null || text.isBlank()) {
                apply();
            }
        });
        setUp(role, "filterRole", RoleChoice.values(), r -> Messages.get("filter.role." + r.name()), RoleChoice.ANY);
        setUp(status, "filterStatus", withNull(TaskStatus.values()),
                s -> s == null ? Messages.get("filter.status.any") : Messages.get("status." + s.name()), null);
        setUp(light, "filterLight", withNull(LightColor.values()),
                l -> l == null ? Messages.get("filter.light.any") : LightText.name(l), null);
        setUp(window, "filterWindow", DeadlineWindow.values(),
                w -> Messages.get("filter.window." + w.name(), views.main().lights().thresholds().dueSoonDays()),
                DeadlineWindow.ANY);

        Button clear = new Button(null, new FontIcon("mdi2f-filter-remove-outline"));
        clear.setId("filterClear");
        TooltipOnHover.install(clear, new javafx.beans.property.ReadOnlyStringWrapper(Messages.get("filter.clear")));
        clear.setOnAction(e -> clearFilters());
        shown.setId("filterShown");
        shown.getStyleClass().add("filter-shown");
        HBox.setHgrow(shown, Priority.ALWAYS);

        getChildren().addAll(searchBox, unit, role, status, light, window, clear, shown);
        views.summaryProperty().addListener((obs, old, s) -> showCount(s));
        views.main().settingsProperty().addListener((obs, old, s) -> updateRoleEnabled());
        views.filterProperty().addListener((obs, old, f) -> showFilter(f));
        views.viewProperty().addListener((obs, old, v) -> {
            updateRoleEnabled();
            if (!(v instanceof ViewKey.SearchView) && !search.getText().isEmpty()) {
                updating = true;
                search.clear();
                updating = false;
                beforeSearch = null;
            }
        });
    }

    @SafeVarargs
    private static <T> T[] withNull(T... values) {
        T[] all = Arrays.copyOf(values, values.length + 1);
        System.arraycopy(values, 0, all, 1, values.length);
        all[0] = null;
        return all;
    }

    private <T> void setUp(ChoiceBox<T> box, String id, T[] values, Function<T, String> text, T initial) {
        box.setId(id);
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setValue(initial);
        box.valueProperty().addListener((obs, old, v) -> apply());
    }

    private void search(String text) {
        if (updating) {
            return;
        }
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            if (views.viewProperty().get() instanceof ViewKey.SearchView) {
                views.viewProperty().set(beforeSearch);
            }
            beforeSearch = null;
            return;
        }
        if (!(views.viewProperty().get() instanceof ViewKey.SearchView)) {
            beforeSearch = views.viewProperty().get();
        }
        updating = true;
        views.viewProperty().set(new ViewKey.SearchView(query));
        updating = false;
    }

    private void apply() {
        if (updating) {
            return;
        }
        String unitName = unit.getText() == null || unit.getText().isBlank() ? null : unit.getText().strip();
        updateRoleEnabled();
        views.filterProperty().set(new TaskFilter(unitName, role.getValue(), status.getValue(), light.getValue(),
                window.getValue()));
    }

    private void showFilter(TaskFilter f) {
        updating = true;
        unit.setText(f.unit() == null ? "" : f.unit());
        role.setValue(f.role());
        updateRoleEnabled();
        status.setValue(f.status());
        light.setValue(f.light());
        window.setValue(f.window());
        updating = false;
    }

    /** A role needs a unit: the one typed, or the one whose view is on show. */
    private void updateRoleEnabled() {
        role.setDisable((unit.getText() == null || unit.getText().isBlank()) && views.viewUnit() == null);
    }

    private void showCount(TaskViewModel.Summary s) {
        shown.setText(s.total() >= 0 && s.total() != s.shown()
                ? Messages.get("filter.shown", s.shown(), s.total()) : Messages.get("filter.shownAll", s.shown()));
    }

    public void clearFilters() {
        views.filterProperty().set(TaskFilter.NONE);
    }

    /** Puts the cursor into the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TextField searchField() {
        return search;
    }

    public UnitField unitField() {
        return unit;
    }
}
