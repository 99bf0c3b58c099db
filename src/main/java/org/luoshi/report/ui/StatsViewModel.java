package org.luoshi.report.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.workspace.Stats;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * The state of the 统计 window: what is counted (plans, my unit, the day) and the overview read for
 * it. Reads go through the session's runner ({@link Stats#overview}); FX state only here.
 */
public final class StatsViewModel {
    private final Session session;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today");
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Supplier<List<Plan>> held;
    private Stats.Request lastRequest;
    /** Where a failed count goes: the person is told, unless the window is being made ready unseen. */
    private Consumer<Throwable> failed = this::tell;

    public StatsViewModel(Session session, DialogService dialogs, LocalDate today, Consumer<String> status) {
        this(session, dialogs, today, status, () -> null);
    }

    /** @param held every plan as the main window holds them (null while not all are in memory) */
    public StatsViewModel(Session session, DialogService dialogs, LocalDate today, Consumer<String> status,
            Supplier<List<Plan>> held) {
        this.held = Objects.requireNonNull(held, "held");
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.status = Objects.requireNonNull(status, "status");
        this.today.set(today);
    }

    /** Counts the plans ({@code planIds}, empty: all) for {@code unit} (null: every unit) on {@link #todayProperty}. */
    public void load(List<Long> planIds, String unit) {
        load(planIds, unit, () -> { });
    }

    /** As {@link #load(List, String)}; {@code counted} runs once this count is on show (not if a later one was asked). */
    void load(List<Long> planIds, String unit, Runnable counted) {
        Stats.Request request = new Stats.Request(planIds, unit, today.get());
        lastRequest = request;
        busy.set(true);
        List<Plan> inMemory = held.get();
        session.run(Messages.get("stats.ui.loading"), Stats.overview(request, () -> inMemory), o -> {
            if (request == lastRequest) {
                overview.set(o);
                busy.set(false);
                counted.run();
            }
        }, failure -> {
            if (request == lastRequest) {
                busy.set(false);
            }
            failed.accept(failure);
        });
    }

    private void tell(Throwable failure) {
        dialogs.error(Messages.get("stats.ui.title"), failure.getMessage() == null ? failure.toString()
                : failure.getMessage());
    }

    /** A count that fails goes to {@code handler} instead of an error dialog (null: the dialog again). */
    void onFailure(Consumer<Throwable> handler) {
        failed = handler == null ? this::tell : handler;
    }

    /** Shows an overview counted elsewhere (the warm-up's made-up one), for a window that never counts. */
    void show(Overview o) {
        overview.set(o);
    }

    /** Counts again what was counted last (after the day or the data changed). */
    public void reload() {
        if (lastRequest != null) {
            load(lastRequest.planIds(), lastRequest.unit());
        }
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    Session session() {
        return session;
    }

    DialogService dialogs() {
        return dialogs;
    }

    void say(String message) {
        status.accept(message);
    }
}
