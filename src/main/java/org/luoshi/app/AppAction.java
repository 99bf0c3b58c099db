package org.luoshi.app;

/**
 * Every user action of the main window in one place: its text, icon, shortcut and menu. Menus and
 * the toolbar are built from this list; a feature makes an action work by registering a handler
 * with {@link MainWindow#onAction}. An action without a handler is not shown.
 */
public enum AppAction {
    OPEN_WORKSPACE(AppMenu.FILE, "action.openWorkspace", "mdi2f-folder-open-outline", null, false),
    CONNECT_SERVER(AppMenu.FILE, "action.connectServer", "mdi2s-server-network", null, false),
    NEW_PLAN(AppMenu.FILE, "action.newPlan", "mdi2f-file-plus-outline", "Shortcut+N", true),
    IMPORT_FILE(AppMenu.FILE, "import.action.file", "mdi2f-file-import-outline", "Shortcut+O", true),
    IMPORT_CLIPBOARD(AppMenu.FILE, "import.action.clipboard", "mdi2c-clipboard-arrow-down-outline", "Shortcut+Shift+V", true),
    IMPORT_PLAN_JSON(AppMenu.FILE, "action.importPlanJson", "mdi2f-file-import-outline", "Shortcut+Shift+O", true),
    EXPORT_PLAN_JSON(AppMenu.FILE, "action.exportPlanJson", "mdi2f-file-export-outline", "Shortcut+Shift+E", true),
    EXPORT_SHEETS(AppMenu.FILE, "action.sheets.export", "mdi2f-file-table-box-multiple-outline", "Shortcut+E", true),
    PRINT_SHEET(AppMenu.FILE, "action.sheets.print", "mdi2p-printer", "Shortcut+P", true),
    EXPORT_ICS(AppMenu.FILE, "action.exportIcs", "mdi2c-calendar-export", null, false),
    DUPLICATE_PLAN(AppMenu.FILE, "action.duplicatePlan", "mdi2c-content-copy", null, false),
    RENAME_PLAN(AppMenu.FILE, "action.renamePlan", "mdi2r-rename-box", null, false),
    DELETE_PLAN(AppMenu.FILE, "action.deletePlan", "mdi2d-delete-outline", null, false),
    TIMELINE_EXPORT_PNG(AppMenu.FILE, "timeline.action.exportPng", "mdi2i-image-outline", null, false),
    TIMELINE_EXPORT_PDF(AppMenu.FILE, "timeline.action.exportPdf", "mdi2f-file-pdf-box", null, false),
    TIMELINE_PRINT(AppMenu.FILE, "timeline.action.print", "mdi2p-printer-outline", "Shortcut+Shift+P", false),
    HISTORY_EXPORT_TASK(AppMenu.FILE, "action.history.task", "mdi2h-history", null, false),
    HISTORY_EXPORT_PLAN(AppMenu.FILE, "action.history.plan", "mdi2h-history", null, false),
    EXIT(AppMenu.FILE, "action.exit", "mdi2e-exit-to-app", "Shortcut+Q", false),
    UNDO(AppMenu.EDIT, "action.undo", "mdi2u-undo", "Shortcut+Z", true),
    REDO(AppMenu.EDIT, "action.redo", "mdi2r-redo", "Shortcut+Shift+Z", true),
    ADD_TASK(AppMenu.EDIT, "action.addTask", "mdi2p-playlist-plus", "Shortcut+Shift+N", true),
    DELETE_TASK(AppMenu.EDIT, "action.deleteTask", "mdi2p-playlist-remove", null, false),
    REQUEST_EXTENSION(AppMenu.EDIT, "action.requestExtension", "mdi2c-calendar-clock", null, false),
    REQUEST_CLOSING(AppMenu.EDIT, "action.requestClosing", "mdi2c-check-decagram-outline", null, false),
    FIND(AppMenu.EDIT, "action.find", "mdi2m-magnify", "Shortcut+F", false),
    MY_UNIT(AppMenu.VIEW, "action.myUnit", "mdi2a-account-star-outline", "Shortcut+1", true),
    CLEAR_FILTERS(AppMenu.VIEW, "action.clearFilters", "mdi2f-filter-remove-outline", null, false),
    TOGGLE_DETAIL_PANE(AppMenu.VIEW, "action.toggleDetailPane", "mdi2p-page-layout-sidebar-right", "Shortcut+Shift+D",
            false),
    TIMELINE_SHOW(AppMenu.VIEW, "timeline.action.show", "mdi2c-chart-gantt", "Shortcut+T", true),
    TIMELINE_ZOOM_IN(AppMenu.VIEW, "timeline.action.zoomIn", "mdi2m-magnify-plus-outline", "Shortcut+Equals", false),
    TIMELINE_ZOOM_OUT(AppMenu.VIEW, "timeline.action.zoomOut", "mdi2m-magnify-minus-outline", "Shortcut+Minus", false),
    TIMELINE_FIT(AppMenu.VIEW, "timeline.action.fit", "mdi2a-arrow-expand-horizontal", "Shortcut+0", false),
    STATS(AppMenu.VIEW, "action.stats", "mdi2c-chart-bar-stacked", "Shortcut+Shift+S", false),
    UNIT_DIRECTORY(AppMenu.TOOLS, "menu.units", "mdi2o-office-building-outline", null, false),
    PROGRESS_ROUNDS(AppMenu.TOOLS, "action.rounds", "mdi2c-clipboard-check-multiple-outline", null, false),
    BULLETIN(AppMenu.TOOLS, "action.bulletin", "mdi2b-bullhorn-outline", null, false),
    LEDGER(AppMenu.TOOLS, "action.ledger", "mdi2t-table-large", null, false),
    NOTICE_SUPERVISE(AppMenu.TOOLS, "action.notice.supervise", "mdi2f-file-alert-outline", null, false),
    NOTICE_URGE(AppMenu.TOOLS, "action.notice.urge", "mdi2f-file-clock-outline", null, false),
    REQUESTS(AppMenu.TOOLS, "action.requests", "mdi2f-file-clock-outline", null, false),
    REMINDER_CENTRE(AppMenu.TOOLS, "action.reminders", "mdi2b-bell-outline", "Shortcut+R", true),
    REMINDER_RULES(AppMenu.TOOLS, "action.reminderRules", "mdi2b-bell-cog-outline", null, false),
    WORKING_CALENDAR(AppMenu.TOOLS, "action.workingCalendar", "mdi2c-calendar-month-outline", null, false),
    SETTINGS(AppMenu.TOOLS, "action.settings", "mdi2c-cog-outline", "Shortcut+Comma", true),
    USER_GUIDE(AppMenu.HELP, "action.guide", "mdi2h-help-circle-outline", "F1", false),
    ABOUT(AppMenu.HELP, "action.about", "mdi2i-information-outline", null, false);

    /**
     * The actions that change the workspace: greyed out while it is open read-only (a server role
     * that may only read), and their keys then say why instead of doing nothing.
     */
    static final java.util.Set<AppAction> EDITS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            NEW_PLAN, IMPORT_FILE, IMPORT_CLIPBOARD, IMPORT_PLAN_JSON, DUPLICATE_PLAN, RENAME_PLAN, DELETE_PLAN,
            UNDO, REDO, ADD_TASK, DELETE_TASK, REQUEST_EXTENSION, REQUEST_CLOSING, NOTICE_SUPERVISE, NOTICE_URGE,
            REMINDER_RULES));

    /** Whether the action changes the workspace ({@link #EDITS}). */
    public boolean edits() {
        return EDITS.contains(this);
    }

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
