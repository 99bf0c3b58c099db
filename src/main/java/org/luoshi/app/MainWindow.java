package org.luoshi.app;

import org.luoshi.ui.FxBackgroundTasks;
import org.luoshi.ui.WhenKeysRest;
import org.luoshi.ui.ViewHost;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.luoshi.app.detail.TaskDetailPane;
import org.luoshi.i18n.Messages;
import org.luoshi.app.detail.UnitNames;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Task;

/**
 * The main window's content: actions on top; the navigator on the left; the view's header,
 * filters and task table in the centre; the selected task's details on the right; the status
 * bar at the bottom.
 */
public final class MainWindow extends BorderPane implements ViewHost {
    private final MainViewModel model;
    private final TaskViewModel views;
    private final ActionBar actions = new ActionBar();
    private final Navigator navigator;
    private final ViewHeader header;
    private final FilterBar filters;
    private final PlanTreeTable tree = new PlanTreeTable();
    private final VBox hints = new VBox();
    private final TaskDetailPane detail;
    private final SplitPane split = new SplitPane();
    private final VBox centre;
    private final StatusBar statusBar;
    private javafx.scene.control.TabPane tabs;
    private boolean showingRows;
    /** The view and filter of the rows on show, to tell the rows of an edit from another view's. */
    private Object rowsShownFor;
    /** Where the divider before the detail pane was when the pane was hidden, to put it back there. */
    private double detailDivider = 0.77;
    private final BooleanProperty detailPaneShown = new SimpleBooleanProperty(this, "detailPaneShown", true);
    /** Whether a key pressed in the task table is being handled (its selection changes wait a frame). */
    private boolean keyNavigation;
    private final WhenKeysRest detailAfterKeys;

