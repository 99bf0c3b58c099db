package org.luoshi.rounds.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.ui.DialogService;

/**
 * The state of the progress rounds window: the plan's rounds, the one selected with its board, the
 * review of the forms being collected and the tasks whose 是否完成 the person confirmed. Every read and
 * write is a use case of {@code rounds.workspace} run through the session; questions go through the
 * dialog service. No nodes: tested without a toolkit.
 */
public final class RoundsViewModel {
    private final Session session;
    private final DialogService dialogs;
    private final LocalDate today;
    private final Consumer<String> status;
    private Plan plan;

    private final ObservableList<Rounds.Summary> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Rounds.Summary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RoundBoard> board = new ReadOnlyObjectWrapper<>(this, "board");
    private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ObservableSet<Long> confirmedDone = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public RoundsViewModel(Session session, DialogService dialogs, LocalDate today, Consumer<String> status) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.today = Objects.requireNonNull(today, "today");
        this.status = Objects.requireNonNull(status, "status");
        selected.addListener((o, was, is) -> {
            board.set(is == null ? null : is.board());
            review.set(null);
            confirmedDone.clear();
        });
    }

    public ObservableList<Rounds.Summary> rounds() {
        return rounds;
    }

    public ObjectProperty<Rounds.Summary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<RoundBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Review> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** Tasks reported done whose status change the person confirmed (ticked in the review). */
    public ObservableSet<Long> confirmedDone() {
        return confirmedDone;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public Plan plan() {
        return plan;
    }

    /** Shows the rounds of {@code shown}; selects {@code roundId} if given (0: the latest). */
    public void load(Plan shown, long roundId) {
        this.plan = shown;
        run(Messages.get("rounds.ui.loading"), Rounds.list(shown.id(), today), list -> {
            rounds.setAll(list);
            Rounds.Summary pick = list.stream().filter(s -> s.round().id() == roundId).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(list.size() - 1));
            selected.set(null);
            selected.set(pick);
        });
    }

    private void reload() {
        Rounds.Summary s = selected.get();
        load(plan, s == null ? 0 : s.round().id());
    }

    /**
     * 新建轮次…, first step: what the new-round dialog starts from (the workspace's working-day
     * calendar, the contact remembered), handed to {@code then} on the FX thread.
     */
    public void newRoundDefaults(Consumer<Rounds.NewRoundDefaults> then) {
        if (plan != null) {
            run(Messages.get("rounds.ui.loading"), Rounds.newRoundDefaults(WorkingDayCalendar.bundled()), then);
        }
    }

    /** 新建轮次…, as chosen in the dialog: opens the round (undoable), remembers the contact, writes the forms. */
    public void openRound(Rounds.OpenRequest request, Rounds.FormsRequest forms) {
        run(Messages.get("rounds.ui.opening"), Rounds.openAndWrite(request, forms), opened -> {
            say(opened.files().isEmpty() ? Messages.get("rounds.ui.opened", opened.round().period())
                    : Messages.get("rounds.ui.openedWithForms", opened.round().period(), opened.files().size(),
                            forms.folder()));
            load(plan, opened.round().id());
        });
    }

    /** A folder the person picks, for the dialog. */
    java.util.Optional<Path> chooseFolder(String title) {
        return dialogs.chooseFolder(title);
    }

    public LocalDate today() {
        return today;
    }

    /** 生成填报表…: the selected round's forms into a folder the person chooses. */
    public void writeForms() {
        Rounds.Summary s = selected.get();
        if (s == null) {
            return;
        }
        dialogs.chooseFolder(Messages.get("rounds.ui.forms.choose")).ifPresent(folder ->
                run(Messages.get("rounds.ui.forms.writing"), Rounds.forms(s.round().id(), folder, null, false),
                        files -> say(Messages.get("rounds.ui.forms.written", files.size(), folder))));
    }

    /** 收取填报表…: files the person picks. */
    public void chooseAndCollect() {
        List<Path> files = dialogs.chooseOpenFiles(Messages.get("rounds.ui.collect.choose"),
                List.of(DialogService.FileFilter.of(Messages.get("rounds.ui.collect.filter"), "*.xlsx", "*.docx")));
        if (!files.isEmpty()) {
            collect(files);
        }
    }

    /** Reads and checks {@code files} (or folders) against the selected round: the review, nothing stored. */
    public void collect(List<Path> files) {
        Rounds.Summary s = selected.get();
        if (s == null) {
            dialogs.inform(Messages.get("rounds.ui.title"), Messages.get("rounds.ui.noRound"));
            return;
        }
        run(Messages.get("rounds.ui.collect.reading"), Rounds.reviewAsReceived(s.round().id(), files, today), r -> {
            confirmedDone.clear();
            review.set(r);
            say(Messages.get("rounds.ui.collect.read", r.files().size(), r.submissions().size(), r.refused().size()));
        });
    }

    /**
     * The person says when {@code file} was received (the review proposed its modification day, or
     * today): its unit's reports are dated that day, and on time or late follows it.
     */
    public void setReceived(Path file, LocalDate day) {
        Review r = review.get();
        if (r != null && day != null) {
            review.set(r.withReceived(file, day));
        }
    }

    /** 收取: applies the review as one undoable edit, the confirmed status changes with it. */
    public void apply() {
        Review r = review.get();
        if (r == null || !r.anythingToApply()) {
            return;
        }
        Set<Long> done = Set.copyOf(confirmedDone);
        run(Messages.get("rounds.ui.applying"), Rounds.apply(r, done), change -> {
            review.set(null);
            confirmedDone.clear();
            say(Messages.get("rounds.ui.applied", r.submissions().size(), r.lines().size()));
            reload();
        });
    }

    public void discardReview() {
        review.set(null);
        confirmedDone.clear();
    }

    /** The 催报 notice as text (for the clipboard). */
    public void noticeText(Consumer<String> then) {
        Rounds.Summary s = selected.get();
        if (s != null) {
            run(Messages.get("rounds.ui.notice.making"), Rounds.chaseNotice(s.round().id(), today, null), then);
        }
    }

    /** The 催报 notice as .docx, where the person says. */
    public void saveNotice() {
        Rounds.Summary s = selected.get();
        if (s == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.get("rounds.ui.notice.save"), "催报通知（" + s.round().period() + "）.docx",
                DialogService.FileFilter.of("Word", "*.docx")).ifPresent(target ->
                        run(Messages.get("rounds.ui.notice.making"), Rounds.chaseNotice(s.round().id(), today, target),
                                text -> say(Messages.get("rounds.ui.notice.saved", target))));
    }

    private void say(String text) {
        message.set(text);
        status.accept(text);
    }

    private <T> void run(String description, UseCase<T> work, Consumer<T> then) {
        session.run(description, work, then, failure -> {
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            message.set(why);
            dialogs.error(Messages.get("rounds.ui.title"), why);
        });
    }
}
