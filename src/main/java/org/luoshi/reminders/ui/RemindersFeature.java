package org.luoshi.reminders.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;
import org.luoshi.ui.FxDialogService;
import org.luoshi.ui.WindowLook;

/**
 * The reminders feature as the main window sees it: a badge for the status bar, actions (reminder
 * centre, rules, working-day calendar, .ics export), the start-up digest, notifications while the
 * app runs and a tray icon where the system has a tray. Self-contained: the app hands it the
 * stage, the session (every read and write is a use case of {@code reminders.workspace}), the
 * dialog service for its messages, a clock, the plan on show and how to show a plan.
 */
public final class RemindersFeature {
    static final String STYLESHEET = Objects.requireNonNull(
            RemindersFeature.class.getResource("/org/luoshi/reminders/ui/reminders.css")).toExternalForm();

    private final Stage owner;
    private final Session session;
    private final DialogService dialogs;
    private final ReminderController controller;
    private final Supplier<Plan> currentPlan;
    private final LongConsumer showPlan;
    private final ReminderBadge badge;
    private ReminderNotifier notifier;
    private ReminderCentre centre;
    private ReminderTray tray;
    private List<DueEntry> lastDigest = List.of();

    public RemindersFeature(Stage owner, Session session, DialogService dialogs, Clock clock,
            Supplier<Plan> currentPlan, LongConsumer showPlan) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
        this.currentPlan = currentPlan;
        this.showPlan = showPlan;
        this.controller = new ReminderController(session, clock, WorkingDayCalendar.bundled());
        this.badge = new ReminderBadge(controller, this::showCentre);
        badge.getStylesheets().add(STYLESHEET);
        this.notifier = new PopupNotifier(owner, this::showCentre);
        controller.setOnDigest(this::showDigest);
        controller.setOnCameDue(entries -> notifier.notify(entries));
        controller.setOnError(this::error);
    }

    /** The bell with the number of pending reminders, for the status bar. */
    public Node badge() {
        return badge;
    }

    /**
     * Starts once {@code loaded} turns true (the workspace is open), and reads the reminders again, quietly,
     * whenever the list of plans changes (an import, a deletion, another client's change).
     */
    public void startWhenLoaded(ObservableBooleanValue loaded, ObservableList<?> plans) {
        if (loaded.get()) {
            start();
        } else {
            loaded.addListener((o, was, is) -> {
                if (is) {
                    start();
                }
            });
        }
        // Quietly (nothing shown as busy): the list changes with one's own imports and with other clients' changes.
        plans.addListener((ListChangeListener<Object>) c -> controller.reloadQuietly());
    }

    /**
     * Reads the reminders again after every edit ({@code edits} changes with each one, undo and
     * redo too): a deadline moved, a milestone added, a task marked done show at once. The plans
     * come from {@code plansInMemory} when it has them all (see
     * {@link ReminderController#setPlansInMemory}), so this costs no reading of every plan.
     */
    public void followEdits(javafx.beans.value.ObservableValue<?> edits, Supplier<List<Plan>> plansInMemory) {
        controller.setPlansInMemory(plansInMemory);
        edits.addListener((obs, old, now) -> controller.reload());
    }

    /**
     * Reads the reminders again, quietly, each time {@code othersChanges} changes (another client's
     * change read into the window of a server workspace): the due list and the badge follow it.
     */
    public void followOthers(javafx.beans.value.ObservableValue<?> othersChanges) {
        othersChanges.addListener((obs, old, now) -> controller.reloadQuietly());
    }

    /** Loads the reminders, shows the digest, starts the clock and the tray icon. */
    public void start() {
        controller.start();
        if (tray == null) {
            tray = ReminderTray.install(this::showCentre).orElse(null);
            if (tray != null) {
                controller.pendingProperty().addListener((o, a, n) -> tray.show(n.intValue(),
                        controller.overdueProperty().get()));
            }
        }
    }

    public void showCentre() {
        if (centre == null) {
            centre = new ReminderCentre(owner, controller, new ReminderCentre.Actions(this::open,
                    this::editRules, this::exportIcs, this::showCalendar), WindowLook.of(owner, STYLESHEET));
        }
        centre.show();
    }

    /** Rules of the plan on show. */
    public void editRules() {
        Plan plan = currentPlan.get();
        if (plan == null) {
            error(Messages.get("app.noPlans"));
            return;
        }
        rules(plan.id(), plan.docNumber() != null ? plan.docNumber() : plan.displayTitle(), null);
    }

    /** Rules of the item's plan, task and milestone; of the plan on show when {@code item} is null. */
    void editRules(DueItem item) {
        if (item == null) {
            editRules();
        } else {
            rules(item.planId(), item.planLabel(), item);
        }
    }

    private void rules(long planId, String planLabel, DueItem item) {
        var snapshot = controller.snapshot();
        var book = snapshot == null ? ReminderRuleBook.DEFAULTS : snapshot.rules();
        RulesDialog dialog = new RulesDialog(owner, planLabel, planId, item, book, WindowLook.of(owner, STYLESHEET));
        dialog.dialog().showAndWait().ifPresent(choice -> saveRules(planId, item, choice));
    }

    /** Saves the chosen rules, one transaction per level, then dates the reminders again. */
    void saveRules(long planId, DueItem item, RulesDialog.Choice c) {
        session.run(Messages.get("reminders.rules.saving"), c.saving(planId, item), done -> controller.reload());
    }

    public void showCalendar() {
        new CalendarDialog(owner, session, controller.shipped(), controller::reload, WindowLook.of(owner, STYLESHEET),
                FxDialogService::new)
                .dialog().show();
    }

    /** Export of the plan on show. */
    public void exportIcs() {
        new IcsExportDialog(session, dialogs, controller.shipped(), controller.clock()).run(owner,
                currentPlan.get(), WindowLook.of(owner, STYLESHEET));
    }

    private void open(DueItem item) {
        showPlan.accept(item.planId());
        owner.toFront();
    }

    private void showDigest(List<DueEntry> digest) {
        lastDigest = digest;
        if (owner.isShowing()) {
            DigestDialog.create(owner, digest, this::showCentre, WindowLook.of(owner, STYLESHEET)).show();
        }
    }

    private void error(String message) {
        dialogs.warn(Messages.get("reminders.centre.title"), message);
    }

    public void stop() {
        controller.stop();
        if (tray != null) {
            tray.remove();
        }
    }

    public ReminderController controller() {
        return controller;
    }

    /** The digest shown at the last start (empty if none), for tests. */
    public List<DueEntry> lastDigest() {
        return lastDigest;
    }

    /** Replaces the popup, for tests that record notifications. */
    public void setNotifier(ReminderNotifier notifier) {
        this.notifier = notifier;
    }

    /** The centre window once it has been opened. */
    Optional<ReminderCentre> centre() {
        return Optional.ofNullable(centre);
    }
}