    public MainWindow(MainViewModel model, FxBackgroundTasks tasks) {
        this.model = model;
        this.views = new TaskViewModel(model);
        getStyleClass().add("main-window");
        navigator = new Navigator(views);
        header = new ViewHeader(views);
        filters = new FilterBar(views);
        TaskDetailPane[] pane = new TaskDetailPane[1];
        detail = new TaskDetailPane(edit -> model.perform(edit, done -> { }, pane[0]::hold, pane[0]::conflict), new UnitNames() {
            @Override
            public java.util.List<String> all() {
                return model.cache().unitNames();
            }

            @Override
            public String canonical(String typed) {
                return model.cache().canonicalUnit(typed);
            }
        }, () -> model.lights().today());
        pane[0] = detail;
        // Quietly: the pane fills its history in by itself; a task shown again after another client's
        // change must not flash the status bar's busy indicator.
        detail.setRecords((id, shown) -> model.session().runQuietly(
                s -> new org.luoshi.app.detail.TaskRecords.Of(id,
                        org.luoshi.history.workspace.HistoryReads.ofTask(id).run(s),
                        s.workspace().tasks().load(id).isPresent()
                                ? org.luoshi.chase.workspace.ChaseLog.of(id).run(s) : java.util.List.of()),
                shown, failure -> { }));

        detailAfterKeys = new WhenKeysRest(this, () -> detail.show(views.selectedProperty().get()));
        // Turning to the pane while it waits for the keys to rest: it shows the selected task first, so that
        // what is typed there goes to that task.
        detail.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> detailAfterKeys.flush());
        detail.focusWithinProperty().addListener((obs, was, now) -> {
            if (now) {
                detailAfterKeys.flush();
            }
        });
        tree.setFacts(views::onShow);
        views.viewProperty().addListener((obs, old, v) ->
                tree.setPlanColumnVisible(v != null && !(v instanceof ViewKey.PlanView)));
        views.rowsProperty().addListener((obs, old, rows) -> showRows());
        views.placeholderProperty().addListener((obs, old, text) -> showPlaceholder());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!showingRows) {
                OutlineRow row = item == null ? null : item.getValue();
                views.select(row == null || row.task() == null ? 0 : row.task().id());
            }
        });
        // Keys that move through the table (arrows, Page_Down) show the new row in the next frame and
        // fill the detail pane after it, once the keys rest: building the pane's sections for every row a
        // held key passes doubled the time from key to redraw (issue 20). A click still shows both at once.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            keyNavigation = true;
            javafx.application.Platform.runLater(() -> keyNavigation = false);
        });
        views.selectedProperty().addListener((obs, old, facts) -> {
            if (keyNavigation) {
                detailAfterKeys.request();
            } else {
                detailAfterKeys.cancel();
                detail.show(facts);
            }
            if (facts != null && !showingRows) {
                tree.selectTask(facts.task().id());
            }
        });

        centre = new VBox(header, filters, tree);
        centre.getStyleClass().add("centre");
        VBox.setVgrow(tree, Priority.ALWAYS);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(navigator, centre, detail);
        split.setDividerPositions(0.18, 0.77);
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(detail, false);

        setTop(new VBox(actions, new DamagedBanner(model.health().damagedProperty()),
                new ReadOnlyBanner(model.readOnlyProperty(), model.place().onServer() ? model.place().server().user() : ""),
                new OfflineBanner(model.offlineProperty(), model.place().display()), hints));
        // Read-only, or offline: no edit is offered (what is typed in the detail pane stays there).
        javafx.beans.binding.BooleanExpression noEdits = model.readOnlyProperty().or(model.offlineProperty());
        actions.readOnlyProperty().bind(noEdits);
        detail.readOnlyProperty().bind(noEdits);
        detail.offlineProperty().bind(model.offlineProperty());
        refuseEditKeysWhileReadOnly();
        setCenter(split);
        statusBar = new StatusBar(model, views, tasks);
        setBottom(statusBar);
        detailPaneShown.addListener((obs, was, shown) -> placeDetailPane(shown));
        showDetailsOnRequest();
        showRows();
        // After a key the frames repaint what changed, not the whole window (issue 20).
        new org.luoshi.ui.EmptyFrameGuard(this);
    }

    /**
     * While the workspace is read-only the editing actions are greyed out, so their keys would do
     * nothing at all: they say why instead.
     */
    private void refuseEditKeysWhileReadOnly() {
        java.util.List<javafx.scene.input.KeyCombination> keys = new java.util.ArrayList<>();
        for (AppAction a : AppAction.EDITS) {
            if (a.accelerator() != null) {
                keys.add(javafx.scene.input.KeyCombination.valueOf(a.accelerator()));
            }
        }
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((model.readOnlyProperty().get() || model.offlineProperty().get()) && keys.stream().anyMatch(k -> k.match(e))) {
                e.consume();
                model.refusedReadOnly();
            }
        });
    }

    /**
     * Whether the task detail pane is on show. Hidden, the task list has its room (a small
     * screen); a double-click or Enter on a task brings it back.
     */
    public BooleanProperty detailPaneShownProperty() {
        return detailPaneShown;
    }

    private void placeDetailPane(boolean shown) {
        if (shown == split.getItems().contains(detail)) {
            return;
        }
        if (shown) {
            split.getItems().add(detail);
            split.setDividerPosition(1, detailDivider);
        } else {
            detailDivider = split.getDividerPositions()[1];
            split.getItems().remove(detail);
        }
    }

    /** Puts the divider before the detail pane at {@code position} (a share of the width; kept from the last run). */
    public void setDetailDivider(double position) {
        detailDivider = position;
        if (split.getItems().contains(detail)) {
            split.setDividerPosition(1, position);
        }
    }

    /** Where the divider before the detail pane is (or was, while the pane is hidden). */
    public double detailDivider() {
        return split.getItems().contains(detail) ? split.getDividerPositions()[1] : detailDivider;
    }

    /** A double-click or Enter on a task asks for its details: the pane comes back if hidden. */
    private void showDetailsOnRequest() {
        tree.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && selectedTask() != null) {
                detailPaneShown.set(true);
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selectedTask() != null) {
                detailPaneShown.set(true);
            }
        });
    }

    private void showRows() {
        showingRows = true;
        try {
            // The same view under the same filter: the rows of an edit, shown where the user had
            // the table scrolled. Another view or filter starts at the top.
            Object shownNow = java.util.Arrays.asList(views.viewProperty().get(), views.filterProperty().get());
            if (shownNow.equals(rowsShownFor)) {
                tree.showRowsInPlace(views.rowsProperty().get());
            } else {
                tree.showRows(views.rowsProperty().get());
            }
            rowsShownFor = shownNow;
            showPlaceholder();
            if (views.selectedProperty().get() != null) {
                tree.selectTask(views.selectedProperty().get().task().id());
            }
        } finally {
            showingRows = false;
        }
        // The selection may be gone (filtered out, deleted): the detail pane follows the model.
        detailAfterKeys.cancel();
        detail.show(views.selectedProperty().get());
    }

    private void showPlaceholder() {
        String text = views.placeholderProperty().get();
        tree.setPlaceholderText(text == null || text.isEmpty() ? "" : text);
    }

    /**
     * Adds a view beside the task table as a tab (the table becomes the first tab), under the same
     * header and filters. Features bring their views here; the window stays the owner of the layout.
     */
    @Override
    public void addView(String id, String title, javafx.scene.Node view) {
        if (tabs == null) {
            tabs = new javafx.scene.control.TabPane(tab("tasks", org.luoshi.i18n.Messages.get("view.tasks"), tree));
            tabs.setId("views");
            centre.getChildren().set(centre.getChildren().indexOf(tree), tabs);
            VBox.setVgrow(tabs, Priority.ALWAYS);
        }
        // The view joins the scene when its tab is first opened: until then its nodes would only
        // add to the CSS and layout of the first frame.
        Tab tab = tab(id, title, new StackPane());
        tab.getProperties().put(VIEW_KEY, view);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() != view) {
                tab.setContent(view);
            }
        });
        tabs.getTabs().add(tab);
    }

    /** Key of a tab's view in its properties, until the view joins the scene. */
    private static final String VIEW_KEY = "luoshi.view";

    /** The view joins the scene in its (hidden) tab: the next pulse styles it and makes its skins. */
    @Override
    public void prepareView(String id) {
        if (tabs != null) {
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> {
                if (t.getProperties().get(VIEW_KEY) instanceof javafx.scene.Node view && t.getContent() != view) {
                    t.setContent(view);
                }
            });
        }
    }

    /**
     * Runs {@code action} once, the first time the view {@code id} comes to the front: a view that
     * is never looked at costs nothing at start-up or while the user searches.
     */
    @Override
    public void whenFirstShown(String id, Runnable action) {
        if (tabs == null) {
            return;
        }
        javafx.beans.value.ChangeListener<javafx.scene.control.Tab> listener = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Tab> obs,
                    javafx.scene.control.Tab old, javafx.scene.control.Tab tab) {
                if (tab != null && id.equals(tab.getId())) {
                    tabs.getSelectionModel().selectedItemProperty().removeListener(this);
                    action.run();
                }
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener(listener);
    }

    /** Brings the view {@code id} (from {@link #addView}) to the front. */
    @Override
    public void showView(String id) {
        if (tabs != null) {
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private static javafx.scene.control.Tab tab(String id, String title, javafx.scene.Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Makes {@code action} available in the menu (and toolbar) and run {@code handler}. */
    public void onAction(AppAction action, Runnable handler) {
        actions.register(action, handler);
    }

    /** Adds a feature's control for its work under way (Cancel import) beside the status bar's progress bar. */
    public void addProgressItem(javafx.scene.Node item) {
        statusBar.addProgressItem(item);
    }

    /** Adds a feature's indicator (the reminders badge) to the status bar. */
    /** A band under the tool bar (the first-run hint); it takes no room while hidden. */
    public void addBanner(javafx.scene.Node banner) {
        banner.managedProperty().bind(banner.visibleProperty());
        hints.getChildren().add(banner);
    }

    public void addStatusItem(javafx.scene.Node item) {
        statusBar.addItem(item);
    }

    /** Puts a submenu (File → 最近的工作区) right after the menu item of {@code after}. */
    public void submenuAfter(AppAction after, javafx.scene.control.Menu submenu) {
        actions.submenuAfter(after, submenu);
    }

    /** Whether {@code action} is in the menus and greyed out now. */
    public boolean isActionDisabled(AppAction action) {
        return actions.isDisabled(action);
    }

    /** The action's menu text follows {@code text} (Undo names the edit). */
    public void actionText(AppAction action, ObservableValue<String> text) {
        actions.text(action, text);
    }

    /** The action is greyed out while {@code value} is true. */
    public void actionDisabled(AppAction action, ObservableValue<Boolean> value) {
        actions.disabled(action, value);
    }

    /** Runs the handler of {@code action} as if the user had chosen it. */
    public void fire(AppAction action) {
        actions.fire(action);
    }

    public PlanTreeTable tree() {
        return tree;
    }

    public TaskViewModel views() {
        return views;
    }

    public Navigator navigator() {
        return navigator;
    }

    public FilterBar filters() {
        return filters;
    }

    public TaskDetailPane detail() {
        return detail;
    }

    public ViewHeader header() {
        return header;
    }

    /** The task selected in the table, or null. */
    public Task selectedTask() {
        return views.selectedProperty().get() == null ? null : views.selectedProperty().get().task();
    }

    public MainViewModel model() {
        return model;
    }
}
