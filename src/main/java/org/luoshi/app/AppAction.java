package org.luoshi.app;

/**
 * Every user action of the main window in one place: its text, icon, shortcut and menu. Menus and
 * the toolbar are built from this list; a feature makes an action work by registering a handler
 * with {@link MainWindow#onAction}. An action without a handler is not shown.
 */
public enum AppAction {
    IMPORT_FILE(AppMenu.FILE, "import.action.file", "mdi2f-file-import-outline", "Shortcut+O", true),
    IMPORT_CLIPBOARD(AppMenu.FILE, "import.action.clipboard", "mdi2c-clipboard-arrow-down-outline", "Shortcut+Shift+V", true),
    UNIT_DIRECTORY(AppMenu.TOOLS, "menu.units", "mdi2o-office-building-outline", null, false),
    EXPORT_ICS(AppMenu.FILE, "action.exportIcs", "mdi2c-calendar-export", null, false),
    EXPORT_SHEETS(AppMenu.FILE, "action.sheets.export", "mdi2f-file-table-box-multiple-outline", "Shortcut+E", true),
    PRINT_SHEET(AppMenu.FILE, "action.sheets.print", "mdi2p-printer", "Shortcut+P", true),
    EXIT(AppMenu.FILE, "action.exit", "mdi2e-exit-to-app", "Shortcut+Q", false),
    REMINDER_CENTRE(AppMenu.TOOLS, "action.reminders", "mdi2b-bell-outline", "Shortcut+R", true),
    REMINDER_RULES(AppMenu.TOOLS, "action.reminderRules", "mdi2b-bell-cog-outline", null, false),
    WORKING_CALENDAR(AppMenu.TOOLS, "action.workingCalendar", "mdi2c-calendar-month-outline", null, false),
    ABOUT(AppMenu.HELP, "action.about", "mdi2i-information-outline", null, false);

    private final AppMenu menu;
    private final String textKey;
    private final String icon;
    private final String accelerator;
    private final boolean toolbar;

    AppAction(AppMenu menu, String textKey, String icon, String accelerator, boolean toolbar) {
        this.menu = menu;
        this.textKey = textKey;
        this.icon = icon;
        this.accelerator = accelerator;
        this.toolbar = toolbar;
    }

    public AppMenu menu() {
        return menu;
    }

    /** Key of the action's text in the resource bundle. */
    public String textKey() {
        return textKey;
    }

    /** Ikonli icon literal (Material Design 2). */
    public String icon() {
        return icon;
    }

    /** Key combination as {@code KeyCombination.valueOf} reads it ("Shortcut+Q"), or null. */
    public String accelerator() {
        return accelerator;
    }

    /** Also shown as a toolbar button. */
    public boolean onToolbar() {
        return toolbar;
    }
}
