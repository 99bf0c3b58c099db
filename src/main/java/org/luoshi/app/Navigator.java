package org.luoshi.app;

import org.luoshi.plan.UnitOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.find.SmartList;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.PlanSummary;

/**
 * The left-hand navigator: my unit, the workspace's plans, the smart lists and the unit directory
 * (each unit with its open tasks). Choosing an entry shows it in the centre.
 */
public final class Navigator extends TreeView<Navigator.Entry> {

    /** One line of the navigator; {@code view} is null for a heading. */
    public record Entry(String text, String icon, ViewKey view, int count, String styleClass) {
    }

    private final TaskViewModel views;
    private final TreeItem<Entry> myUnit = new TreeItem<>();
    private final TreeItem<Entry> plans = heading("nav.plans", "mdi2f-file-document-multiple-outline");
    private final TreeItem<Entry> smart = heading("nav.smart", "mdi2f-filter-variant");
    private final TreeItem<Entry> units = heading("nav.units", "mdi2o-office-building-outline");
    private boolean updating;
    private boolean rebuildPending;

    public Navigator(TaskViewModel views) {
        this.views = views;
        setId("navigator");
        getStyleClass().add("navigator");
        setShowRoot(false);
        TreeItem<Entry> root = new TreeItem<>();
        root.getChildren().setAll(List.of(myUnit, plans, smart, units));
        plans.setExpanded(true);
        smart.setExpanded(true);
        units.setExpanded(true);
        setRoot(root);
        setCellFactory(tree -> new EntryCell());
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!updating && item != null && item.getValue() != null && item.getValue().view() != null) {
                views.viewProperty().set(item.getValue().view());
            }
        });
        MainViewModel main = views.main();
        main.plansProperty().addListener((javafx.collections.ListChangeListener<PlanSummary>) c -> rebuildSoon());
        main.dataRevisionProperty().addListener((obs, old, r) -> rebuildSoon());
        main.settingsProperty().addListener((obs, old, s) -> rebuildSoon());
        views.smartCountsProperty().addListener((obs, old, c) -> rebuildSoon());
        views.viewProperty().addListener((obs, old, v) -> selectView(v));
        rebuild();
    }

    private static TreeItem<Entry> heading(String key, String icon) {
        return new TreeItem<>(new Entry(Messages.get(key), icon, null, -1, "nav-heading"));
    }

    /** Rebuilds once after a burst of changes. */
    private void rebuildSoon() {
        if (rebuildPending) {
            return;
        }
        rebuildPending = true;
        javafx.application.Platform.runLater(this::rebuild);
    }

    /** Fills the entries again from the data in memory, keeping the selection. */
    public void rebuild() {
        rebuildPending = false;
        updating = true;
        try {
            MainViewModel main = views.main();
            String mine = main.settingsProperty().get().myUnit();
            Map<String, Integer> open = main.cache().openTaskCounts();
            myUnit.setValue(new Entry(mine == null ? Messages.get("nav.myUnit")
                    : Messages.get("nav.myUnit.named", mine), "mdi2a-account-star-outline", new ViewKey.MyUnitView(),
                    mine == null ? -1 : open.getOrDefault(mine, 0), "nav-my-unit"));

            List<TreeItem<Entry>> planItems = new ArrayList<>();
            for (PlanSummary p : main.plansProperty()) {
                String label = p.docNumber() == null ? p.title() : p.docNumber() + "　" + p.title();
                planItems.add(new TreeItem<>(new Entry(label, "mdi2c-clipboard-text-outline",
                        new ViewKey.PlanView(p.id()), p.taskCount(), "nav-plan")));
            }
            plans.getChildren().setAll(planItems);

            Map<SmartList, Integer> counts = views.smartCountsProperty().get();
            int soon = main.lights().thresholds().dueSoonDays();
            List<TreeItem<Entry>> smartItems = new ArrayList<>();
            for (SmartList s : SmartList.values()) {
                smartItems.add(new TreeItem<>(new Entry(TaskViewModel.smartListName(s, soon), smartIcon(s),
                        new ViewKey.SmartView(s), counts.getOrDefault(s, -1), "nav-smart-" + s.name().toLowerCase())));
            }
            smart.getChildren().setAll(smartItems);

            List<String> names = new ArrayList<>(open.keySet());
            names.sort(UnitOrder.COLLATOR);
            List<TreeItem<Entry>> unitItems = new ArrayList<>(names.size());
            for (String name : names) {
                unitItems.add(new TreeItem<>(new Entry(name, null, new ViewKey.UnitView(name), open.get(name),
                        "nav-unit")));
            }
            units.getChildren().setAll(unitItems);
            selectView(views.viewProperty().get());
        } finally {
            updating = false;
        }
    }

    private static String smartIcon(SmartList s) {
        return switch (s) {
            case OVERDUE -> "mdi2a-alert-circle-outline";
            case DUE_SOON -> "mdi2c-clock-alert-outline";
            case THIS_WEEK -> "mdi2c-calendar-week";
            case MILESTONES -> "mdi2f-flag-outline";
            case DONE -> "mdi2c-check-circle-outline";
        };
    }

    private void selectView(ViewKey v) {
        boolean was = updating;
        updating = true;
        try {
            TreeItem<Entry> hit = find(getRoot(), v);
            if (hit == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != hit) {
                getSelectionModel().select(hit);
            }
        } finally {
            updating = was;
        }
    }

    private static TreeItem<Entry> find(TreeItem<Entry> item, ViewKey v) {
        if (v == null || item == null) {
            return null;
        }
        if (item.getValue() != null && Objects.equals(item.getValue().view(), v)) {
            return item;
        }
        for (TreeItem<Entry> child : item.getChildren()) {
            TreeItem<Entry> hit = find(child, v);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The entry for a view, or null (tests click on it). */
    public TreeItem<Entry> itemFor(ViewKey v) {
        return find(getRoot(), v);
    }

    private final class EntryCell extends TreeCell<Entry> {
        private final Label text = new Label();
        private final Label count = new Label();
        private final HBox box;

        EntryCell() {
            count.getStyleClass().add("nav-count");
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(6, text, count);
            box.setAlignment(Pos.CENTER_LEFT);
            // A long name shows whole in a tooltip, made when the pointer comes (not for every line laid out).
            setOnMouseEntered(e -> {
                Entry entry = getItem();
                String name = entry == null || isEmpty() ? null : entry.text();
                if (name == null || name.length() <= 14) {
                    setTooltip(null);
                } else if (getTooltip() == null) {
                    setTooltip(new javafx.scene.control.Tooltip(name));
                }
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeIf(c -> c.startsWith("nav-"));
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            getStyleClass().add(entry.styleClass());
            if (!box.prefWidthProperty().isBound()) {
                // The count sits at the right edge: the line is as wide as the navigator minus its indent.
                box.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(40, getTreeView().getWidth() - 30
                                - getTreeView().getTreeItemLevel(getTreeItem()) * 16.0),
                        getTreeView().widthProperty(), treeItemProperty()));
            }
            text.setText(entry.text());
            showIcon(entry.icon());
            count.setText(entry.count() < 0 ? "" : String.valueOf(entry.count()));
            count.setVisible(entry.count() >= 0);
            setText(null);
            setGraphic(box);
            if (getTooltip() != null) {
                getTooltip().setText(entry.text());
            }
        }

        /** One icon node per cell, its glyph changed as the cell shows other entries. */
        private void showIcon(String literal) {
            if (literal == null) {
                text.setGraphic(null);
            } else if (text.getGraphic() instanceof FontIcon icon) {
                if (!literal.equals(icon.getIconLiteral())) {
                    icon.setIconLiteral(literal);
                }
            } else {
                text.setGraphic(new FontIcon(literal));
            }
        }
    }
}
