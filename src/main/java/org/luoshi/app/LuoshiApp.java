package org.luoshi.app;

import org.luoshi.ui.FxBackgroundTasks;
import org.luoshi.ui.DialogService;
import org.luoshi.ui.FxDialogService;
import org.luoshi.ui.CjkFonts;
import org.luoshi.ui.FxDialogService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.io.IOException;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.ui.ImportFeature;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.ui.UnitDirectoryDialog;
import org.luoshi.reminders.ui.RemindersFeature;
import org.luoshi.report.bulletin.ui.BulletinFeature;
import org.luoshi.report.ledger.ui.LedgerFeature;
import org.luoshi.report.ui.StatsFeature;
import org.luoshi.requests.ui.RequestsFeature;
import org.luoshi.rounds.ui.RoundsFeature;
import org.luoshi.sheets.ui.SheetsFeature;
import org.luoshi.timeline.ui.TimelineFeature;
import org.luoshi.settings.Language;
import org.luoshi.notices.NoticeKind;
import org.luoshi.notices.ui.NoticesFeature;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.settings.ui.SettingsFeature;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import org.luoshi.storage.WorkspaceLock;
import org.luoshi.storage.WorkspaceRefusedException;

/** The Luoshi window. Started by {@link Launcher} (jar) or by {@code ./mvnw javafx:run}. */
public final class LuoshiApp extends Application {
    private final Clock givenClock;
    private final java.util.List<String> givenArgs;
    private MainViewModel model;
    private FxBackgroundTasks tasks;
    private MainWindow window;
    private ImportFeature imports;
    private RemindersFeature reminders;
    private TimelineFeature timeline;
    private WorkspaceLock lock;
    private WorkspaceMenu workspaceMenu;
    private boolean closed;
    private FirstWindow firstWindow;
    private SettingsFeature settings;
    private AppOptions options;
    private Stage stage;
    /** The window that took this one's place on another workspace (File → 最近的工作区); stopped with it. */
    private LuoshiApp successor;
    /** Given by the window this one takes the place of: the new workspace's lock, and the person's settings. */
    private WorkspaceLock handedLock;
    private UserSettings handedUser;
    private WorkspacePlace handedPlace;
    private WorkspacePlace place;
    private ServerConnect serverConnect;
    private ServerLink serverLink;
    /** The password typed for the server this window takes over (kept in memory to connect again). */
    private char[] handedPassword;
    private Path settingsFile;
    private double dividerAtStart;

    public LuoshiApp() {
        this(null);
    }

