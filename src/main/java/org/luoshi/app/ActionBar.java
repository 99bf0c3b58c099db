package org.luoshi.app;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;

/** Menu bar and toolbar built from {@link AppAction}; rebuilt whenever a handler is registered. */
final class ActionBar extends VBox {
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();

    ActionBar() {
        menuBar.setUseSystemMenuBar(true);
        getChildren().addAll(menuBar, toolBar);
        rebuild();
    }

    void register(AppAction action, Runnable handler) {
        handlers.put(action, handler);
        rebuild();
    }

    void fire(AppAction action) {
        Runnable r = handlers.get(action);
        if (r != null) {
            r.run();
        }
    }

    private void rebuild() {
        menuBar.getMenus().clear();
        toolBar.getItems().clear();
        for (AppMenu m : AppMenu.values()) {
            Menu menu = new Menu(Messages.get(m.textKey()));
            for (AppAction a : AppAction.values()) {
                if (a.menu() == m && handlers.containsKey(a)) {
                    menu.getItems().add(menuItem(a));
                    if (a.onToolbar()) {
                        toolBar.getItems().add(button(a));
                    }
                }
            }
            if (!menu.getItems().isEmpty()) {
                menuBar.getMenus().add(menu);
            }
        }
        toolBar.setVisible(!toolBar.getItems().isEmpty());
        toolBar.setManaged(toolBar.isVisible());
    }

    private MenuItem menuItem(AppAction a) {
        MenuItem item = new MenuItem(Messages.get(a.textKey()), new FontIcon(a.icon()));
        item.setId("menu-" + a.name());
        if (a.accelerator() != null) {
            item.setAccelerator(KeyCombination.valueOf(a.accelerator()));
        }
        item.setOnAction(e -> fire(a));
        return item;
    }

    private Button button(AppAction a) {
        Button b = new Button(null, new FontIcon(a.icon()));
        b.setId("tool-" + a.name());
        b.setTooltip(new Tooltip(Messages.get(a.textKey())));
        b.setOnAction(e -> fire(a));
        return b;
    }
}
