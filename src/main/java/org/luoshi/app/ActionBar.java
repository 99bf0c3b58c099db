package org.luoshi.app;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;

/**
 * Menu bar and toolbar built from {@link AppAction}; rebuilt whenever a handler is registered. An
 * action's text can follow a value (Undo names the edit it undoes) and it can be disabled by one.
 */
final class ActionBar extends VBox {
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final Map<AppAction, ObservableValue<String>> texts = new EnumMap<>(AppAction.class);
    private final Map<AppAction, ObservableValue<Boolean>> disabled = new EnumMap<>(AppAction.class);
    private final Map<AppAction, Menu> submenus = new EnumMap<>(AppAction.class);
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private boolean rebuildPending;
    /** True while the workspace is open read-only: every action that {@linkplain AppAction#edits() edits} is greyed out. */
    private final javafx.beans.property.BooleanProperty readOnly = new javafx.beans.property.SimpleBooleanProperty(this, "readOnly");

    ActionBar() {
        menuBar.setUseSystemMenuBar(true);
        getChildren().addAll(menuBar, toolBar);
        rebuild();
    }

    void register(AppAction action, Runnable handler) {
        handlers.put(action, handler);
        rebuildSoon();
    }

    /** The action's menu text (and toolbar tooltip) follows {@code text}. */
    void text(AppAction action, ObservableValue<String> text) {
        texts.put(action, text);
        rebuildSoon();
    }

    /** The action is disabled while {@code value} is true. */
    void disabled(AppAction action, ObservableValue<Boolean> value) {
        disabled.put(action, value);
        rebuildSoon();
    }

    /**
     * Rebuilds once after a burst of registrations (start-up registers a few dozen), and at once
     * when not on the FX thread's event loop yet.
     */
    private void rebuildSoon() {
        if (rebuildPending) {
            return;
        }
        rebuildPending = true;
        javafx.application.Platform.runLater(() -> {
            rebuildPending = false;
            rebuild();
        });
    }

    /** Puts {@code submenu} (File → 最近的工作区) right after the menu item of {@code after}; its owner fills it. */
    void submenuAfter(AppAction after, Menu submenu) {
        submenus.put(after, submenu);
        rebuildSoon();
    }

    /** Whether {@code action} is there and disabled now (a key for it then does nothing by itself). */
    boolean isDisabled(AppAction action) {
        return handlers.containsKey(action) && Boolean.TRUE.equals(offFor(action).getValue());
    }

    javafx.beans.property.BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** When the action is greyed out: by its own condition, and, for an edit, while the workspace is read-only. */
    private ObservableValue<Boolean> offFor(AppAction a) {
        ObservableValue<Boolean> own = disabled.get(a);
        if (!a.edits()) {
            return own != null ? own : new javafx.beans.property.SimpleBooleanProperty(false);
        }
        return own == null ? readOnly : javafx.beans.binding.Bindings.createBooleanBinding(
                () -> readOnly.get() || Boolean.TRUE.equals(own.getValue()), readOnly, own);
    }

    void fire(AppAction action) {
        Runnable r = handlers.get(action);
        if (r != null && !Boolean.TRUE.equals(offFor(action).getValue())) {
            r.run();
        }
    }

    private void rebuild() {
        menuBar.getMenus().clear();
        toolBar.getItems().clear();
        for (AppMenu m : AppMenu.values()) {
            Menu menu = new Menu(Messages.get(m.textKey()));
            boolean groupOnToolbar = false;
            for (AppAction a : AppAction.values()) {
                if (a.menu() == m && handlers.containsKey(a)) {
                    menu.getItems().add(menuItem(a));
                    if (submenus.containsKey(a)) {
                        menu.getItems().add(submenus.get(a));
                    }
                    if (a.onToolbar()) {
                        if (!groupOnToolbar && !toolBar.getItems().isEmpty()) {
                            toolBar.getItems().add(new Separator());
                        }
                        groupOnToolbar = true;
                        toolBar.getItems().add(button(a));
                    }
                }
            }
            if (!menu.getItems().isEmpty()) {
                // Icons join the items when the menu is first opened: a few dozen icon nodes less
                // to make before the first screen.
                menu.setOnShowing(e -> menu.getItems().forEach(item -> {
                    if (item.getGraphic() == null && item.getUserData() instanceof AppAction action) {
                        item.setGraphic(new FontIcon(action.icon()));
                    }
                }));
                menuBar.getMenus().add(menu);
            }
        }
        toolBar.setVisible(!toolBar.getItems().isEmpty());
        toolBar.setManaged(toolBar.isVisible());
    }

    private MenuItem menuItem(AppAction a) {
        MenuItem item = new MenuItem(Messages.get(a.textKey()));
        item.setUserData(a);
        item.setId("menu-" + a.name());
        if (a.accelerator() != null) {
            item.setAccelerator(KeyCombination.valueOf(a.accelerator()));
        }
        if (texts.containsKey(a)) {
            item.textProperty().bind(texts.get(a));
        }
        if (disabled.containsKey(a) || a.edits()) {
            item.disableProperty().bind(offFor(a));
        }
        item.setOnAction(e -> fire(a));
        return item;
    }

    private Button button(AppAction a) {
        Button b = new Button(null, new FontIcon(a.icon()));
        b.setId("tool-" + a.name());
        // The button's name for screen readers now; its tooltip (a popup window of its own, a dozen
        // of them) when the pointer first comes over it, not before the first screen (issue 20).
        b.setAccessibleText(Messages.get(a.textKey()));
        if (texts.containsKey(a)) {
            b.accessibleTextProperty().bind(texts.get(a));
        }
        b.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.scene.input.MouseEvent e) {
                b.removeEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(b.accessibleTextProperty());
                b.setTooltip(tip);
            }
        });
        if (disabled.containsKey(a) || a.edits()) {
            b.disableProperty().bind(offFor(a));
        }
        b.setFocusTraversable(false);
        b.setOnAction(e -> fire(a));
        return b;
    }
}