    /**
     * For tests and harnesses that make the application themselves.
     *
     * @param clock what "today" is for lights and date lists; null for the system clock (or --today)
     * @param args  the command line, as {@code getParameters()} would give it
     */
    public LuoshiApp(Clock clock, String... args) {
        this.givenClock = clock;
        this.givenArgs = args.length == 0 ? null : java.util.List.of(args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupReport.mark("start");
        // Before the first window: a pulse timer that rests when there is nothing to draw (Linux).
        org.luoshi.app.pulse.GtkPulseTimer.install();
        // A key or a click is drawn in the pulse right behind its handler (issue 20).
        stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> org.luoshi.app.pulse.GtkPulseTimer.inputArrived());
        stage.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> org.luoshi.app.pulse.GtkPulseTimer.inputArrived());
        AppOptions options = AppOptions.parse(givenArgs != null ? givenArgs : getParameters().getRaw());
        this.options = options;
        if (options.onServer()) {
            // A server's workspace is shared by the office's windows: no lock, no "first window".
            if (handedPlace != null) {
                place = handedPlace;
            } else {
                try {
                    place = WorkspacePlace.of(ServerAddress.parse(options.server()));
                } catch (WorkspaceException e) {
                    WorkspaceInUse.refuse(Messages.get("connect.badAddress"), e.getMessage(), options.smokeTest());
                    return;
                }
            }
        } else {
            if (!lockWorkspace(options)) {
                return;
            }
            // The file the lock guards (its real path), not a name that may meanwhile point elsewhere.
            place = WorkspacePlace.of(lock != null ? lock.workspace() : options.workspace());
        }
        StartupWarmUp warmUp = StartupWarmUp.begin();
        if (!place.onServer()) {
            answerSecondStarts(options, stage);
        }
        // Read the workspace while the window is built (the launcher may have started already).
        WorkspaceOpening.startEarly(place, options.sampleIfNew());
        // The language is read before any text is made; a change in settings shows at the next start.
        boolean firstRun = handedUser == null && options.settings() != null
                && !java.nio.file.Files.exists(options.settings());
        UserSettings user = handedUser != null ? handedUser : UserSettingsFile.load(options.settings());
        if (user.language() != Language.SYSTEM) {
            Messages.setLocale(user.language().locale(Locale.getDefault()));
        }
        tasks = new FxBackgroundTasks();
        Clock clock = clock(options);
        model = new MainViewModel(tasks, place, clock);
        PdfFontSetting.apply(user);
        warmUp.iconsReady();
        StartupReport.mark("beforeWindow");
        window = new MainWindow(model, tasks);
        StartupReport.mark("window");

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.geometry.Rectangle2D size = MainWindowSize.forScreen(screen);
        Scene scene = new Scene(window, size.getWidth(), size.getHeight());
        org.luoshi.ui.CaretRest.install(scene);
        // The warm-ups of windows opened later wait for the person's first use of this one (issue 20).
        StartupWarmUp.watchFirstUse(scene);
        scene.getStylesheets().add(Objects.requireNonNull(
                LuoshiApp.class.getResource("/org/luoshi/app/luoshi.css")).toExternalForm());
        CjkFonts.pick(Font.getFamilies()).ifPresent(family ->
                window.setStyle("-fx-font-family: \"" + family + "\";"));

