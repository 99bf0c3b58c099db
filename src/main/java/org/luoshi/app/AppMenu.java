package org.luoshi.app;

/** The menus of the main window, in menu-bar order. */
public enum AppMenu {
    FILE("menu.file"),
    EDIT("menu.edit"),
    VIEW("menu.view"),
    TOOLS("menu.tools"),
    HELP("menu.help");

    private final String textKey;

    AppMenu(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }
}
