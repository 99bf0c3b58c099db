package org.luoshi.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;

/** The main window's content: plan header, the plan's task tree, and a status bar. */
public final class MainWindow extends BorderPane {
    private final MainViewModel model;
    private final PlanTreeTable tree = new PlanTreeTable();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ComboBox<PlanSummary> chooser = new ComboBox<>();
    private final ActionBar actions = new ActionBar();
    private final HBox statusItems = new HBox(6);

    public MainWindow(MainViewModel model, FxBackgroundTasks tasks) {
        this.model = model;
        getStyleClass().add("main-window");
        setTop(new VBox(actions, header()));
        setCenter(tree);
        setBottom(statusBar(tasks));
        model.planProperty().addListener((obs, old, plan) -> show(plan));
        show(model.planProperty().get());
    }

    private VBox header() {
        title.getStyleClass().add("plan-title");
        title.setId("planTitle");
        title.setWrapText(true);
        subtitle.getStyleClass().add("plan-subtitle");
        subtitle.setId("planSubtitle");

        chooser.setId("planChooser");
        chooser.setItems(model.plansProperty());
        chooser.setPromptText(Messages.get("app.plan.chooser"));
        chooser.setCellFactory(list -> new PlanCell());
        chooser.setButtonCell(new PlanCell());
        chooser.visibleProperty().bind(Bindings.size(model.plansProperty()).greaterThan(1));
        chooser.managedProperty().bind(chooser.visibleProperty());
        chooser.valueProperty().addListener((obs, old, chosen) -> model.select(chosen));

        FontIcon icon = new FontIcon("mdi2c-clipboard-check-outline");
        icon.getStyleClass().add("plan-icon");
        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox row = new HBox(12, icon, titles, chooser);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(row);
        header.getStyleClass().add("plan-header");
        return header;
    }

    private HBox statusBar(FxBackgroundTasks tasks) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.when(tasks.messageProperty().isEmpty())
                .then(model.statusProperty()).otherwise(tasks.messageProperty()));
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label file = new Label(model.workspaceFile().toString());
        file.getStyleClass().add("workspace-path");
        statusItems.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(10, status, progress, spacer, statusItems, file);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(Plan plan) {
        tree.show(plan);
        if (plan == null) {
            title.setText(Messages.get("app.noPlans"));
            subtitle.setText("");
            return;
        }
        title.setText(plan.displayTitle());
        StringBuilder sub = new StringBuilder();
        if (plan.docNumber() != null) {
            sub.append(plan.docNumber());
        }
        if (plan.issuer() != null || plan.issuedOn() != null) {
            if (sub.length() > 0) {
                sub.append("　·　");
            }
            sub.append(Messages.get("app.plan.issued", plan.issuer() == null ? "" : plan.issuer(),
                    Dates.format(plan.issuedOn())).strip());
        }
        subtitle.setText(sub.toString());
        model.plansProperty().stream().filter(p -> p.id() == plan.id()).findFirst()
                .ifPresent(p -> {
                    if (chooser.getValue() == null || chooser.getValue().id() != p.id()) {
                        chooser.setValue(p);
                    }
                });
    }

    /** Makes {@code action} available in the menu (and toolbar) and run {@code handler}. */
    public void onAction(AppAction action, Runnable handler) {
        actions.register(action, handler);
    }

    /** Adds a feature's indicator (the reminders badge) to the status bar, left of the workspace path. */
    public void addStatusItem(Node item) {
        statusItems.getChildren().add(item);
    }

    /** Runs the handler of {@code action} as if the user had chosen it. */
    public void fire(AppAction action) {
        actions.fire(action);
    }

    public PlanTreeTable tree() {
        return tree;
    }

    private static final class PlanCell extends ListCell<PlanSummary> {
        @Override
        protected void updateItem(PlanSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : (item.docNumber() == null ? "" : item.docNumber() + "　") + item.title());
        }
    }
}