        DialogService dialogs = new FxDialogService(stage);
        model.statusLine().errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                dialogs.error(Messages.get("app.error.title"), message);
            }
        });
        model.statusLine().noticeProperty().addListener((obs, old, message) -> {
            if (message != null) {
                dialogs.warn(Messages.get("app.refused.title"), message);
            }
        });

        imports = new ImportFeature(stage, model.session(), dialogs, model::say, model::failed);
        imports.acceptDrops(scene);
        window.onAction(AppAction.IMPORT_FILE, imports::chooseFile);
        window.onAction(AppAction.IMPORT_CLIPBOARD, imports::importClipboard);
        settings = new SettingsFeature(stage, model.session(), dialogs, options.settings(), user,
                model.settingsProperty()::get, model::saveSettings, model::say);
        settings.userSettingsProperty().addListener((obs, old, chosen) -> PdfFontSetting.apply(chosen));
        // The detail pane as wide as it was left (kept in the user settings when the window closes).
        if (user.detailDivider() > 0) {
            window.setDetailDivider(user.detailDivider());
        }
        settingsFile = options.settings();
        dividerAtStart = window.detailDivider();
        // Choosers open where the last one was left, also after a restart (the user settings keep it).
        FxDialogService.startIn(user.lastFolder(),
                folder -> settings.keep(settings.userSettingsProperty().get().withLastFolder(folder), null));
        // The history names the person of the settings (the computer's user name when none is set).
        model.session().recordAs(user.userName());
        settings.userSettingsProperty().addListener((obs, old, chosen) -> model.session().recordAs(chosen.userName()));
        imports.rememberHeaders(() -> RememberedHeaders.fromNames(settings.userSettingsProperty().get().tableHeaders()),
                headers -> settings.keep(settings.userSettingsProperty().get().withTableHeaders(headers.toNames()), null));
        new WorkspaceActions(model, window, stage, dialogs, settings).register();
        rememberOpened(firstRun);
        WorkspaceSwitch switcher = new WorkspaceSwitch(model.session(), dialogs, location(), model::say,
                gone -> settings.keep(settings.userSettingsProperty().get().withoutRecent(gone), null), this::replaceWith);
        serverConnect = new ServerConnect(stage, model.session(),
                opened -> replaceWith(WorkspacePlace.of(opened.workspace().server().orElseThrow()), null, opened));
        workspaceMenu = new WorkspaceMenu(dialogs, settings, switcher, url -> {
            if (url.equals(location())) {
                model.say(Messages.get("workspace.switch.same", url));
            } else {
                serverConnect.openRecent(url);
            }
        });
        workspaceMenu.register(window);
        window.onAction(AppAction.CONNECT_SERVER, serverConnect::showDialog);
        if (place.onServer()) {
            serverLink = new ServerLink(place.server(), handedPassword, model, ServerLink.every);
            if (handedPassword != null) {
                java.util.Arrays.fill(handedPassword, '\0');
                handedPassword = null;
            }
            model.onOffline(serverLink::lost);
            // A start on a server that wants a password ~/.pgpass does not hold, or is away: the dialog asks.
            model.onOpeningFailed(t -> {
                String why = ConnectDialog.sentence(t, place.server());
                model.say(why);
                serverConnect.showDialog(place.server(), why);
            });
        }
        window.onAction(AppAction.EXIT, stage::close);
        TaskViewModel views = window.views();
        StartupReport.mark("beforeTimeline");
        timeline = new TimelineFeature(stage, window, new TimelineFeature.OnShow(views.rowsProperty(),
                views.viewProperty(), views.viewProperty().map(v -> v instanceof ViewKey.PlanView p ? p.planId() : 0L),
                views.titleProperty(), views.selectedProperty(), views::select, views::onShow), model.session(),
                model::perform, model.settingsProperty().map(s -> new StatusLights(clock, s.lights())),
                model.loadedProperty(), dialogs, model::say);
        StartupReport.mark("timeline");
        window.onAction(AppAction.TIMELINE_SHOW, timeline::show);
        StartupWarmUp.afterSettled(model.indexReadyProperty(), timeline::warmUp);
        window.onAction(AppAction.TIMELINE_ZOOM_IN, timeline::zoomIn);
        window.onAction(AppAction.TIMELINE_ZOOM_OUT, timeline::zoomOut);
        window.onAction(AppAction.TIMELINE_FIT, timeline::fitAll);
        window.onAction(AppAction.TIMELINE_EXPORT_PNG, timeline::exportPng);
        window.onAction(AppAction.TIMELINE_EXPORT_PDF, timeline::preview);
        window.onAction(AppAction.TIMELINE_PRINT, timeline::preview);
        window.onAction(AppAction.UNIT_DIRECTORY,
                () -> new UnitDirectoryDialog(stage, new WorkspaceUnitDirectory(model)).show());
        window.onAction(AppAction.ABOUT, () -> AboutDialog.show(stage));
        window.onAction(AppAction.USER_GUIDE, () -> UserGuide.show(stage));
        FirstRunHint hint = new FirstRunHint(imports::chooseFile, () -> window.fire(AppAction.MY_UNIT),
                () -> UserGuide.show(stage));
        hint.setVisible(firstRun);
        // Once closed it stays closed: the settings file it was missing is written.
        hint.visibleProperty().addListener((obs, was, shown) -> {
            if (!shown && firstRun) {
                settings.keep(settings.userSettingsProperty().get(), null);
            }
        });
        model.plansProperty().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (model.loadedProperty().get() && model.plansProperty().isEmpty()) {
                hint.setVisible(true);
            }
        });
        window.addBanner(hint);
        reminders = new RemindersFeature(stage, model.session(), dialogs, clock,
                model.planProperty()::get, planId -> model.plansProperty().stream().filter(p -> p.id() == planId)
                        .findFirst().ifPresent(model::select));
        window.onAction(AppAction.REMINDER_CENTRE, reminders::showCentre);
        window.onAction(AppAction.REMINDER_RULES, reminders::editRules);
        window.onAction(AppAction.WORKING_CALENDAR, reminders::showCalendar);
        window.onAction(AppAction.EXPORT_ICS, reminders::exportIcs);
        window.addStatusItem(reminders.badge());
        window.addProgressItem(imports.cancelControl());
        SheetsFeature sheets = new SheetsFeature(stage, model.session(), FxDialogService::new, model.planProperty(),
                model.loadedProperty(), clock, model::say);
        sheets.setUnitOnShow(() -> views.viewProperty().getValue() instanceof ViewKey.UnitView u ? u.unit() : null);
        window.onAction(AppAction.EXPORT_SHEETS, sheets::exportSheets);
        window.onAction(AppAction.PRINT_SHEET, sheets::printSheet);
        RoundsFeature rounds = new RoundsFeature(stage, model.session(), FxDialogService::new, model.planProperty(),
                model.loadedProperty(), clock, model::say);
        window.onAction(AppAction.PROGRESS_ROUNDS, rounds::show);
        BulletinFeature bulletin = new BulletinFeature(stage, model.session(), FxDialogService::new,
                model.planProperty(), model.loadedProperty(), clock, model::say);
        window.onAction(AppAction.BULLETIN, bulletin::show);
        LedgerFeature ledger = new LedgerFeature(stage, model.session(), FxDialogService::new, model.planProperty(),
                clock, model::say);
        window.onAction(AppAction.LEDGER, ledger::show);
        NoticesFeature notices = new NoticesFeature(stage, model.session(), dialogs,
                () -> views.selectedProperty().get() == null ? null : views.selectedProperty().get().task(),
                model.planProperty()::get, clock, model::say);
        notices.setUnitOnShow(() -> views.viewProperty().getValue() instanceof ViewKey.UnitView u ? u.unit() : null);
        window.onAction(AppAction.NOTICE_SUPERVISE, () -> notices.issue(NoticeKind.SUPERVISE));
        window.onAction(AppAction.NOTICE_URGE, () -> notices.issue(NoticeKind.URGE));
        window.onAction(AppAction.HISTORY_EXPORT_TASK, notices::exportTaskHistory);
        window.onAction(AppAction.HISTORY_EXPORT_PLAN, notices::exportPlanHistory);
        StatsFeature stats = new StatsFeature(stage, model.session(), FxDialogService::new, model.plansProperty()::get,
                model.planProperty(), () -> model.settingsProperty().get().myUnit(), clock, model::say,
                (planId, taskId) -> model.showPlan(planId, shownPlan -> {
                    window.tree().selectTask(taskId);
                    stage.toFront();
                }), model::plansInMemory, model.dataRevisionProperty());
        window.onAction(AppAction.STATS, stats::show);
        StartupWarmUp.afterSettled(model.indexReadyProperty(), stats::warmUp);
        RequestsFeature requests = new RequestsFeature(stage, model.session(), FxDialogService::new,
                model.planProperty(), window::selectedTask, model.loadedProperty(), clock, model::say);
        window.onAction(AppAction.REQUESTS, requests::show);
        window.onAction(AppAction.REQUEST_EXTENSION, requests::extendSelected);
        window.onAction(AppAction.REQUEST_CLOSING, requests::closeSelected);

        // On a server the title names it (several windows on several servers); read-only says so.
        String title = Messages.get("app.title") + " — "
                + (place.onServer() ? place.display() : Messages.get("app.subtitle"));
        stage.titleProperty().unbind();
        stage.titleProperty().bind(model.readOnlyProperty().map(ro -> ro ? title + Messages.get("app.readOnly.title") : title));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> window.detail().commitPending());
        stage.getIcons().setAll(warmUp.windowIcons());
        // Under an X11 window manager JavaFX 21 would map the window at 200×200 (see MainWindowSize).
        MainWindowSize.keep(stage);
        if (options.smokeTest()) {
            SmokeTest.watch(scene, model, window);
        } else {
            ClassDataArchive.makeLaterIfMissing();
            StartupReport.watchIfAsked(scene, model, window);
        }
        StartupReport.mark("features");
        stage.show();
        StartupReport.mark("shown");
        // The workspace was opened early (WorkspaceOpening): if it is read by now, its first plan
        // goes into the window at once, in time for the first frame.
        model.open();
        // luoshi FILE (or a file opened from the file manager): the import review for it, once the
        // workspace is open (the session does its work in order).
        if (options.document() != null && !options.smokeTest()) {
            imports.importFile(options.document().toAbsolutePath());
        }
        // Reminders read every plan: they wait until the first screen is drawn and the index built,
        // so that on two cores they do not slow the frame the user is waiting for.
        reminders.startWhenLoaded(model.indexReadyProperty(), model.plansProperty());
        reminders.followEdits(model.editStateProperty(), model::plansInMemory);
        reminders.followOthers(model.othersRevisionProperty());
        StartupReport.mark("started");
    }

    /** Where this window's workspace is, as the recent list names it: the file's absolute path, or the server's address. */
    String location() {
        return place.location();
    }

    /**
     * Puts this workspace first in File → 最近的工作区 once it is open. Not on a first run: the settings
     * file is written only once the first-run hint is closed.
     */
    private void rememberOpened(boolean firstRun) {
        String here = location();
        Runnable remember = () -> {
            UserSettings now = settings.userSettingsProperty().get();
            if (!firstRun && (now.recentWorkspaces().isEmpty() || !now.recentWorkspaces().get(0).equals(here))) {
                settings.keep(now.withOpened(here), null);
            }
        };
        if (model.loadedProperty().get()) {
            remember.run();
            return;
        }
        model.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean loaded) {
                if (loaded) {
                    model.loadedProperty().removeListener(this);
                    remember.run();
                }
            }
        });
    }

    /**
     * Moves this window to the workspace just opened (its lock held, its first screen read): what the
     * person was typing is kept, the windows of the old workspace close, the old workspace closes, and
     * a new window's content on the new one takes the place of this one in the same stage.
     */
    private void replaceWith(WorkspacePlace newPlace, WorkspaceLock newLock, WorkspaceOpening.Opened opened) {
        window.detail().commitPending();
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage && w instanceof Stage other && ownedBy(other, stage)) {
                other.close();
            }
        }
        keepDetailDivider();
        UserSettings now = withMovedDivider(settings.userSettingsProperty().get());
        stopOwn();
        WorkspaceOpening.handOver(newPlace, opened);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--workspace=" + newPlace.location(),
                "--settings=" + options.settings()));
        if (options.today() != null) {
            args.add("--today=" + options.today());
        }
        LuoshiApp next = new LuoshiApp(givenClock, args.toArray(String[]::new));
        next.handedLock = newLock;
        next.handedPlace = newPlace;
        next.handedPassword = newPlace.onServer() ? serverConnect.takePassword() : null;
        next.handedUser = now;
        successor = next;
        next.start(stage);
    }

    private static boolean ownedBy(Stage s, Stage owner) {
        for (javafx.stage.Window w = s.getOwner(); w != null; w = w instanceof Stage st ? st.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }

    /** The window on show: this one, or the one that took its place on another workspace. */
    public LuoshiApp current() {
        return successor != null ? successor.current() : this;
    }

    /** File → 最近的工作区 (for tests). */
    javafx.scene.control.Menu recentMenu() {
        return workspaceMenu.recentMenu();
    }

    /** The person's recent workspaces as this window holds them (for tests). */
    java.util.List<String> settingsRecent() {
        return settings.userSettingsProperty().get().recentWorkspaces();
    }

    /** Opens a recent workspace as its menu item would (for tests). */
    void openRecent(String location) {
        workspaceMenu.open(location);
    }

    private Clock clock(AppOptions options) {
        if (givenClock != null) {
            return givenClock;
        }
        if (options.today() != null) {
            ZoneId zone = ZoneId.systemDefault();
            return Clock.fixed(options.today().atTime(9, 0).atZone(zone).toInstant(), zone);
        }
        return Clock.systemDefaultZone();
    }

    /**
     * One window per workspace: false (and the user told) if another window or a command holds it, or
     * the file cannot be a workspace (several names, empty, blank, …).
     */
    private boolean lockWorkspace(AppOptions options) {
        if (handedLock != null) {
            lock = handedLock;
            return true;
        }
        try {
            lock = WorkspaceLock.acquire(options.workspace(), WorkspaceLock.Holder.window());
            return true;
        } catch (WorkspaceInUseException e) {
            WorkspaceInUse.refuse(e, options.smokeTest());
            return false;
        } catch (WorkspaceRefusedException e) {
            WorkspaceInUse.refuse(e, options.smokeTest());
            return false;
        } catch (WorkspaceException e) {
            // A folder where files cannot be locked (some network shares): SQLite still keeps the
            // file consistent, so open it unguarded rather than not at all.
            System.err.println(e.getMessage());
            return true;
        }
    }

    /**
     * A second start on this workspace brings this window to the front, and hands it the plan
     * document it was given (see {@link FirstWindow}).
     */
    private void answerSecondStarts(AppOptions options, Stage stage) {
        try {
            firstWindow = FirstWindow.listen(options.workspace(), () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }), document -> Platform.runLater(() -> openHandedOver(document)));
        } catch (IOException e) {
            // No loopback port: a second start then says the workspace is open elsewhere.
            System.err.println(e.getMessage());
        }
    }

    /**
     * A plan document handed over by a second start ({@code luoshi FILE} while this window holds the
     * workspace): its import review, as for {@code luoshi FILE} at the first start.
     */
    void openHandedOver(Path document) {
        if (imports != null) {
            imports.importFile(document);
        }
    }

    /** Keeps where the divider before the detail pane was left, if it was moved (written before the window goes). */
    private void keepDetailDivider() {
        if (window == null || settings == null || settingsFile == null) {
            return;
        }
        UserSettings user = settings.userSettingsProperty().get();
        UserSettings kept = withMovedDivider(user);
        if (kept != user) {
            try {
                UserSettingsFile.save(settingsFile, kept);
            } catch (IOException e) {
                System.err.println(e.getMessage());
            }
        }
    }

    /** {@code user} with the divider where the person left it, if they moved it since the window opened. */
    private UserSettings withMovedDivider(UserSettings user) {
        double now = window.detailDivider();
        return Math.abs(now - dividerAtStart) > 0.005 && now >= 0.3 && now <= 0.95 ? user.withDetailDivider(now) : user;
    }

    @Override
    public void stop() {
        keepDetailDivider();
        stopOwn();
        if (successor != null) {
            successor.stop();
        }
    }

    /** Closes this window's workspace and what works on it (the window that took its place stays). */
    private void stopOwn() {
        if (closed) {
            return;
        }
        closed = true;
        if (serverLink != null) {
            serverLink.close();
        }
        if (reminders != null) {
            reminders.stop();
        }
        if (model != null) {
            model.close();
        }
        if (firstWindow != null) {
            firstWindow.close();
            firstWindow = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** The view model, for tests that drive the running app. */
    public MainViewModel model() {
        return model;
    }

    /** The window's I/O runner (tests: whether anything was shown as running in the status bar). */
    FxBackgroundTasks tasks() {
        return tasks;
    }

    public ImportFeature imports() {
        return imports;
    }

    public TimelineFeature timeline() {
        return timeline;
    }

    public MainWindow window() {
        return window;
    }

    public RemindersFeature reminders() {
        return reminders;
    }
}
