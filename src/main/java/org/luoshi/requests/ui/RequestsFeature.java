package org.luoshi.requests.ui;

import org.luoshi.ui.DialogWindows;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * Extension and closing requests as the main window sees them: 工具 → 延期与销号… (the requests of the plan on
 * show) and, for the selected task, 申请延期… and 申请销号…. The app hands it the owner window, the session (every
 * read and write is a use case of {@code requests.workspace}), how to make a dialog service for a window, the plan
 * on show, the selected task, whether the workspace is loaded, a clock and the status line.
 */
public final class RequestsFeature {
    private final Window owner;
    private final Session session;
    private final Function<Window, DialogService> dialogs;
    private final ObservableValue<Plan> planOnShow;
    private final Supplier<Task> selectedTask;
    private final ObservableBooleanValue loaded;
    private final Clock clock;
    private final Consumer<String> status;

    public RequestsFeature(Window owner, Session session, Function<Window, DialogService> dialogs,
            ObservableValue<Plan> planOnShow, Supplier<Task> selectedTask, ObservableBooleanValue loaded, Clock clock,
            Consumer<String> status) {
        this.owner = owner;
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.planOnShow = Objects.requireNonNull(planOnShow, "planOnShow");
        this.selectedTask = Objects.requireNonNull(selectedTask, "selectedTask");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** 工具 → 延期与销号…: the requests of the plan on show; without a plan, says why. */
    public void show() {
        open(0);
    }

    /** 申请延期… for the selected task. */
    public void extendSelected() {
        withTask(task -> model(owner).extend(task));
    }

    /** 申请销号… for the selected task. */
    public void closeSelected() {
        withTask(task -> model(owner).close(task));
    }

    private void withTask(Consumer<Task> then) {
        Task task = selectedTask.get();
        if (task == null) {
            dialogs.apply(owner).inform(Messages.get("requests.ui.title"), Messages.get("requests.ui.noTask"));
            return;
        }
        then.accept(task);
    }

    private RequestsViewModel model(Window forWindow) {
        DialogService d = dialogs.apply(forWindow);
        return new RequestsViewModel(session, d, new FxRequestDialogs(forWindow, d), clock, status,
                file -> SystemViewer.open(file, t -> Platform.runLater(() -> d.warn(Messages.get("requests.ui.title"),
                        String.valueOf(t.getMessage())))));
    }

    Optional<RequestsWindow> open(long select) {
        Plan shown = planOnShow.getValue();
        if (shown == null) {
            String why = loaded.get() ? Messages.get("requests.ui.noPlan") : Messages.get("app.loading");
            dialogs.apply(owner).inform(Messages.get("requests.ui.title"), why);
            return Optional.empty();
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        RequestsViewModel model = model(stage);
        model.load(shown, select);
        RequestsWindow window = new RequestsWindow(stage, model);
        stage.setTitle(Messages.get("requests.ui.title") + " — " + shown.displayTitle());
        stage.show();
        return Optional.of(window);
    }
}
