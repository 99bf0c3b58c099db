package org.luoshi.report.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.PlanSummary;
import org.luoshi.report.overview.LateReporter;
import org.luoshi.report.overview.Overview;
import org.luoshi.ui.DateConverter;
import org.luoshi.ui.WindowLook;

/**
 * The 统计 window: which plans (one, several or all), my unit only or not, and the day; then the
 * class counts as tiles, the charts, the per-unit table and the late reporters of the latest
 * round. Any number, bar or slice lists the tasks behind it; the view is saved as PNG or PDF or
 * printed ({@link StatsExport}).
 */
public final class StatsWindow {
    static final String STYLESHEET = StatsWindow.class.getResource("/org/luoshi/report/ui/stats.css").toExternalForm();

    /** Room for a window manager's title bar and borders (DialogWindows keeps the same). */
    private static final double FRAME = 32;

    final Stage stage;
    final StatsViewModel model;
    final CheckComboBox<PlanSummary> plans = new CheckComboBox<>();
    final CheckBox myUnit = new CheckBox();
    final DatePicker today;
    final Button png = tool("statsPng", "mdi2i-image-outline", "stats.ui.png");
    final Button pdf = tool("statsPdf", "mdi2f-file-pdf-box", "stats.ui.pdf");
    final Button print = tool("statsPrint", "mdi2p-printer-outline", "stats.ui.print");
    final Label title = new Label();
    final PaceTiles tiles;
    final ChartsPane charts;
    final UnitTable units;
    final TableView<LateReporter> late = new TableView<>();
    final VBox content = new VBox();
    private final String unitName;
    private final BiConsumer<Long, Long> jump;
    private boolean choosing;

    /**
     * @param allPlans the workspace's plans
     * @param shown    the plan to count first (0: all)
     * @param unitName the user's unit from the settings, or null
     * @param jump     shows a task in the main window: (plan id, task id)
     */
    public StatsWindow(Stage stage, StatsViewModel model, List<PlanSummary> allPlans, long shown, String unitName,
            BiConsumer<Long, Long> jump) {
        this.stage = stage;
        this.model = model;
        this.unitName = unitName;
        this.jump = jump;
        this.today = DateConverter.picker(model.todayProperty().get());
        tiles = new PaceTiles(this::openTasks);
        charts = new ChartsPane(this::openTasks);
        units = new UnitTable(this::openTasks);

        plans.setId("statsPlans");
        plans.getItems().setAll(allPlans);
        plans.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                return p == null ? "" : Plan.label(p);
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        plans.setPrefWidth(280);
        choosing = true;
        for (PlanSummary p : allPlans) {
            if (shown == 0 || p.id() == shown) {
                plans.getCheckModel().check(p);
            }
        }
        choosing = false;
        plans.getCheckModel().getCheckedItems().addListener((ListChangeListener<PlanSummary>) c -> {
            if (!choosing) {
                load();
            }
        });
        myUnit.setId("statsMyUnit");
        myUnit.setText(unitName == null ? Messages.get("stats.ui.myUnit.none")
                : Messages.get("stats.ui.myUnit", unitName));
        myUnit.setDisable(unitName == null);
        myUnit.selectedProperty().addListener((obs, old, now) -> load());
        today.setId("statsToday");
        today.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.todayProperty().set(now);
                if (!choosing) {
                    load();
                }
            }
        });

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox toolbar = new HBox(new Label(Messages.get("stats.ui.plans")), plans, myUnit,
                new Label(Messages.get("stats.ui.today")), today, spring, png, pdf, print);
        toolbar.getStyleClass().add("stats-toolbar");

        title.getStyleClass().add("stats-title");
        title.setId("statsTitle");
        late.setId("statsLate");
        late.getColumns().add(column(Messages.get("stats.ui.unit"), 200, LateReporter::unit));
        late.getColumns().add(column(Messages.get("stats.ui.col.period"), 120, LateReporter::period));
        late.getColumns().add(column(Messages.get("stats.ui.col.due"), 120, l -> Dates.format(l.due())));
        late.getColumns().add(column(Messages.get("stats.ui.col.state"), 100, l -> l.state().chinese()));
        late.getColumns().add(column(Messages.get("stats.ui.col.received"), 120,
                l -> l.received() == null ? "—" : Dates.format(l.received())));
        late.getColumns().add(column(Messages.get("stats.ui.col.plan"), 220, LateReporter::planTitle));
        late.setPlaceholder(new Label(Messages.get("stats.ui.noLate")));
        late.setPrefHeight(200);

        HBox unitHead = new HBox(8, section("stats.ui.section.units"), units.roles);
        unitHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        units.setPrefHeight(360);
        content.getChildren().setAll(title, tiles, charts, unitHead, units,
                section("stats.ui.section.late"), late);
        content.getStyleClass().add("stats-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("statsScroll");

        // The toolbar first: the first control to take the focus is the chooser of plans, not the role
        // chooser of the unit table halfway down (which made the laid-out window scroll down to it).
        BorderPane root = new BorderPane();
        root.setTop(toolbar);
        root.setCenter(scroll);
        root.getStyleClass().add("stats-window");
        BorderPane.setMargin(scroll, Insets.EMPTY);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // No larger than DialogWindows keeps a window on its screen, with room for a window manager's title
        // bar: a window shrunk just after it is shown made GTK print "gtk_window_resize: assertion 'width >
        // 0' failed" (twice an open without a window manager, once under openbox).
        double room = org.luoshi.ui.DialogWindows.fitted(1280, Double.MAX_VALUE, screen).getHeight();
        javafx.geometry.Rectangle2D size = org.luoshi.ui.DialogWindows.fitted(1280, Math.min(860, room - FRAME), screen);
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        WindowLook.of(stage.getOwner(), STYLESHEET).apply(root);
        stage.setScene(scene);
        stage.setTitle(Messages.get("stats.ui.title"));
        model.overviewProperty().addListener((obs, old, o) -> show(o));
        boolean nothing = allPlans.isEmpty();
        png.setDisable(nothing);
        pdf.setDisable(nothing);
        print.setDisable(nothing);
    }

    /** Counts what the controls say. */
    void load() {
        load(() -> { });
    }

    /**
     * As {@link #load()}; {@code counted} runs once the count is on show.
     *
     * @return false if there is nothing to count (no plan chosen): then {@code counted} never runs
     */
    boolean load(Runnable counted) {
        List<Long> ids = new ArrayList<>();
        List<PlanSummary> checked = plans.getCheckModel().getCheckedItems();
        if (checked.size() < plans.getItems().size()) {
            checked.forEach(p -> ids.add(p.id()));
            if (ids.isEmpty()) {
                return false;
            }
        }
        model.load(ids, myUnit.isSelected() ? unitName : null, counted);
        return true;
    }

    /**
     * Points a window not shown yet at other plans, another plan on show or another day, as a new
     * window for them would be, without counting; {@link #load} counts.
     */
    void target(List<PlanSummary> allPlans, long shown, LocalDate day) {
        choosing = true;
        try {
            if (!plans.getItems().equals(allPlans)) {
                plans.getCheckModel().clearChecks();
                plans.getItems().setAll(allPlans);
            }
            for (PlanSummary p : allPlans) {
                boolean wanted = shown == 0 || p.id() == shown;
                if (wanted != plans.getCheckModel().isChecked(p)) {
                    if (wanted) {
                        plans.getCheckModel().check(p);
                    } else {
                        plans.getCheckModel().clearCheck(p);
                    }
                }
            }
            if (!day.equals(today.getValue())) {
                today.setValue(day);
            }
            boolean nothing = allPlans.isEmpty();
            png.setDisable(nothing);
            pdf.setDisable(nothing);
            print.setDisable(nothing);
        } finally {
            choosing = false;
        }
    }

    private void show(Overview o) {
        if (o == null) {
            return;
        }
        title.setText(Messages.get("stats.ui.heading", o.title(), Dates.format(o.today()), o.counts().total(),
                o.allowance()));
        tiles.show(o);
        units.show(o);
        late.getItems().setAll(o.late());
        // The numbers first; the charts once the frame with them is drawn.
        charts.show(o);
    }

    void openTasks(TasksBehind behind) {
        new TasksBehindDialog(stage, behind, jump).show();
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("stats-section");
        return l;
    }

    private static TableColumn<LateReporter, String> column(String name, double width,
            java.util.function.Function<LateReporter, String> value) {
        TableColumn<LateReporter, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Button tool(String id, String icon, String key) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key)));
        return b;
    }

    /** How a plan is named in the chooser. */
    static final class Plan {
        private Plan() {
        }

        static String label(PlanSummary p) {
            String number = p.docNumber() == null || p.docNumber().isBlank() ? "" : "（" + p.docNumber() + "）";
            return p.title() + number;
        }
    }

    LocalDate day() {
        return model.todayProperty().get();
    }
}
